import {
  formatValues,
  NODE,
  podValues,
  selfAntiAffinityPath,
  valuesDisjoint,
  valuesWithin,
  volumeNodes,
  type TopologyValues,
} from '../../src/k8s/topology.js';
import { hasNodeConstraint } from '../../src/k8s/zones.js';
import type { Concurrency } from '../../src/k8s/rollout.js';
import {
  claimReferenceRelated,
  claimsApart,
  describeConsumer,
  nodeLocalClass,
  pinnedClaims,
  pinnedVolume,
  podClaims,
  type PinnedClaim,
} from '../../src/model/topology.js';
import { describeWorkload, type Workload } from '../../src/model/workloads.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const STORAGE = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-storage
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pg-local-node1
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-storage
  claimRef:
    namespace: default
    name: pg-data
  local:
    path: /mnt/disks/ssd1
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions:
            - key: kubernetes.io/hostname
              operator: In
              values: [node1]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pg-data
spec:
  storageClassName: local-storage
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 100Gi
`;

const deployment = (node: string, marker: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: postgres
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: postgres}
  template:
    metadata:
      labels: {app: postgres}
    spec:
      nodeSelector:
        kubernetes.io/hostname: ${node}${marker}
      containers:
        - name: postgres
          image: postgres:16
          env:
            - {name: POSTGRES_HOST_AUTH_METHOD, value: scram-sha-256}
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: pg-data
`;

/** Which field of the pod spec pins it, for messages. */
function constraintName(path: JsonPath | undefined): string {
  if (!path) return 'its node constraints';
  if (path[0] === 'nodeName') return 'spec.nodeName';
  if (path[0] === 'nodeSelector') return `nodeSelector ${String(path[1])}`;
  return 'its required node affinity';
}

const nodes = (values: TopologyValues) => `node(s) ${formatValues(values)}`;

function volumeRelated(pinned: PinnedClaim): RelatedReport[] {
  return pinned.where.paths.map((path) => ({
    resource: pinned.volume,
    path,
    message: `PersistentVolume ${pinned.volume.name} can only be used on ${nodes(pinned.where)}`,
  }));
}

const claimText = (workload: Workload, pinned: PinnedClaim) =>
  `claim ${workload.namespace}/${pinned.podClaim.name} is bound to PersistentVolume ${pinned.volume.name}, usable only on ${nodes(pinned.where)}`;

const claimNoun = (workload: Workload, pinned: PinnedClaim) =>
  `claim ${workload.namespace}/${pinned.podClaim.name} (PersistentVolume ${pinned.volume.name}, usable only on ${nodes(pinned.where)})`;

/** One Pod (or one StatefulSet ordinal) or all the pods of a workload, for "so … never run". */
const one = (workload: Workload, pinned: PinnedClaim) => workload.kind === 'Pod' || pinned.podClaim.ordinal !== undefined;
const never = (workload: Workload, pinned: PinnedClaim) => (one(workload, pinned) ? 'the pod never runs' : 'its pods never run');

/** Several pods at once, and whether that is certain (replicas, HPA minimum) or only possible (HPA maximum). */
function severalPods(concurrency: Concurrency | undefined) {
  if (!concurrency) return undefined;
  if (concurrency.count > 1 && concurrency.cause) return { count: concurrency.count, cause: concurrency.cause, definite: true };
  return concurrency.possible && { ...concurrency.possible, definite: false };
}

