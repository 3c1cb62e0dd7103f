import { describeWorkload } from '../../src/model/workloads.js';
import type { ConcurrencyCause } from '../../src/k8s/rollout.js';
import {
  describeTarget,
  enforcedAcrossNodes,
  secondNodeMeets,
  singleWriterUses,
  targetRelated,
  type SingleWriterUse,
} from '../../src/model/multi-pod.js';
import type { Model } from '../../src/model/model.js';
import type { Workload } from '../../src/model/workloads.js';
import type { RelatedReport } from '../../src/rule.js';
import { defineRule } from '../../src/rule.js';

const REPLICAS_FIX: Partial<Record<Workload['kind'], string>> = {
  Deployment: 'replicas: 1 with strategy: {type: Recreate}, a StatefulSet with volumeClaimTemplates, or a ReadWriteMany volume',
  StatefulSet: 'move the claim to volumeClaimTemplates (one claim per replica), or use a ReadWriteMany volume',
};

interface Cause {
  /** Completes "{workload} …": why several pods run at once. */
  runs: string;
  fix: string;
  related?: RelatedReport;
}

function explain(model: Model, workload: Workload, cause: ConcurrencyCause, count: number): Cause {
  const hpa = model.autoscalerOf(workload);
  const hpaName = hpa ? `HorizontalPodAutoscaler ${hpa.resource.namespace}/${hpa.resource.name}` : 'an autoscaler';
  const jobSpec = workload.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
  switch (cause) {
    case 'replicas':
      return {
        runs: `runs ${count} pods at once (replicas: ${count})`,
        fix: REPLICAS_FIX[workload.kind] ?? 'replicas: 1, or a ReadWriteMany volume',
        related: { resource: workload.resource, path: ['spec', 'replicas'], message: `replicas of ${describeWorkload(workload)}` },
      };
    case 'hpa-min':
    case 'hpa-max':
      return {
        runs: cause === 'hpa-min' ? `is kept at ${count} or more pods by ${hpaName}` : `may be scaled to ${count} pods by ${hpaName}`,
        fix: 'maxReplicas: 1 (or no autoscaler), or a ReadWriteMany volume',
        related: hpa && { resource: hpa.resource, path: ['spec', cause === 'hpa-min' ? 'minReplicas' : 'maxReplicas'], message: hpaName },
      };
    case 'daemonset':
      return {
        runs: 'runs one pod on every eligible node',
        fix: 'a ReadWriteMany volume, or a node-local volume (hostPath, local PV) per node',
      };
    case 'parallelism':
      return {
        runs: `runs ${count} pods at once (parallelism)`,
        fix: 'parallelism: 1, or a ReadWriteMany volume',
        related: {
          resource: workload.resource,
          path: [...jobSpec, 'parallelism'],
          message: `parallelism of ${describeWorkload(workload)}`,
        },
      };
    case 'cronjob-overlap':
      return {
        runs: 'may start a run while the previous one still runs (concurrencyPolicy Allow, the default)',
        fix: 'concurrencyPolicy: Forbid',
        related: {
          resource: workload.resource,
          path: ['spec', 'concurrencyPolicy'],
          message: `concurrencyPolicy of ${describeWorkload(workload)}`,
        },
      };
  }
}

/** A claim's message names it with its modes; a disk's says what a pod on a second node meets. */
function messageOf(use: SingleWriterUse, workload: string, runs: string) {
  if (use.kind === 'claim')
    return { messageId: use.podExclusive ? 'podExclusive' : 'multiAttach', data: { workload, runs, claim: describeTarget(use) } } as const;
  return {
    messageId: use.disk.singleNode === 'unguarded' ? 'diskUnguarded' : 'diskSingleNode',
    data: { workload, runs, disk: describeTarget(use), meets: secondNodeMeets(use.disk) },
  } as const;
}

