import { describeWorkload } from '../../src/model/workloads.js';
import { deploymentRollout, keepsOldPodsUntilNewReady } from '../../src/k8s/rollout.js';
import {
  describeTarget,
  enforcedAcrossNodes,
  secondNodeMeets,
  singleWriterUses,
  targetRelated,
  type SingleWriterUse,
} from '../../src/model/multi-pod.js';
import { getIn } from '../../src/util/get-in.js';
import { defineRule } from '../../src/rule.js';

/** A claim's message names it with its modes; a disk's says what the new pod meets on another node. */
function messageOf(use: SingleWriterUse, workload: string, surge: number) {
  if (use.kind === 'claim')
    return { messageId: use.podExclusive ? 'podExclusive' : 'multiAttach', data: { workload, surge, claim: describeTarget(use) } } as const;
  return {
    messageId: use.disk.singleNode === 'unguarded' ? 'diskUnguarded' : 'diskSingleNode',
    data: { workload, surge, disk: describeTarget(use), meets: secondNodeMeets(use.disk) },
  } as const;
}

export default defineRule({
  id: 'rwo-rolling-update',
  severity: 'warning',
  category: 'multi-attach',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A one-replica Deployment with a rolling update that keeps the old pod mounts a ReadWriteOnce or ReadWriteOncePod claim, or a block disk written inline',
    why: 'A Deployment without `strategy` rolls out with RollingUpdate, maxSurge 25 % and maxUnavailable 25 %; for one replica that resolves to surge 1, unavailable 0 (ResolveFenceposts): the new pod is created while the old one keeps running and the old one is only removed once the new one is ready. A ReadWriteOnce volume cannot be attached to a second node, so a new pod scheduled elsewhere waits in ContainerCreating with `Multi-Attach error`; a ReadWriteOncePod claim makes the new pod unschedulable on any node. Either way the new pod never becomes ready, the old one is never removed, and the rollout hangs until `progressDeadlineSeconds` marks it failed. On the same node it works by luck. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet the Multi-Attach check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.',
    fix: 'Use `strategy: {type: Recreate}` (the old pod is stopped before the new one starts), or set `rollingUpdate.maxSurge: 0` so the old pod goes first. If several pods must run, give each its own claim (a StatefulSet with `volumeClaimTemplates`) or use a ReadWriteMany volume.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: wiki-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wiki
spec:
  replicas: 1
  selector:
    matchLabels: {app: wiki}
  template:
    metadata:
      labels: {app: wiki}
    spec:
      containers:
        - name: wiki
          image: requarks/wiki:2.5
          volumeMounts:
            - {name: data, mountPath: /wiki/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: wiki-data # expect: rwo-rolling-update/multiAttach@24
`,
      good: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: wiki-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wiki
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: wiki}
  template:
    metadata:
      labels: {app: wiki}
    spec:
      containers:
        - name: wiki
          image: requarks/wiki:2.5
          volumeMounts:
            - {name: data, mountPath: /wiki/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: wiki-data
`,
    },
    references: [
      'staging/src/k8s.io/csi-translation-lib/plugins/gce_pd.go, aws_ebs.go, azure_disk.go, openstack_cinder.go (TranslateInTreeInlineVolumeToCSI: access modes of an inline disk)',
      'pkg/volume/csimigration/plugin_manager.go (TranslateInTreeSpecToCSI: an inline volume is attached as the translated PersistentVolume)',
      'pkg/volume/rbd/rbd_util.go (AttachDisk: "rbd image … is still being used")',
      'pkg/volume/csi/csi_plugin.go (CanAttach is false for ephemeral inline volumes)',
      'pkg/controller/deployment/util/deployment_util.go (ResolveFenceposts)',
      'pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)',
      'pkg/volume/util/util.go (IsMultiAttachAllowed)',
      'pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)',
      'pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off on single-node clusters, where the new pod always starts next to the old one and the rolling update works; with more than one node the rollout can hang.',
  },
  messages: {
    multiAttach:
      '{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; on another node the new pod waits for Multi-Attach and the rollout deadlocks',
    podExclusive:
      '{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; ReadWriteOncePod lets only one pod use it, so the new pod is unschedulable and the rollout deadlocks',
    diskSingleNode:
      '{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {disk}; on another node the new pod {meets}, waits in ContainerCreating, and the rollout deadlocks',
    diskUnguarded:
      '{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one still writes {disk}; on another node the new pod {meets}',
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      if (workload.kind !== 'Deployment') continue;
      const rollout = deploymentRollout(workload.resource.object.spec);
      if (rollout.strategy !== 'RollingUpdate' || !keepsOldPodsUntilNewReady(rollout)) continue;
      // Several pods at once is rwo-multiple-pods' finding; this one is about the one pod and its successor.
      if (model.concurrency(workload)?.count !== 1) continue;
      const strategyPath = ['spec', 'strategy'];
      const strategyWritten = getIn(workload.resource.object, strategyPath) !== undefined;
      for (const use of singleWriterUses(model, workload).filter(enforcedAcrossNodes)) {
        context.report({
          ...messageOf(use, describeWorkload(workload), rollout.surge),
          resource: workload.resource,
          path: use.path,
          related: [
            ...targetRelated(use),
            ...(strategyWritten
              ? [{ resource: workload.resource, path: strategyPath, message: `strategy of ${describeWorkload(workload)}` }]
              : []),
          ],
          fix: 'strategy: {type: Recreate}',
          // ReadWriteOncePod blocks the surge pod on every cluster; ReadWriteOnce only when it lands on another node.
          severity: use.podExclusive ? 'error' : 'warning',
        });
      }
    }
  },
});
