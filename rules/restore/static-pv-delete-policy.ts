import { describe } from '../../src/load/resource.js';
import { isObject, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

const PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';

/** Sources without a deleter: the controller cannot delete them and the PV goes Failed. */
const NO_DELETER = new Set(['nfs', 'hostPath', 'local', 'iscsi', 'fc', 'flexVolume']);

function consequence(spec: Record<string, unknown>): string {
  if (isObject(spec.csi))
    return `the CSI driver '${String(spec.csi.driver ?? '')}' is asked to delete the volume if its provisioner takes the PV, otherwise the PV stays Released`;
  const source = Object.keys(spec).find((field) => NO_DELETER.has(field) && isObject(spec[field]));
  if (source) return `${source} has no deleter, so the PV goes Failed instead of Available`;
  return 'the backing disk is deleted with it';
}

export default defineRule({
  id: 'static-pv-delete-policy',
  severity: 'warning',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A hand-written PersistentVolume has reclaim policy Delete',
    why: 'A PV written by hand points at storage that existed before it, usually data someone cares about. With `persistentVolumeReclaimPolicy: Delete`, deleting its claim (or a namespace, or a Helm release) makes the controller delete the backing disk; for volume types without a deleter (NFS, hostPath, local, iSCSI) the PV goes `Failed` instead of being reusable. Hand-written PVs default to `Retain` for this reason. PVs that carry `pv.kubernetes.io/provisioned-by` are dynamically provisioned volumes and are checked by restore-provisioned-pv-delete.',
    fix: 'Set `persistentVolumeReclaimPolicy: Retain` (or leave it out, Retain is the default for PVs created by hand).',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: orders-disk
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Delete # expect: static-pv-delete-policy/delete@34
  storageClassName: ""
  csi:
    driver: pd.csi.storage.gke.io
    volumeHandle: projects/shop/zones/europe-west1-b/disks/orders
    fsType: ext4
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: orders-disk
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: pd.csi.storage.gke.io
    volumeHandle: projects/shop/zones/europe-west1-b/disks/orders
    fsType: ext4
`,
    },
    references: [
      'pkg/apis/core/v1/defaults.go (SetDefaults_PersistentVolume: Retain)',
      'pkg/controller/volume/persistentvolume/pv_controller.go (reclaimVolume, deleteVolumeOperation)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off for scratch volumes whose storage is meant to go with the claim, such as test clusters that create and destroy disks on every run.',
  },
  messages: {
    delete:
      '{object} is written by hand (no {annotation} annotation) but has reclaim policy Delete: when its claim is deleted, {consequence}',
  },
  check(context) {
    for (const volume of context.model.persistentVolumes) {
      const spec = objectOf(volume.object.spec);
      if (spec.persistentVolumeReclaimPolicy !== 'Delete') continue;
      if (PROVISIONED_BY in objectOf(objectOf(volume.object.metadata).annotations)) continue;
      context.report({
        messageId: 'delete',
        data: { object: describe(volume), annotation: PROVISIONED_BY, consequence: consequence(spec) },
        resource: volume,
        path: ['spec', 'persistentVolumeReclaimPolicy'],
        fix: 'persistentVolumeReclaimPolicy: Retain',
      });
    }
  },
});
