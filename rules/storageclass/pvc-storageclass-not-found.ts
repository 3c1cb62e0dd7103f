import { wellKnownPlatformClass } from '../../src/k8s/platform-classes.js';
import { platformHint } from '../../src/rule-kit/platform-hint.js';
import { listNames } from '../../src/k8s/names.js';
import { isPlaceholderClassName } from '../../src/k8s/placeholders.js';
import { reservedVolume } from '../../src/model/claim-specs.js';
import type { Binding } from '../../src/model/binding.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import { relatedOf, reportMissingReference } from '../../src/rule-kit/missing-reference.js';

const isJudgedAgainstVolumes = (binding: Binding) => binding.kind === 'pending' && binding.poolInView && binding.closest !== undefined;

export default defineRule({
  id: 'pvc-storageclass-not-found',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim names a StorageClass that is not declared, and no PersistentVolume has that class either',
    why: 'The binder compares class names only, so a claim can still bind to a PV that carries the class name, and a claim pre-bound with `volumeName` is never provisioned. When there is no such PV, the PV controller tries to provision, cannot find the StorageClass, raises `ProvisioningFailed` ("storageclass.storage.k8s.io \\"x\\" not found") and the claim stays Pending; pods using it never start. A typo in `storageClassName` is the usual cause. The class may exist only in the cluster (e.g. a cloud default such as `gp2` or `standard`): then add it to the files linted, or lower this rule.',
    fix: 'Fix the class name, add the StorageClass, or use `storageClassName: ""` to bind to a pre-created classless PersistentVolume.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast-sdd # expect: pvc-storageclass-not-found/notFound@21
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast-ssd
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (provisionClaim, findProvisionablePlugin: ProvisioningFailed)',
      'component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1',
    ],
    sources: [{ tool: 'Gatekeeper library', check: 'K8sStorageClass' }],
    whenNotToUse:
      'Turn it off, or list the classes under `assume:`, when the StorageClasses come with the cluster (cloud defaults such as `gp2`, `standard` or `managed-csi`) or from another repository, and only the applications are linted.',
  },
  messages: {
    notFound:
      "{claim} uses StorageClass '{class}', which is not declared and which no PersistentVolume carries; provisioning fails and the claim stays Pending",
  },
  check(context) {
    const { model } = context;
    const classNames = [...new Set(model.storageClasses.map((sc) => sc.name).filter((n) => n !== ''))];
    for (const spec of model.claimSpecs) {
      const { declared } = spec.storageClass;
      // The binder compares class names only, so a PV carrying the name serves as well as the class;
      // `my-storage-class`, `<your-class>`, `$STORAGE_CLASS` are for the reader to fill in.
      if (!declared || isPlaceholderClassName(declared) || model.volumesOfClass(declared).length > 0) continue;
      // Pre-bound claims are never provisioned, so the class is only a name to compare with their PV.
      // A claim the binder gives a PV (a claimRef reserves it, whatever its class) is never provisioned either.
      if (nonEmptyString(objectOf(spec.object.spec).volumeName) || reservedVolume(model, spec)) continue;
      if (spec.claims.some((claim) => model.binding(claim).kind === 'bound')) continue;
      // A claim with a selector and a labelled PV of another class is pvc-unbindable's: it names that PV.
      if (spec.claims.some((claim) => isJudgedAgainstVolumes(model.binding(claim)))) continue;
      const data = { claim: spec.label, class: declared };
      const from = { resource: spec.resource, path: [...spec.path, ...spec.storageClass.path] };
      const platforms = wellKnownPlatformClass(declared);
      reportMissingReference(
        context,
        { kind: 'StorageClass', namespace: undefined, name: declared, from },
        {
          ...(platforms.length > 0 ? { providedByClusters: platformHint(declared, platforms) } : {}),
          notFound: ({ nearest, didYouMean }) => ({
            messageId: 'notFound',
            data,
            related: relatedOf(nearest?.targets.slice(0, 1) ?? []),
            fix: didYouMean ?? (classNames.length > 0 ? `declared StorageClasses: ${listNames(classNames, 4, '')}` : undefined),
          }),
        },
      );
    }
  },
});
