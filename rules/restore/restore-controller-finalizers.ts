import { controllerFinalizer } from '../../src/k8s/restore.js';
import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';

/** The storage kinds whose exports carry controller finalizers. */
const KINDS = ['PersistentVolume', 'PersistentVolumeClaim', 'VolumeSnapshot', 'VolumeSnapshotContent'];

export default defineRule({
  id: 'restore-controller-finalizers',
  severity: 'warning',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A re-declared PersistentVolume, claim or snapshot keeps a finalizer that a storage controller added (external-attacher, external-provisioner, snapshot-controller)',
    why: "Finalizers are the controllers' own marks: the CSI external-attacher adds `external-attacher/<driver>` to a PersistentVolume it attaches, the external-provisioner adds `external-provisioner.volume.kubernetes.io/finalizer` to a volume it must delete (KEP-2644), the snapshot-controller adds `snapshot.storage.kubernetes.io/…` to a claim being snapshotted and to snapshots. Exported with `kubectl get -o yaml` and applied again, the finalizer comes along, and the object can only be deleted once that controller removes it: in a cluster where the driver or the snapshot-controller is not installed, `kubectl delete` leaves the object Terminating forever. The protection finalizers are harmless to keep and not reported: `kubernetes.io/pv-protection` and `kubernetes.io/pvc-protection` are added again on every create by the StorageObjectInUseProtection admission plugin and removed by kube-controller-manager, and `kubernetes.io/pv-controller` by the PV controller, which every cluster runs.",
    fix: 'Delete the controller finalizers from `metadata.finalizers` before applying (the controller adds its finalizer again when it attaches, provisions or snapshots); if an object is already stuck, remove the finalizer with `kubectl patch … --type=json -p \'[{"op":"remove","path":"/metadata/finalizers/0"}]\'` once nothing uses the volume.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-0b5c4a1e
  finalizers:
    - kubernetes.io/pv-protection
    - external-attacher/ebs-csi-aws-com # expect: restore-controller-finalizers/controllerFinalizer@7
spec:
  storageClassName: ""
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f67890
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-0b5c4a1e
  finalizers:
    - kubernetes.io/pv-protection
spec:
  storageClassName: ""
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f67890
`,
    },
    references: [
      'kubernetes-csi/external-attacher pkg/controller/csi_handler.go (PV finalizer added on attach, removed when no VolumeAttachment uses the PV)',
      'https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/2644-honor-pv-reclaim-policy (external-provisioner.volume.kubernetes.io/finalizer, kubernetes.io/pv-controller)',
      'kubernetes-csi/external-snapshotter pkg/utils/util.go (PVCFinalizer, VolumeSnapshotAsSourceFinalizer, VolumeSnapshotBoundFinalizer, VolumeSnapshotContentFinalizer)',
      'plugin/pkg/admission/storage/storageobjectinuseprotection/admission.go (adds the pv-protection and pvc-protection finalizers on create)',
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off for directories of exported state kept for diffing or backup and never applied, or when the objects are always restored into a cluster that runs the same drivers and snapshot-controller.',
  },
  messages: {
    controllerFinalizer:
      "{object} keeps finalizer '{finalizer}' from an export; only {owner} removes it, {when}: where it does not run, deleting the {kind} leaves it Terminating forever",
  },
  check(context) {
    for (const kind of KINDS) {
      for (const resource of context.model.ofKind(kind)) {
        const finalizers: unknown = resource.object.metadata?.finalizers;
        if (!Array.isArray(finalizers)) continue;
        finalizers.forEach((finalizer: unknown, index) => {
          if (typeof finalizer !== 'string') return;
          const owned = controllerFinalizer(finalizer);
          if (!owned) return;
          context.report({
            messageId: 'controllerFinalizer',
            data: { object: describe(resource), finalizer, owner: owned.owner, when: owned.when, kind },
            resource,
            path: ['metadata', 'finalizers', index],
            fix: `remove '${finalizer}' from metadata.finalizers`,
          });
        });
      }
    }
  },
});
