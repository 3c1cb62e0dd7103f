import { describeWorkload } from '../../src/model/workloads.js';
import type { LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';
import { asLabels, matchesSelector } from '../../src/k8s/labels.js';
import { isObject, objectOf, objectsOf } from '../../src/util/shape.js';
import { inlineLabels, statefulSets } from '../../src/model/statefulset.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
const isSet = (value: unknown) => value !== undefined && value !== null;
const isNegative = (value: unknown) => typeof value === 'number' && value < 0;

const messages = {
  noSelector: '{sts} has no spec.selector; the API server requires one',
  emptySelector: '{sts} has an empty spec.selector ("empty selector is invalid for statefulset")',
  selectorMismatch:
    '{sts} has a spec.selector that does not match its template labels {labels} ("selector does not match template labels")',
  restartPolicy: "{sts} sets restartPolicy '{value}' in its pod template; StatefulSet pods only support Always",
  activeDeadline: '{sts} sets activeDeadlineSeconds in its pod template, which StatefulSets forbid',
  negative: '{sts} sets {field} to {value}; it must be 0 or more',
  podManagementPolicy: "{sts} sets podManagementPolicy '{value}'; supported values are OrderedReady and Parallel",
  updateStrategy: "{sts} sets updateStrategy.type '{value}'; supported values are RollingUpdate and OnDelete",
  rollingUpdateWithOnDelete:
    "{sts} sets updateStrategy.rollingUpdate with type OnDelete; rollingUpdate is only allowed for updateStrategy 'RollingUpdate'",
} as const;

type Context = RuleContext<typeof messages>;

function checkSelector(context: Context, sts: Workload) {
  const data = { sts: describeWorkload(sts) };
  const spec = objectOf(sts.resource.object.spec);
  if (!isSet(spec.selector)) {
    // apps/v1beta1 (removed in 1.16) defaulted the selector from the template labels.
    if (sts.resource.apiVersion === 'apps/v1beta1') return;
    context.report({
      messageId: 'noSelector',
      data,
      resource: sts.resource,
      path: ['spec', 'selector'],
      fix: `selector: {matchLabels: ${inlineLabels(sts.podLabels)}}`,
    });
    return;
  }
  const selector = objectOf(spec.selector);
  const matchLabels = asLabels(selector.matchLabels);
  const expressions = objectsOf<LabelSelectorRequirement>(selector.matchExpressions);
  if (Object.keys(matchLabels).length === 0 && expressions.length === 0) {
    context.report({ messageId: 'emptySelector', data, resource: sts.resource, path: ['spec', 'selector'] });
    return;
  }
  // A malformed expression is label-selector-invalid's finding, not a mismatch.
  if (expressions.some((e) => typeof e.key !== 'string' || !OPERATORS.has(e.operator))) return;
  if (matchesSelector(sts.podLabels, { matchLabels, matchExpressions: expressions })) return;
  context.report({
    messageId: 'selectorMismatch',
    data: { ...data, labels: inlineLabels(sts.podLabels) },
    resource: sts.resource,
    path: ['spec', 'selector'],
    related: [
      {
        resource: sts.resource,
        path: [...sts.specPath.slice(0, -1), 'metadata', 'labels'],
        message: `template labels of ${describeWorkload(sts)}`,
      },
    ],
  });
}

function checkTemplate(context: Context, sts: Workload) {
  const data = { sts: describeWorkload(sts) };
  const { restartPolicy, activeDeadlineSeconds }: { restartPolicy?: unknown; activeDeadlineSeconds?: unknown } = sts.spec;
  if (isSet(restartPolicy) && restartPolicy !== '' && restartPolicy !== 'Always') {
    context.report({
      messageId: 'restartPolicy',
      data: { ...data, value: String(restartPolicy) },
      resource: sts.resource,
      path: [...sts.specPath, 'restartPolicy'],
      fix: 'restartPolicy: Always (or leave it out)',
    });
  }
  if (isSet(activeDeadlineSeconds)) {
    context.report({
      messageId: 'activeDeadline',
      data,
      resource: sts.resource,
      path: [...sts.specPath, 'activeDeadlineSeconds'],
      fix: 'remove activeDeadlineSeconds',
    });
  }
}

function checkFields(context: Context, sts: Workload) {
  const data = { sts: describeWorkload(sts) };
  const spec = objectOf(sts.resource.object.spec);
  const strategy = objectOf(spec.updateStrategy);
  const negatives: [string, JsonPath, unknown][] = [
    ['replicas', ['spec', 'replicas'], spec.replicas],
    ['minReadySeconds', ['spec', 'minReadySeconds'], spec.minReadySeconds],
    ['ordinals.start', ['spec', 'ordinals', 'start'], objectOf(spec.ordinals).start],
    [
      'updateStrategy.rollingUpdate.partition',
      ['spec', 'updateStrategy', 'rollingUpdate', 'partition'],
      objectOf(strategy.rollingUpdate).partition,
    ],
  ];
  for (const [field, path, value] of negatives) {
    if (isNegative(value))
      context.report({ messageId: 'negative', data: { ...data, field, value: String(value) }, resource: sts.resource, path });
  }
  const policy = spec.podManagementPolicy;
  if (isSet(policy) && policy !== '' && policy !== 'OrderedReady' && policy !== 'Parallel') {
    context.report({
      messageId: 'podManagementPolicy',
      data: { ...data, value: String(policy) },
      resource: sts.resource,
      path: ['spec', 'podManagementPolicy'],
    });
  }
  const type = strategy.type;
  if (isSet(type) && type !== '' && type !== 'RollingUpdate' && type !== 'OnDelete') {
    context.report({
      messageId: 'updateStrategy',
      data: { ...data, value: String(type) },
      resource: sts.resource,
      path: ['spec', 'updateStrategy', 'type'],
    });
  }
  if (type === 'OnDelete' && isObject(strategy.rollingUpdate)) {
    context.report({
      messageId: 'rollingUpdateWithOnDelete',
      data,
      resource: sts.resource,
      path: ['spec', 'updateStrategy', 'rollingUpdate'],
      fix: 'remove updateStrategy.rollingUpdate',
    });
  }
}

export default defineRule({
  id: 'sts-spec-invalid',
  severity: 'error',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet spec the API server rejects: selector, restartPolicy, activeDeadlineSeconds, negative counts, unknown policies',
    why: '`ValidateStatefulSetSpec` rejects the whole StatefulSet when `spec.selector` is missing or empty or does not match the template labels, when the pod template sets a `restartPolicy` other than Always or any `activeDeadlineSeconds`, when `replicas`, `minReadySeconds`, `ordinals.start` or `partition` is negative, when `podManagementPolicy` or `updateStrategy.type` is not a supported value, or when `rollingUpdate` is given with `OnDelete`. `kubectl apply` fails, and in a bundle applied by a pipeline everything after it may not be applied either. `selector` cannot be changed later, so getting it right matters.',
    fix: 'Give `spec.selector.matchLabels` a subset of the template labels, leave `restartPolicy` out (or Always), drop `activeDeadlineSeconds`, and use OrderedReady/Parallel and RollingUpdate/OnDelete.',
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  clusterIP: None
  selector: {app: redis}
  ports:
    - {name: redis, port: 6379}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 3
  podManagementPolicy: Paralel # expect: sts-spec-invalid/podManagementPolicy@24
  selector: # expect: sts-spec-invalid/selectorMismatch@3
    matchLabels: {app: redis-cluster}
  template:
    metadata:
      labels: {app: redis}
    spec:
      restartPolicy: OnFailure # expect: sts-spec-invalid/restartPolicy@22
      containers:
        - name: redis
          image: redis:7
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  clusterIP: None
  selector: {app: redis}
  ports:
    - {name: redis, port: 6379}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 3
  podManagementPolicy: Parallel
  selector:
    matchLabels: {app: redis}
  template:
    metadata:
      labels: {app: redis}
    spec:
      containers:
        - name: redis
          image: redis:7
`,
    },
    references: [
      'pkg/apis/apps/validation/validation.go (ValidateStatefulSetSpec, ValidatePodTemplateSpecForStatefulSet)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidateStatefulSetSpec: "`selector` does not match template `labels`"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const sts of statefulSets(context.model)) {
      checkSelector(context, sts);
      checkTemplate(context, sts);
      checkFields(context, sts);
    }
  },
});