export default defineRule({
  id: 'node-conflict',
  severity: 'error',
  category: 'topology',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod must run on a node that the node-local PersistentVolume it mounts (a local PV pinned by hostname) is not on',
    why: "A PersistentVolume with required node affinity on `kubernetes.io/hostname` (every `local` PV, and PVs of node-local provisioners) can only be used on those nodes: the scheduler's VolumeBinding plugin filters out every other node (\"node(s) had volume node affinity conflict\"), and with `nodeName` the kubelet refuses to mount it. So a pod whose nodeName, nodeSelector or required node affinity names another node never runs; a pod whose claims are pinned to two different nodes never runs; a DaemonSet, which runs one pod on every eligible node, has all its pods but the one on the volume's node Pending; and replicas that a required pod anti-affinity on the hostname spreads over nodes cannot follow one node-local volume, so all but one stay Pending. Only a claim pinned down in the files counts: bound by `volumeName`, reserved by the PV's `claimRef`, or matched at once (Immediate binding) where every fitting PV of its class is on the same nodes. A claim of a WaitForFirstConsumer class is bound by the scheduler to a PV on the node it picked for the pod, so it never conflicts with that pod: that is what such classes are for. It does pin the claim, though: once a claim of a node-local class (rancher.io/local-path, openebs.io/local, or a no-provisioner class whose PVs in the view are all pinned by hostname) is bound for the first pod, a DaemonSet sharing it keeps its other pods Pending (a warning: the node is not in the files, and a one-node cluster is fine) and self-anti-affine replicas sharing it all but one (an error). Several replicas without anti-affinity are not reported either: the scheduler puts them all on the volume's node. The model takes the `kubernetes.io/hostname` label for the node name, as the kubelet sets it unless a hostname override says otherwise.",
    fix: "Pin the pod to the volume's node (or drop the pin: the scheduler follows the volume by itself); give a DaemonSet a hostPath or per-node volume instead of one claim; for replicas spread over nodes, use a StatefulSet with volumeClaimTemplates of a WaitForFirstConsumer local class, so each replica gets a local PV on its own node.",
    examples: {
      bad: STORAGE + deployment('node2', ' # expect: node-conflict/conflict@33'),
      good: STORAGE + deployment('node1', ''),
    },
    references: [
      'pkg/scheduler/framework/plugins/volumebinding/binder.go (FindPodVolumes: bound claims, "volume node affinity conflict"; unbound WaitForFirstConsumer claims are matched to the chosen node)',
      'component-helpers storage/volume/helpers.go (CheckNodeAffinity)',
      'pkg/kubelet/volumemanager and pkg/volume/util/operationexecutor/operation_generator.go (a nodeName pod: MountVolume.NodeAffinity check failed)',
      'pkg/controller/daemon/util/daemonset_util.go (ReplaceDaemonSetPodNodeNameNodeAffinity: each DaemonSet pod is pinned to its node)',
      'https://kubernetes.io/docs/concepts/storage/volumes/#local',
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#local',
      'https://github.com/rancher/local-path-provisioner (volumes are created on the node of the first pod, with node affinity to it)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off where node names differ from their kubernetes.io/hostname label (a kubelet --hostname-override or a cloud provider that names nodes otherwise), since the model equates them; a DaemonSet finding is also moot on a one-node cluster.',
  },
  messages: {
    conflict: '{consumer} can only run on {podNodes} ({constraint}), but {claim}; no node passes both, so {never}',
    volumesApart: '{consumer} mount{s} {claim} and {other}; a pod runs on one node, so {never}',
    everyNode:
      '{workload} runs one pod on every eligible node{selected}, and every pod mounts {claim}; the pods on every other node stay Pending',
    spread:
      '{workload} {runs}, and its required pod anti-affinity on kubernetes.io/hostname puts each on its own node, but every pod mounts {claim}; all but {fit} stay Pending',
    everyNodeLocalClass:
      '{workload} runs one pod on every eligible node{selected}, and every pod mounts claim {claim} of StorageClass {class}, whose volumes are node-local ({why}); the claim is bound on the node of the first pod, and the pods on every other node stay Pending',
    spreadLocalClass:
      "{workload} {runs}, and its required pod anti-affinity on kubernetes.io/hostname puts each on its own node, but every pod mounts claim {claim} of StorageClass {class}, whose volumes are node-local ({why}); once it is bound on the first pod's node, all but one stay Pending",
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      if (model.isFragment(workload.resource)) continue;
      const pinned = pinnedClaims(model, workload, volumeNodes);
      const pod = podValues(workload.spec, NODE);
      const podAt = (path: JsonPath) => [...workload.specPath, ...path];
      const settled = new Set<PinnedClaim>();
      for (const claim of pinned) {
        if (!valuesDisjoint(pod, claim.where)) continue;
        settled.add(claim);
        context.report({
          messageId: 'conflict',
          data: {
            consumer: describeConsumer(workload, claim.podClaim),
            podNodes: nodes(pod!),
            constraint: constraintName(pod!.paths[0]),
            claim: claimText(workload, claim),
            never: never(workload, claim),
          },
          resource: workload.resource,
          path: podAt(pod!.paths[0] ?? []),
          related: [...claimReferenceRelated(workload, claim.podClaim), ...volumeRelated(claim)],
          fix: `pin the pod to ${formatValues(claim.where)} (or drop its node constraint), or move the data to a volume on ${formatValues(pod!)}`,
        });
      }
      for (const { claim, other } of claimsApart(pinned, settled)) {
        settled.add(claim);
        context.report({
          messageId: 'volumesApart',
          data: {
            consumer: describeConsumer(workload, claim.podClaim),
            claim: claimNoun(workload, other),
            other: claimNoun(workload, claim),
            s: one(workload, claim) ? 's' : '',
            never: never(workload, claim),
          },
          resource: workload.resource,
          path: claim.podClaim.path,
          related: [...claimReferenceRelated(workload, other.podClaim), ...volumeRelated(other), ...volumeRelated(claim)],
          fix: 'keep the data a pod needs on one node (or use volumes every node can reach)',
        });
      }
      const several = severalPods(model.concurrency(workload));
      if (!several) continue;
      const antiAffinity = several.cause === 'daemonset' ? undefined : selfAntiAffinityPath(workload.spec, workload.podLabels);
      if (several.cause !== 'daemonset' && !antiAffinity) continue;
      for (const claim of pinned) {
        // Claims of one StatefulSet ordinal belong to one pod; only a claim every pod mounts pins them all.
        if (settled.has(claim) || claim.podClaim.ordinal !== undefined) continue;
        if (several.cause === 'daemonset') {
          if (pod && valuesWithin(pod, claim.where)) continue;
          // Pinned by other labels, the DaemonSet may select only the volume's node: that is not in the files.
          const selective = hasNodeConstraint(workload.spec);
          context.report({
            messageId: 'everyNode',
            data: {
              workload: describeWorkload(workload),
              selected: selective ? ' its node constraints select' : '',
              claim: claimNoun(workload, claim),
            },
            resource: workload.resource,
            path: claim.podClaim.path,
            related: [...claimReferenceRelated(workload, claim.podClaim).slice(1), ...volumeRelated(claim)],
            severity: selective ? 'warning' : 'error',
            fix: "a hostPath or a per-node volume for a DaemonSet, or a nodeSelector on the volume's node",
          });
          continue;
        }
        const fit = claim.where.values.size;
        if (several.count <= fit) continue;
        context.report({
          messageId: 'spread',
          data: {
            workload: describeWorkload(workload),
            runs: several.definite ? `runs ${several.count} pods` : `may be scaled to ${several.count} pods`,
            claim: claimNoun(workload, claim),
            fit: String(fit),
          },
          resource: workload.resource,
          path: claim.podClaim.path,
          related: [
            {
              resource: workload.resource,
              path: podAt(antiAffinity!),
              message: `required pod anti-affinity of ${describeWorkload(workload)}`,
            },
            ...volumeRelated(claim),
          ],
          severity: several.definite ? 'error' : 'warning',
          fix: "a StatefulSet with volumeClaimTemplates of a WaitForFirstConsumer local class (a volume on each pod's node), or no anti-affinity",
        });
      }
      // Claims bound only once the first pod lands: the class makes their volume node-local, the node is not in the files.
      for (const podClaim of podClaims(model, workload)) {
        const { claim } = podClaim;
        if (!claim || podClaim.ordinal !== undefined || pinnedVolume(model, podClaim)) continue;
        const local = nodeLocalClass(model, claim);
        if (!local) continue;
        const data = {
          workload: describeWorkload(workload),
          claim: `${claim.namespace}/${claim.name}`,
          class: local.storageClass.name,
          why: local.why,
        };
        const related = [
          ...claimReferenceRelated(workload, podClaim).slice(1),
          { resource: local.storageClass, path: ['provisioner'], message: `StorageClass ${local.storageClass.name}` },
        ];
        if (several.cause === 'daemonset') {
          context.report({
            messageId: 'everyNodeLocalClass',
            data: { ...data, selected: hasNodeConstraint(workload.spec) ? ' its node constraints select' : '' },
            resource: workload.resource,
            path: podClaim.path,
            related,
            // Which node, and whether the cluster has another one, is not in the files.
            severity: 'warning',
            fix: 'a hostPath or a per-node volume for a DaemonSet, or a ReadWriteMany volume every node can reach',
          });
        } else {
          context.report({
            messageId: 'spreadLocalClass',
            data: { ...data, runs: several.definite ? `runs ${several.count} pods` : `may be scaled to ${several.count} pods` },
            resource: workload.resource,
            path: podClaim.path,
            related: [
              {
                resource: workload.resource,
                path: podAt(antiAffinity!),
                message: `required pod anti-affinity of ${describeWorkload(workload)}`,
              },
              ...related,
            ],
            severity: several.definite ? 'error' : 'warning',
            fix: "a StatefulSet with volumeClaimTemplates (a volume on each pod's node), or no anti-affinity",
          });
        }
      }
    }
  },
});
