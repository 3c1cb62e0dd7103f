import { describeWorkload } from '../../src/model/workloads.js';
import {
  describeTarget,
  enforcedAcrossNodes,
  secondNodeMeets,
  sharedTarget,
  singleWriterUses,
  targetRelated,
  type SingleWriterUse,
} from '../../src/model/multi-pod.js';
import type { Claim } from '../../src/model/claims.js';
import { distance } from '../../src/model/scope.js';
import { defineRule } from '../../src/rule.js';

const joinAnd = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function messageOf(use: SingleWriterUse, others: string, s: string) {
  const workload = describeWorkload(use.workload);
  if (use.kind === 'claim')
    return {
      messageId: use.podExclusive ? 'podExclusive' : 'multiAttach',
      data: { workload, claim: describeTarget(use), others, s },
    } as const;
  return {
    messageId: use.disk.singleNode === 'unguarded' ? 'diskUnguarded' : 'diskSingleNode',
    data: { workload, disk: describeTarget(use), meets: secondNodeMeets(use.disk), others, s },
  } as const;
}

export default defineRule({
  id: 'rwo-claim-shared-by-workloads',
  severity: 'warning',
  category: 'multi-attach',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'Two workloads mount the same ReadWriteOnce or ReadWriteOncePod claim, or the same block disk written inline',
    why: "A ReadWriteOnce volume is attached to one node at a time: pods of another workload that land on a different node wait in ContainerCreating with `Multi-Attach error`, and nothing tells the scheduler to keep them together (warning: it works only while every pod happens to share a node). A ReadWriteOncePod claim may be used by one pod in the whole cluster: the second workload's pod is unschedulable for as long as the first one runs (error). Typical cases: a backup CronJob or a sidecar Deployment mounting a database's claim. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.",
    fix: "Give each workload its own claim, run the second task inside the first workload's pod (a sidecar or an init container), or use a volume that supports ReadWriteMany. If the pods must share one RWO disk, pin them to one node with pod affinity (fragile).",
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: db-data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: db-backup
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: busybox:1.36
              command: [tar, czf, /backup/db.tgz, /data]
              volumeMounts:
                - {name: data, mountPath: /data}
          volumes:
            - name: data
              persistentVolumeClaim:
                claimName: db-data # expect: rwo-claim-shared-by-workloads/multiAttach@28
`,
      good: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-backups
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: db-data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: db-backup
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16
              command: [sh, -c, "pg_dump -h db -U postgres postgres > /backup/db.sql"]
              volumeMounts:
                - {name: backups, mountPath: /backup}
          volumes:
            - name: backups
              persistentVolumeClaim:
                claimName: db-backups
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
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when all pods run on one node on purpose (a single-node cluster, k3s at the edge, pods pinned together with pod affinity), where a ReadWriteOnce volume can serve every pod of that node.',
  },
  messages: {
    multiAttach:
      '{workload} mounts {claim}, which {others} also mount{s}; their pods work only while all of them run on one node, the others wait for Multi-Attach',
    podExclusive:
      '{workload} mounts {claim}, which {others} also mount{s}; ReadWriteOncePod lets one pod use it, so only one of these workloads can run at a time',
    diskSingleNode:
      '{workload} mounts {disk}, which {others} also mount{s}; their pods work only while all of them run on one node, pods on any other node {meets} and wait in ContainerCreating',
    diskUnguarded: '{workload} mounts {disk}, which {others} also mount{s}; pods on different nodes {meets}',
  },
  check(context) {
    const { model } = context;
    // By the claim object each workload resolves to (two examples that each define a claim of one
    // name share nothing), or by the disk an inline volume names.
    const byTarget = new Map<Claim | string, SingleWriterUse[]>();
    for (const workload of model.workloads) {
      for (const use of singleWriterUses(model, workload).filter(enforcedAcrossNodes)) {
        const target = sharedTarget(use);
        if (target === undefined) continue;
        byTarget.set(target, [...(byTarget.get(target) ?? []), use]);
      }
    }
    for (const all of byTarget.values()) {
      for (const use of all.slice(1)) {
        // A disk id has no object to resolve: only workloads on one line of folders share it (a book's
        // chapters, or a driver's sibling examples, each name "their" disk and are never applied together).
        const uses =
          use.kind === 'claim'
            ? all
            : all.filter((u) => u === use || distance(use.workload.resource, u.workload.resource).nearness !== 'elsewhere');
        const first = uses[0];
        if (first === use) continue;
        const self = describeWorkload(use.workload);
        const others = [...new Set(uses.map((u) => describeWorkload(u.workload)))].filter((name) => name !== self);
        if (others.length === 0) continue;
        context.report({
          ...messageOf(use, joinAnd(others), others.length === 1 ? 's' : ''),
          resource: use.workload.resource,
          path: use.path,
          related: [
            ...targetRelated(use),
            { resource: first.workload.resource, path: first.path, message: `${describeWorkload(first.workload)} mounts it here` },
          ],
          severity: use.podExclusive ? 'error' : 'warning',
          fix:
            use.kind === 'claim'
              ? 'a claim per workload, a sidecar in one pod, or a ReadWriteMany volume'
              : 'a disk per workload, a sidecar in one pod, or a ReadWriteMany volume',
        });
      }
    }
  },
});
