import { listNames } from '../../src/k8s/names.js';
import { selectorBlocksProvisioning } from '../../src/k8s/storage-class.js';
import { fittingVolume, reservedVolume } from '../../src/model/claim-specs.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pvc-no-class-no-default',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A claim without storageClassName meets StorageClasses none of which is the default, and no classless PersistentVolume fits it',
    why: 'The DefaultStorageClass admission plugin only fills in a class when one StorageClass is annotated `storageclass.kubernetes.io/is-default-class: "true"`. Without one, a claim with no class behaves like `storageClassName: ""`: it can only bind to a pre-created classless PV, is never provisioned, and stays Pending until a default class appears (the PV controller then assigns it retroactively, since 1.28). The rule only runs when the files declare StorageClasses, since otherwise the cluster\'s default is unknown. A claim with a selector is left to pvc-unbindable: provisioners refuse it, so a default class would not help.',
    fix: 'Name the class the claim should use in `storageClassName`, or mark one StorageClass as the default.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-rwo
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec: # expect: pvc-no-class-no-default/noDefault@1
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-rwo
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: standard-rwo
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)',
      'pkg/controller/volume/persistentvolume/pv_controller.go (assignDefaultStorageClass)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#retroactive-default-storageclass-assignment',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the clusters have a default StorageClass the files do not declare (better: name it in `defaultStorageClass`, which informs the other rules too), or when claims are meant to wait for an administrator to add volumes.',
  },
  messages: {
    noDefault:
      '{claim} sets no storageClassName, {classes} and no classless PersistentVolume fits it; it stays Pending until a default class exists',
  },
  check(context) {
    const { model } = context;
    if (model.storageClasses.length === 0 || model.defaultStorageClasses.length > 0) return;
    const names = [...new Set(model.storageClasses.map((sc) => sc.name).filter((n) => n !== ''))];
    for (const spec of model.claimSpecs) {
      if (spec.storageClass.declared !== undefined || nonEmptyString(objectOf(spec.object.spec).volumeName)) continue;
      // A default class would not help a claim with a selector: provisioners refuse it, so it waits
      // for a labelled PersistentVolume whatever its class (pvc-unbindable says which one it misses).
      if (selectorBlocksProvisioning(spec.object)) continue;
      if (fittingVolume(model, spec, '') || reservedVolume(model, spec)) continue;
      context.report({
        messageId: 'noDefault',
        data: {
          claim: spec.label,
          classes:
            names.length === 1
              ? `StorageClass '${names[0]}' is not the default`
              : `none of the StorageClasses ${listNames(names)} is the default`,
        },
        resource: spec.resource,
        path: [...spec.path, 'spec', 'storageClassName'],
        related: model.storageClasses
          .slice(0, 3)
          .map((sc) => ({ resource: sc, path: ['metadata', 'name'], message: `StorageClass ${sc.name}` })),
        fix:
          names.length === 1
            ? `storageClassName: ${names[0]}`
            : `set storageClassName to one of ${listNames(names, 4, '')}, or mark one StorageClass default`,
      });
    }
  },
});
