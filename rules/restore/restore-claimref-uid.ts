import { claimRefOf } from '../../src/k8s/pv-match.js';
import { exportedClaimRef, reclaimPolicyOf, releasedOutcome } from '../../src/k8s/restore.js';
import { pvObjectOf } from '../../src/model/claim-specs.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'restore-claimref-uid',
  severity: 'error',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume keeps the claimRef uid of the claim it was exported with',
    why: 'A re-created claim gets a new uid. The PV controller sees a claimRef whose uid matches no live claim, decides the claim was deleted and marks the volume Released: with reclaim policy Delete the backing disk is deleted, with Retain the volume never binds again, and the claim that names it in volumeName stays Pending ("already bound to a different claim"). A stale claimRef.resourceVersion is ignored by the binder but shows the same unsanitised export.',
    fix: 'Remove `uid` and `resourceVersion` from `spec.claimRef` (keep `name` and `namespace` to reserve the volume), or drop `claimRef` entirely and let the claim name the volume in `volumeName`. Set `persistentVolumeReclaimPolicy: Retain` while restoring.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f
  claimRef:
    namespace: shop
    name: data
    uid: 6c1e2a9e-1f0b-4a59-9d43-0d6f1f6c2b11 # expect: restore-claimref-uid/uid@10
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume, reclaimVolume, deleteVolumeOperation)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off only for exported state kept for reference or `kubectl diff`, where the uid is expected; never for manifests that re-create volumes.',
  },
  messages: {
    uid: "PersistentVolume {volume} keeps claimRef.uid '{uid}' of PersistentVolumeClaim {claim}; the re-created claim gets a new uid, so the volume goes Released and {outcome}",
    resourceVersion:
      "PersistentVolume {volume} keeps claimRef.resourceVersion '{version}' of PersistentVolumeClaim {claim}; the binder ignores it, but it marks an unsanitised export",
  },
  check(context) {
    const { model } = context;
    for (const volume of model.persistentVolumes) {
      const pv = pvObjectOf(volume);
      const { uid, resourceVersion } = exportedClaimRef(pv);
      const ref = claimRefOf(pv);
      const claim = ref ? `${ref.namespace}/${ref.name}` : '(unnamed)';
      const claimObject = ref ? model.claim(ref.namespace, ref.name) : undefined;
      const related = claimObject
        ? [{ resource: claimObject.resource, path: claimObject.path, message: `PersistentVolumeClaim ${claim}` }]
        : [];
      if (uid !== '') {
        context.report({
          messageId: 'uid',
          data: { volume: volume.name, uid, claim, outcome: releasedOutcome(reclaimPolicyOf(pv)) },
          resource: volume,
          path: ['spec', 'claimRef', 'uid'],
          related,
          fix: resourceVersion !== '' ? 'remove spec.claimRef.uid and spec.claimRef.resourceVersion' : 'remove spec.claimRef.uid',
        });
      } else if (resourceVersion !== '') {
        context.report({
          messageId: 'resourceVersion',
          data: { volume: volume.name, version: resourceVersion, claim },
          resource: volume,
          path: ['spec', 'claimRef', 'resourceVersion'],
          related,
          fix: 'remove spec.claimRef.resourceVersion',
          severity: 'warning',
        });
      }
    }
  },
});
