import { formatZones, podZones, volumeZones, zonesDisjoint } from '../../src/k8s/zones.js';
import { describe } from '../../src/load/resource.js';
import {
  claimReferenceRelated,
  claimsApart,
  describeConsumer,
  pinnedClaims,
  pinnedVolume,
  podClaims,
  type PinnedClaim,
  type PodClaim,
} from '../../src/model/topology.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const PV = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: mariadb-disk
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  claimRef:
    namespace: default
    name: mariadb-data
  csi:
    driver: pd.csi.storage.gke.io
    fsType: ext4
    volumeHandle: projects/my-project/zones/us-west1-b/disks/mariadb-disk
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mariadb-data
spec:
  storageClassName: ""
  volumeName: mariadb-disk
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`;

const pod = (zone: string, marker: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: mariadb
spec:
  nodeSelector:
    topology.kubernetes.io/zone: ${zone}${marker}
  containers:
    - name: mariadb
      image: mariadb:11.4
      env:
        - name: MARIADB_RANDOM_ROOT_PASSWORD
          value: "1"
      volumeMounts:
        - name: data
          mountPath: /var/lib/mysql
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: mariadb-data
`;

const inZones = (workload: Workload, pinned: PinnedClaim) =>
  `claim ${workload.namespace}/${pinned.podClaim.name} (PersistentVolume ${pinned.volume.name} in zone(s) ${formatZones(pinned.where)})`;

export default defineRule({
  id: 'zone-conflict',
  severity: 'error',
  category: 'topology',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod is pinned to zones that the PersistentVolume it mounts is not in, or mounts PersistentVolumes of zones that share none',
    why: 'A zonal disk attaches only to nodes of its zone. The scheduler checks the PV\'s zone labels (VolumeZone: "node(s) had no available volume zone") and its node affinity (VolumeBinding: "node(s) had volume node affinity conflict"); when the pod\'s nodeSelector or required node affinity only allows other zones, no node passes both and the pod stays Pending forever. A GCE PD volume handle names the disk\'s zone too: without labels or node affinity the pod is scheduled in its own zone and then hangs in ContainerCreating with FailedAttachVolume. Two volumes of one pod in zones that share none leave no node either (the node-local variant, hostname-pinned PVs, is node-conflict\'s).',
    fix: "Make the pod's zone constraint include the disk's zone (or drop it: the scheduler follows the volume by itself), or restore the data onto a disk in the pod's zone and point the PV at that disk.",
    examples: { bad: PV + pod('us-west1-a', ' # expect: zone-conflict/conflict@34'), good: PV + pod('us-west1-b', '') },
    references: [
      'pkg/scheduler/framework/plugins/volumezone/volume_zone.go (Filter, getPVTopologies)',
      'component-helpers storage/volume/helpers.go (CheckNodeAffinity)',
      'component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)',
      'https://kubernetes.io/docs/setup/best-practices/multiple-zones/#storage-access-for-zones',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the PersistentVolumes in the files are templates whose zone is rewritten during a restore (some backup tools remap zones), so the zone written is not the zone used.',
  },
  messages: {
    volumesApart: '{consumer} mount{s} {claim} and {other}; a pod runs in one zone, so no node can attach both',
    conflict:
      '{workload} can only run in zone(s) {podZones}, but claim {claim} is bound to PersistentVolume {volume} in zone(s) {volumeZones}; no node in those zones can attach it',
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      const pod = podZones(workload.spec);
      const podAt = (path: JsonPath) => [...workload.specPath, ...path];
      const conflicting = new Set<PodClaim>();
      for (const podClaim of pod ? podClaims(model, workload) : []) {
        const bound = pinnedVolume(model, podClaim);
        if (!bound) continue;
        const volume = volumeZones(bound.volume.object);
        if (!pod || !volume || !zonesDisjoint(pod, volume)) continue;
        conflicting.add(podClaim);
        const pvName = describe(bound.volume).replace(/^PersistentVolume /, '');
        context.report({
          messageId: 'conflict',
          data: {
            workload: describeConsumer(workload, podClaim),
            podZones: formatZones(pod),
            claim: `${workload.namespace}/${podClaim.name}`,
            volume: pvName,
            volumeZones: formatZones(volume),
          },
          resource: workload.resource,
          path: podAt(pod.paths[0] ?? []),
          related: [
            ...claimReferenceRelated(workload, podClaim),
            ...volume.paths.map((path) => ({
              resource: bound.volume,
              path,
              message: `PersistentVolume ${pvName} is in zone(s) ${formatZones(volume)}`,
            })),
          ],
          fix: `use a zone of the volume (${formatZones(volume)}) in the pod's node constraints, or move the data to a disk in ${formatZones(pod)}`,
        });
      }
      if (model.isFragment(workload.resource)) continue;
      const pinned = pinnedClaims(model, workload, volumeZones);
      for (const { claim, other } of claimsApart(pinned, new Set(pinned.filter((p) => conflicting.has(p.podClaim))))) {
        context.report({
          messageId: 'volumesApart',
          data: {
            consumer: describeConsumer(workload, claim.podClaim),
            s: workload.kind === 'Pod' || claim.podClaim.ordinal !== undefined ? 's' : '',
            claim: inZones(workload, other),
            other: inZones(workload, claim),
          },
          resource: workload.resource,
          path: claim.podClaim.path,
          related: [
            ...claimReferenceRelated(workload, other.podClaim),
            ...[other, claim].flatMap((pinnedClaim) =>
              pinnedClaim.where.paths.map((path) => ({
                resource: pinnedClaim.volume,
                path,
                message: `PersistentVolume ${pinnedClaim.volume.name} is in zone(s) ${formatZones(pinnedClaim.where)}`,
              })),
            ),
          ],
          fix: "keep the volumes a pod needs in one zone (restore one disk into the other's zone)",
        });
      }
    }
  },
});
