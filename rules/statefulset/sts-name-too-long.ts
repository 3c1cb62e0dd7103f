import { isDns1123Label } from '../../src/k8s/names.js';
import { defineRule } from '../../src/rule.js';

/** 63 (label value limit) − 11 for `-<hash>` in the controller-revision-hash label (hash up to 10 chars). */
export const MAX_STATEFULSET_NAME = 52;

export default defineRule({
  id: 'sts-name-too-long',
  severity: 'error',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet name longer than 52 characters (no pod is ever created) or not a DNS-1123 label',
    why: 'Every StatefulSet pod carries the label `controller-revision-hash: <name>-<hash>` with a hash of up to 10 characters, and label values are limited to 63 characters. With a name of 53 to 63 characters the API server accepts the StatefulSet, but every pod creation fails with `metadata.labels: Invalid value: "<name>-58d5fbb889": must be no more than 63 characters` (kubernetes/kubernetes#64023). Names must also be DNS-1123 labels (lower case, digits and `-`, at most 63), otherwise the StatefulSet itself is rejected.',
    fix: 'Shorten the name to 52 characters or less, in lower case letters, digits and `-`. Charts often build it from release and chart names: set `fullnameOverride`.',
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: analytics
spec:
  clusterIP: None
  selector: {app: analytics}
  ports:
    - {name: http, port: 8080}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: production-eu-west-1-analytics-clickhouse-replica-set # expect: sts-name-too-long/tooLong@9
spec:
  serviceName: analytics
  replicas: 2
  selector:
    matchLabels: {app: analytics}
  template:
    metadata:
      labels: {app: analytics}
    spec:
      containers:
        - name: clickhouse
          image: clickhouse/clickhouse-server:24.8
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: analytics
spec:
  clusterIP: None
  selector: {app: analytics}
  ports:
    - {name: http, port: 8080}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: analytics-clickhouse
spec:
  serviceName: analytics
  replicas: 2
  selector:
    matchLabels: {app: analytics}
  template:
    metadata:
      labels: {app: analytics}
    spec:
      containers:
        - name: clickhouse
          image: clickhouse/clickhouse-server:24.8
`,
    },
    references: [
      'https://github.com/kubernetes/kubernetes/issues/64023',
      'pkg/apis/apps/validation/validation.go (ValidateStatefulSetName)',
      'pkg/controller/history/controller_history.go (ControllerRevisionName)',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: a StatefulSet with a longer name never creates a pod. Turn it off only when the name is a placeholder that a later step shortens.',
  },
  messages: {
    tooLong:
      "StatefulSet name '{name}' has {length} characters; above 52 the controller-revision-hash label '{name}-<hash>' exceeds 63 characters and no pod is ever created",
    invalid:
      "StatefulSet name '{name}' is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); the API server rejects it",
  },
  check(context) {
    for (const resource of context.model.ofKind('StatefulSet')) {
      const name = resource.name;
      if (!name) continue;
      const base = { resource, path: ['metadata', 'name'] };
      if (!isDns1123Label(name)) {
        context.report({ ...base, messageId: 'invalid', data: { name } });
      } else if (name.length > MAX_STATEFULSET_NAME) {
        context.report({
          ...base,
          messageId: 'tooLong',
          data: { name, length: name.length },
          fix: `shorten it by ${name.length - MAX_STATEFULSET_NAME} characters`,
        });
      }
    }
  },
});
