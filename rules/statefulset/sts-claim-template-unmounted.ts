import { describeWorkload } from '../../src/model/workloads.js';
import { statefulSets } from '../../src/model/statefulset.js';
import { mountsOf } from '../../src/model/volume-mounts.js';
import { claimTemplates } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'sts-claim-template-unmounted',
  severity: 'warning',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet claim template that no container mounts, or a template volume that a claim template silently replaces',
    why: 'The API contract says every `volumeClaimTemplates` entry "must have at least one matching (by name) volumeMount in one container". An unmounted template still creates (and bills for) one claim per replica while the data is written to the container\'s own filesystem and lost on restart — usually a typo or a mount left on another name. Separately, a pod template `volumes` entry with a claim template\'s name is replaced by the claim without a word (info): whatever it declared (an emptyDir, another claim) is never used.',
    fix: "Add a `volumeMounts` (or `volumeDevices`) entry with the claim template's name, or remove the template; rename or remove a template volume that shares a claim template's name.",
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: kafka
spec:
  clusterIP: None
  selector: {app: kafka}
  ports:
    - {name: broker, port: 9092}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels: {app: kafka}
  template:
    metadata:
      labels: {app: kafka}
    spec:
      containers:
        - name: kafka
          image: apache/kafka:3.8.0
  volumeClaimTemplates:
    - metadata:
        name: logs # expect: sts-claim-template-unmounted/unmounted@15
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: kafka
spec:
  clusterIP: None
  selector: {app: kafka}
  ports:
    - {name: broker, port: 9092}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels: {app: kafka}
  template:
    metadata:
      labels: {app: kafka}
    spec:
      containers:
        - name: kafka
          image: apache/kafka:3.8.0
          volumeMounts:
            - {name: logs, mountPath: /var/lib/kafka/data}
  volumeClaimTemplates:
    - metadata:
        name: logs
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`,
    },
    references: [
      'staging/src/k8s.io/api/apps/v1/types.go (StatefulSetSpec.volumeClaimTemplates)',
      'pkg/controller/statefulset/stateful_set_utils.go (updateStorage)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the claim is mounted by a container that a mutating webhook or operator adds at admission (a backup or log shipping sidecar), which the manifests do not show.',
  },
  messages: {
    unmounted: "Claim template '{template}' of {sts} is mounted by no container; each replica gets a claim that holds no data",
    replaced:
      "Volume '{volume}' of {sts} has the name of a claim template and is replaced by the per-replica claim; what it declares is never used",
  },
  check(context) {
    for (const sts of statefulSets(context.model)) {
      const templates = claimTemplates(sts);
      if (templates.length === 0) continue;
      const mounted = new Set(sts.containers.flatMap(mountsOf).flatMap((m) => m.volumeName ?? []));
      const names = new Set<string>();
      for (const { name, path } of templates) {
        if (!name) continue;
        names.add(name);
        if (!mounted.has(name)) {
          context.report({
            messageId: 'unmounted',
            data: { template: name, sts: describeWorkload(sts) },
            resource: sts.resource,
            path: [...path, 'metadata', 'name'],
            fix: `volumeMounts: [{name: ${name}, mountPath: …}]`,
          });
        }
      }
      for (const { volume, path } of sts.volumes) {
        if (typeof volume.name !== 'string' || !names.has(volume.name)) continue;
        context.report({
          messageId: 'replaced',
          data: { volume: volume.name, sts: describeWorkload(sts) },
          resource: sts.resource,
          path: [...path, 'name'],
          severity: 'info',
          fix: 'remove this volume (the claim template provides it) or rename it',
        });
      }
    }
  },
});
