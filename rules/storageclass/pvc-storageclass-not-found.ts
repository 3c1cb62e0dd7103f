import { closest, listNames } from '../../src/k8s/names.js';
import { isPlaceholderClassName } from '../../src/k8s/placeholders.js';
import { reservedVolume } from '../../src/model/claim-specs.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pvc-storageclass-not-found',
  severity: 'error',
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
  storageClassName: fast-sdd # expect: pvc-storageclass-not-found
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
      if (
        !declared ||
        // `my-storage-class`, `<your-class>`, `$STORAGE_CLASS`: the reader puts in their own class.
        isPlaceholderClassName(declared) ||
        model.storageClass(declared) ||
        model.volumesOfClass(declared).length > 0 ||
        model.isAssumed('StorageClass', declared)
      )
        continue;
      // Pre-bound claims are never provisioned, so the class is only a name to compare with their PV.
      if (nonEmptyString(objectOf(spec.object.spec).volumeName) || reservedVolume(model, spec)) continue;
      const suggestion = closest(declared, classNames);
      const suggested = suggestion ? model.storageClass(suggestion) : undefined;
      context.report({
        messageId: 'notFound',
        data: { claim: spec.label, class: declared },
        resource: spec.resource,
        path: [...spec.path, ...spec.storageClass.path],
        related: suggested ? [{ resource: suggested, path: ['metadata', 'name'], message: `StorageClass ${suggested.name}` }] : [],
        fix: suggestion
          ? `did you mean '${suggestion}'?`
          : classNames.length > 0
            ? `declared StorageClasses: ${listNames(classNames, 4, '')}`
            : undefined,
      });
    }
  },
});
