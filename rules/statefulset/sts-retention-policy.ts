import { describeWorkload } from '../../src/model/workloads.js';
import { objectOf } from '../../src/util/shape.js';
import { statefulSets } from '../../src/model/statefulset.js';
import { claimTemplates } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';

const FIELDS = ['whenDeleted', 'whenScaled'] as const;
const CONSEQUENCE: Record<(typeof FIELDS)[number], string> = {
  whenDeleted: "deleting the StatefulSet deletes every replica's claim",
  whenScaled: 'scaling down deletes the claims of the removed replicas',
};

export default defineRule({
  id: 'sts-retention-policy',
  severity: 'error',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A StatefulSet persistentVolumeClaimRetentionPolicy value other than Retain or Delete, or Delete on claims whose volumes are deleted with them',
    why: '`whenDeleted` and `whenScaled` accept only `Retain` (the default) and `Delete`; anything else makes the API server reject the StatefulSet (error). `Delete` is valid but makes the controller own the claims: deleting the StatefulSet (whenDeleted) or scaling it down (whenScaled) deletes the claims, and when their StorageClass has `reclaimPolicy: Delete` (the default) the volumes and their data go too. A `kubectl delete -f` of a bundle, or a mistaken scale to 0, then destroys the data (info, so that it is a decision, not an accident).',
    fix: 'Use `Retain` or `Delete` exactly. Keep `Retain` for data you cannot lose, or give the claims a StorageClass with `reclaimPolicy: Retain` so that deleting a claim leaves the volume behind.',
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: nats
spec:
  clusterIP: None
  selector: {app: nats}
  ports:
    - {name: client, port: 4222}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nats
spec:
  serviceName: nats
  replicas: 3
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retained # expect: sts-retention-policy/unsupported@18
    whenScaled: Retain
  selector:
    matchLabels: {app: nats}
  template:
    metadata:
      labels: {app: nats}
    spec:
      containers:
        - name: nats
          image: nats:2.10
          args: [--jetstream, --store_dir=/data]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: nats
spec:
  clusterIP: None
  selector: {app: nats}
  ports:
    - {name: client, port: 4222}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nats
spec:
  serviceName: nats
  replicas: 3
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retain
    whenScaled: Retain
  selector:
    matchLabels: {app: nats}
  template:
    metadata:
      labels: {app: nats}
    spec:
      containers:
        - name: nats
          image: nats:2.10
          args: [--jetstream, --store_dir=/data]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,
    },
    references: [
      'pkg/apis/apps/validation/validation.go (ValidatePersistentVolumeClaimRetentionPolicy)',
      'pkg/controller/statefulset/stateful_set_utils.go (isClaimOwnerUpToDate, updateClaimOwnerRefForSetAndPod)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention',
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#reclaim-policy',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePersistentVolumeClaimRetentionPolicy',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Lower it, or turn it off, for StatefulSets whose data is disposable (caches, preview environments) and where `Delete` is a deliberate choice; keep it where losing the volumes on a scale-down would hurt.',
  },
  messages: {
    unsupported: "{sts} sets persistentVolumeClaimRetentionPolicy.{field} to '{value}'; supported values are Retain and Delete",
    deletesData:
      '{sts} sets persistentVolumeClaimRetentionPolicy.{field}: Delete, so {consequence}, and StorageClass {classes} (reclaimPolicy Delete) deletes their volumes and data with them',
  },
  check(context) {
    const { model } = context;
    for (const sts of statefulSets(model)) {
      const policy = objectOf(objectOf(sts.resource.object.spec).persistentVolumeClaimRetentionPolicy);
      for (const field of FIELDS) {
        const value = policy[field];
        const path = ['spec', 'persistentVolumeClaimRetentionPolicy', field];
        if (value === undefined || value === null || value === '' || value === 'Retain') continue;
        if (value !== 'Delete') {
          context.report({
            messageId: 'unsupported',
            data: { sts: describeWorkload(sts), field, value: String(value) },
            resource: sts.resource,
            path,
            fix: `${field}: Retain`,
          });
          continue;
        }
        const deleting = new Map<string, string>();
        for (const { template } of claimTemplates(sts)) {
          const className = model.claimClass(template).effective;
          const storageClass = model.storageClassFor(model.claimClass(template));
          const reclaim = storageClass && (objectOf(storageClass.object).reclaimPolicy ?? 'Delete');
          if (storageClass && reclaim === 'Delete') deleting.set(className, storageClass.name);
        }
        if (deleting.size === 0) continue;
        const classes = [...deleting.keys()];
        context.report({
          messageId: 'deletesData',
          data: { sts: describeWorkload(sts), field, consequence: CONSEQUENCE[field], classes: classes.map((c) => `'${c}'`).join(', ') },
          resource: sts.resource,
          path,
          related: classes.flatMap((c) => {
            const sc = model.storageClass(c);
            return sc ? [{ resource: sc, path: ['reclaimPolicy'], message: `StorageClass ${c}` }] : [];
          }),
          severity: 'info',
          fix: `${field}: Retain, or a StorageClass with reclaimPolicy: Retain`,
        });
      }
    }
  },
});
