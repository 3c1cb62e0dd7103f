import { claimRefOf } from '../../src/k8s/pv-match.js';
import { fittingVolume, pvObjectOf, reservedVolume } from '../../src/model/claim-specs.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pvc-default-class-hides-pv',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim without storageClassName gets the default class, so the classless PersistentVolume meant for it is ignored',
    why: 'When a claim omits `storageClassName`, the DefaultStorageClass admission plugin writes the default class into it on create. From then on the binder only considers PVs of that class: a pre-created PV without a class is never matched, and the claim is dynamically provisioned instead (new, empty disk) or stays Pending. Only `storageClassName: ""` keeps a claim classless.',
    fix: 'Set `storageClassName: ""` on the claim (or give the PV the default class\'s name), as the Kubernetes docs do for static volumes.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: legacy-reports
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteMany]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
  namespace: finance
spec: # expect: pvc-default-class-hides-pv/hidden@1
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 100Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: legacy-reports
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteMany]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
  namespace: finance
spec:
  storageClassName: ""
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 100Gi
`,
    },
    references: [
      'plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)',
      'component-helpers storage/volume/helpers.go (PersistentVolumeClaimHasClass)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the files declare a default StorageClass that the target clusters do not have (a class shipped for local development only), so claims there stay classless and do bind the PersistentVolume.',
  },
  messages: {
    hidden:
      "{claim} sets no storageClassName, so admission gives it the default StorageClass '{class}' and it will not bind to the classless PersistentVolume {volume} that fits it",
  },
  check(context) {
    const { model } = context;
    const defaultClass = model.defaultStorageClassName;
    if (defaultClass === undefined) return;
    const storageClass = model.storageClass(defaultClass);
    for (const spec of model.claimSpecs) {
      if (spec.storageClass.declared !== undefined || nonEmptyString(objectOf(spec.object.spec).volumeName)) continue;
      // A PV reserved through claimRef is matched without the class test, so it is not hidden.
      if (reservedVolume(model, spec)) continue;
      const pv = fittingVolume(model, spec, '', (v) => claimRefOf(pvObjectOf(v)) === undefined);
      if (!pv) continue;
      context.report({
        messageId: 'hidden',
        data: { claim: spec.label, class: defaultClass, volume: pv.name },
        resource: spec.resource,
        path: [...spec.path, 'spec', 'storageClassName'],
        related: [
          { resource: pv, path: ['metadata', 'name'], message: `PersistentVolume ${pv.name} (no class)` },
          ...(storageClass
            ? [{ resource: storageClass, path: ['metadata', 'annotations'], message: `default StorageClass ${defaultClass}` }]
            : []),
        ],
        fix: 'storageClassName: ""',
      });
    }
  },
});
