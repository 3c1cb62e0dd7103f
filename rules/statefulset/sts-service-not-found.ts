import { describeWorkload } from '../../src/model/workloads.js';
import { isObject } from '../../src/util/shape.js';
import { serviceNameOf, statefulSets } from '../../src/model/statefulset.js';
import { getIn } from '../../src/util/get-in.js';
import type { JsonPath } from '../../src/types.js';
import { defineRule } from '../../src/rule.js';
import { relatedOf, reportMissingReference } from '../../src/rule-kit/missing-reference.js';
import { podDnsConsequence } from '../../src/rule-kit/pod-dns.js';

const SERVICE_NAME_PATH = ['spec', 'serviceName'];
const MAX_DEPTH = 12;

/** A `serviceName` key anywhere but spec.serviceName: the usual result of a wrong indentation. */
function misplacedServiceName(value: unknown, path: JsonPath = [], seen = new Set<unknown>()): JsonPath | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value) || path.length > MAX_DEPTH) return undefined;
  seen.add(value);
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPath = [...path, key];
    if (key === 'serviceName' && !(path.length === 1 && path[0] === 'spec') && (typeof child === 'string' || child === null))
      return childPath;
  }
  for (const [key, child] of entries) {
    const found = misplacedServiceName(child, [...path, key], seen);
    if (found) return found;
  }
  return undefined;
}

export default defineRule({
  id: 'sts-service-not-found',
  severity: 'warning',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet has no spec.serviceName, or no Service of that name exists in its namespace',
    why: 'The StatefulSet controller gives every pod `hostname: <pod>` and `subdomain: <serviceName>` and does nothing else with the Service (it never reads it; the API server does not check that it exists, although the field\'s documentation says it "must exist before the StatefulSet"). The per-pod DNS names `<pod>.<serviceName>.<namespace>.svc` exist only when a headless Service of exactly that name lives in the same namespace. So nothing fails without it unless something addresses the pods by those names: a peer list (`zk-0.zk-hs:2888`), a replication source (`mysql-0.mysql`), a pod announcing itself (`$(POD_NAME).rabbitmq`). The finding is a warning when the files use such a name (anywhere: env values, args, commands, ConfigMap data) and says where; otherwise it is only a hint naming what would not resolve. The API server accepts an empty `serviceName`, and a `serviceName` indented under `metadata` or at the top level is silently dropped.',
    fix: "Set `spec.serviceName` to the name of a headless Service (`clusterIP: None`) in the StatefulSet's namespace whose selector selects the pods, and add that Service. If the Service exists only in the cluster, lower this rule's severity.",
    examples: {
      bad: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs # expect: sts-service-not-found/notFound@16
  replicas: 3
  selector:
    matchLabels: {app: zk}
  template:
    metadata:
      labels: {app: zk}
    spec:
      containers:
        - name: zookeeper
          image: zookeeper:3.9
          env:
            - name: ZOO_SERVERS
              value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: zk-hs
spec:
  clusterIP: None
  selector: {app: zk}
  ports:
    - {name: peer, port: 2888}
    - {name: election, port: 3888}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs
  replicas: 3
  selector:
    matchLabels: {app: zk}
  template:
    metadata:
      labels: {app: zk}
    spec:
      containers:
        - name: zookeeper
          image: zookeeper:3.9
          env:
            - name: ZOO_SERVERS
              value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181
`,
    },
    references: [
      'pkg/controller/statefulset/stateful_set_utils.go (initIdentity: hostname and subdomain, the only use of serviceName)',
      'staging/src/k8s.io/api/apps/v1/types.go (StatefulSetSpec.serviceName: "must exist before the StatefulSet", not enforced by pkg/apis/apps/validation)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
      'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
    ],
    sources: [
      { tool: 'kube-score', check: 'statefulset-has-servicename', url: 'https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md' },
    ],
    whenNotToUse:
      'List the Service under `assume:` (or pass its manifest with `--cluster`) when it is created outside the linted files. Per-pod names that are put together at run time (a peer discovery plugin that asks the Kubernetes API, a name read from a file the image ships) are not seen: then the hint is a real warning.',
  },
  messages: {
    noServiceName: '{sts} has no spec.serviceName, so its pods get no per-pod DNS names{dns}',
    misplaced:
      "{sts} has no spec.serviceName, but 'serviceName' is written at {at}; it belongs in spec, so its pods get no per-pod DNS names{dns}",
    notFound:
      "{sts} names the governing Service '{service}', which is not a Service in namespace '{namespace}'; its pods get no per-pod DNS names{dns}",
    otherNamespace:
      "{sts} names the governing Service '{service}', which exists only in {other}; it must be in the StatefulSet's namespace '{namespace}' for its pods to get per-pod DNS names{dns}",
  },
  check(context) {
    const { model } = context;
    for (const sts of statefulSets(model)) {
      const service = serviceNameOf(sts);
      const dns = podDnsConsequence(model, sts);
      const data = { sts: describeWorkload(sts), dns: dns.text };
      if (!service) {
        const spec = sts.resource.object.spec;
        const misplaced = misplacedServiceName(sts.resource.object);
        if (misplaced) {
          context.report({
            messageId: 'misplaced',
            data: { ...data, at: misplaced.length === 1 ? 'the top level' : misplaced.join('.') },
            resource: sts.resource,
            path: misplaced,
            related: dns.related,
            fix: 'move serviceName under spec',
            severity: dns.severity,
          });
        } else {
          const written = isObject(spec) && getIn(sts.resource.object, SERVICE_NAME_PATH) !== undefined;
          context.report({
            messageId: 'noServiceName',
            data,
            resource: sts.resource,
            path: written ? SERVICE_NAME_PATH : ['spec'],
            related: dns.related,
            fix: 'serviceName: <a headless Service in this namespace>',
            severity: dns.severity,
          });
        }
        continue;
      }
      const named = { ...data, service, namespace: sts.namespace };
      reportMissingReference(
        context,
        { kind: 'Service', namespace: sts.namespace, name: service, from: { resource: sts.resource, path: SERVICE_NAME_PATH } },
        {
          notFound: ({ didYouMean }) => ({
            messageId: 'notFound',
            data: named,
            related: dns.related,
            fix: didYouMean ?? `add a headless Service '${service}' (clusterIP: None) selecting the pods`,
          }),
          otherNamespace: ({ where, targets }) => ({
            messageId: 'otherNamespace',
            data: { ...named, other: where },
            related: [...relatedOf(targets), ...dns.related],
          }),
          ...(dns.severity === 'info' ? { atMost: 'info' as const } : {}),
        },
      );
    }
  },
});
