import { claimRefOf } from '../../src/k8s/pv-match.js';
import { ANN_PROVISIONED_BY } from '../../src/k8s/restore.js';
import { pvObjectOf } from '../../src/model/claim-specs.js';
import { objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'restore-provisioned-pv-delete',
  severity: 'warning',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A re-declared, dynamically provisioned PersistentVolume keeps reclaim policy Delete',
    why: 'A PV annotated `pv.kubernetes.io/provisioned-by` was created by a provisioner; declaring it again in a manifest (a restore, a migration) hands the existing disk to the PV controller. With `persistentVolumeReclaimPolicy: Delete`, the disk is destroyed as soon as its claim is deleted, or when the controller decides the claim is gone: a stale claimRef uid, a claim bound elsewhere. Restores should never be one mistake away from deleting the data they restore.',
    fix: 'Set `persistentVolumeReclaimPolicy: Retain` on restored volumes; switch back to Delete (kubectl patch) once the claim is Bound and verified.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  annotations:
    pv.kubernetes.io/provisioned-by: ebs.csi.aws.com
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Delete # expect: restore-provisioned-pv-delete/deletePolicy@34
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0f1e2d3c4b5a69788
  claimRef:
    namespace: shop
    name: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  annotations:
    pv.kubernetes.io/provisioned-by: ebs.csi.aws.com
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0f1e2d3c4b5a69788
  claimRef:
    namespace: shop
    name: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume: provisioned volume bound elsewhere is deleted; reclaimVolume)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaim-policy',
      'https://kubernetes.io/docs/tasks/administer-cluster/change-pv-reclaim-policy/',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the restored volumes are disposable (a test environment restored from snapshots), or when a backup tool such as Velero manages the reclaim policy during the restore.',
  },
  messages: {
    deletePolicy:
      "PersistentVolume {volume} was provisioned by '{provisioner}' and keeps reclaim policy Delete; if {claim} is deleted or misbound, the disk is deleted",
  },
  check(context) {
    for (const volume of context.model.persistentVolumes) {
      const annotations = objectOf(objectOf(volume.object.metadata).annotations);
      if (!Object.prototype.hasOwnProperty.call(annotations, ANN_PROVISIONED_BY)) continue;
      if (objectOf(volume.object.spec).persistentVolumeReclaimPolicy !== 'Delete') continue;
      const ref = claimRefOf(pvObjectOf(volume));
      const claim = ref ? context.model.claim(ref.namespace, ref.name) : undefined;
      context.report({
        messageId: 'deletePolicy',
        data: {
          volume: volume.name,
          provisioner: String(annotations[ANN_PROVISIONED_BY] ?? ''),
          claim: ref ? `its claim PersistentVolumeClaim ${ref.namespace}/${ref.name}` : 'the claim that binds it',
        },
        resource: volume,
        path: ['spec', 'persistentVolumeReclaimPolicy'],
        related: claim
          ? [{ resource: claim.resource, path: claim.path, message: `PersistentVolumeClaim ${claim.namespace}/${claim.name}` }]
          : [],
        fix: 'persistentVolumeReclaimPolicy: Retain',
      });
    }
  },
});