export default defineRule({
  id: 'rwo-multiple-pods',
  severity: 'warning',
  category: 'multi-attach',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'Several pods of one workload mount the same ReadWriteOnce or ReadWriteOncePod claim, or the same block disk written inline',
    why: 'ReadWriteOnce means one node: the attach/detach controller refuses to attach the volume to a second node (`Multi-Attach error … Volume is already used by pod(s)`), so every pod that is not scheduled onto the node holding the attachment stays in ContainerCreating. Nothing makes the scheduler put the pods together. ReadWriteOncePod means one pod: the scheduler keeps every other pod Pending. Several pods at once come from `replicas` > 1 (Deployment, ReplicaSet, ReplicationController, a StatefulSet that lists the claim under `volumes`), a DaemonSet (one pod per node), Job `parallelism` > 1 or an autoscaler `minReplicas` > 1 (error); an autoscaler that may scale above one replica or a CronJob whose runs may overlap (`concurrencyPolicy: Allow`, the default) are reported as warnings. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.',
    fix: "Run one pod (`replicas: 1` with `strategy: {type: Recreate}`, `parallelism: 1`, `concurrencyPolicy: Forbid`), give every replica its own claim with a StatefulSet's `volumeClaimTemplates`, or use a volume that supports ReadWriteMany.",
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: uploads, mountPath: /usr/share/nginx/html/uploads}
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: uploads # expect: rwo-multiple-pods/multiAttach@24
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector: {app: web}
  ports:
    - {name: http, port: 80}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: uploads, mountPath: /usr/share/nginx/html/uploads}
  volumeClaimTemplates:
    - metadata:
        name: uploads
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 20Gi
`,
    },
    references: [
      'staging/src/k8s.io/csi-translation-lib/plugins/gce_pd.go, aws_ebs.go, azure_disk.go, openstack_cinder.go (TranslateInTreeInlineVolumeToCSI: access modes of an inline disk)',
      'pkg/volume/csimigration/plugin_manager.go (TranslateInTreeSpecToCSI: an inline volume is attached as the translated PersistentVolume)',
      'pkg/volume/rbd/rbd_util.go (AttachDisk: "rbd image … is still being used")',
      'pkg/volume/csi/csi_plugin.go (CanAttach is false for ephemeral inline volumes)',
      'pkg/volume/util/util.go (IsMultiAttachAllowed)',
      'pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)',
      'pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)',
      'pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
      'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off on single-node clusters (local development, edge devices), where every pod lands on the node that holds the ReadWriteOnce attachment; ReadWriteOncePod claims fail there too, so keep it if you use them.',
  },
  messages: {
    multiAttach: '{workload} {runs}, and every pod mounts {claim}; pods on any other node than the first wait for Multi-Attach',
    podExclusive: '{workload} {runs}, and every pod mounts {claim}; ReadWriteOncePod lets only one pod use it, the others stay Pending',
    diskSingleNode:
      '{workload} {runs}, and every pod mounts {disk}; pods on any other node than the first {meets} and wait in ContainerCreating',
    diskUnguarded: '{workload} {runs}, and every pod mounts {disk}; pods on other nodes {meets}',
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      const concurrency = model.concurrency(workload);
      if (!concurrency) continue;
      const several =
        concurrency.count > 1 && concurrency.cause
          ? { count: concurrency.count, cause: concurrency.cause, definite: true }
          : concurrency.possible && { ...concurrency.possible, definite: false };
      if (!several) continue;
      const uses = singleWriterUses(model, workload).filter(enforcedAcrossNodes);
      if (uses.length === 0) continue;
      const cause = explain(model, workload, several.cause, several.count);
      for (const use of uses) {
        context.report({
          ...messageOf(use, describeWorkload(workload), cause.runs),
          resource: workload.resource,
          path: use.path,
          related: [...targetRelated(use), ...(cause.related ? [cause.related] : [])],
          fix: cause.fix,
          // ReadWriteOncePod refuses a second pod on every cluster; ReadWriteOnce only pods on another node.
          severity: several.definite && use.podExclusive ? 'error' : 'warning',
        });
      }
    }
  },
});
