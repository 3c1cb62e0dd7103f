import { allowsExpansion, isDynamicClass } from '../../src/k8s/storage-class.js';
import { nominalSizeStorage } from '../../src/k8s/nominal-size.js';
import { storageClassObject } from '../../src/model/claim-specs.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'storageclass-no-expansion',
  severity: 'info',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim (or claim template) uses a StorageClass without allowVolumeExpansion: true, so it can never grow',
    why: 'The PersistentVolumeClaimResize admission plugin only lets a claim\'s storage request grow when its StorageClass has `allowVolumeExpansion: true`; otherwise the update is refused ("only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize"). A full disk then means a migration instead of an edit. The field can be changed on an existing StorageClass. Classes whose volumes ignore the size are left out: EFS (`efs.csi.aws.com`), NFS and SMB directories (`nfs.csi.k8s.io`, `smb.csi.k8s.io`, nfs-subdir-external-provisioner) and node directories (`rancher.io/local-path`, minikube, Docker Desktop and MicroK8s hostpath) enforce no quota, so there is nothing to grow. Azure Files and Filestore are still reported: their share quota and instance size follow the request and are enforced.',
    fix: 'Set `allowVolumeExpansion: true` on the StorageClass if its driver supports expansion (most CSI drivers do).',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: pd.csi.storage.gke.io
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast # expect: storageclass-no-expansion/noExpansion@21
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
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
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'plugin/pkg/admission/storage/persistentvolume/resize/admission.go (allowResize)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims',
      'kubernetes-sigs/aws-efs-csi-driver docs/README.md (EFS does not enforce any file system capacity)',
      'kubernetes-csi/csi-driver-nfs issue 427 (the capacity is only for PV/PVC matching)',
      'rancher/local-path-provisioner README.md (the size of the volume is not enforced)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the driver cannot expand volumes (some local, NFS and legacy drivers), or when fixed-size volumes are a deliberate cost limit.',
  },
  messages: {
    noExpansion: '{claim} uses StorageClass {class}, which does not set allowVolumeExpansion: true; its size can never be increased',
  },
  check(context) {
    const { model } = context;
    for (const spec of model.claimSpecs) {
      const { declared } = spec.storageClass;
      const storageClass = model.storageClassFor(spec.storageClass);
      if (!storageClass) continue;
      const sc = storageClassObject(storageClass);
      // no-provisioner classes hold static volumes, which cannot be resized anyway.
      if (!isDynamicClass(sc) || allowsExpansion(sc)) continue;
      // A share or node directory without quota: the size is a label, there is nothing to grow.
      if (nominalSizeStorage(String(sc.provisioner)) !== undefined) continue;
      context.report({
        messageId: 'noExpansion',
        data: { claim: spec.label, class: storageClass.name },
        resource: spec.resource,
        path: declared === undefined ? [...spec.path, 'spec'] : [...spec.path, ...spec.storageClass.path],
        related: [
          {
            resource: storageClass,
            path: ['metadata', 'name'],
            message: `StorageClass ${storageClass.name}${declared === undefined ? ' (the default)' : ''}`,
          },
        ],
        fix: `allowVolumeExpansion: true on StorageClass ${storageClass.name}`,
      });
    }
  },
});
