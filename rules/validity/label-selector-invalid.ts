import { labelMapProblems, labelSelectorProblems, type SelectorProblem } from '../../src/k8s/label-selector-validation.js';
import { selectorAt, selectorSites, type SelectorSite } from '../../src/model/label-selectors.js';
import { defineRule, type ResourceReport } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

const messages = {
  operator:
    "{owner} has a {where} expression with operator '{value}', which is not one of In, NotIn, Exists, DoesNotExist (case-sensitive)",
  valuesRequired: '{owner} has a {where} expression with operator {operator} and no values; In and NotIn need at least one value',
  valuesForbidden: '{owner} has a {where} expression with operator {operator} and values; Exists and DoesNotExist take none',
  key: "{owner} has {where} key '{value}', which is not a valid label key (an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",
  value:
    "{owner} has {where} value '{value}' for key '{key}', which is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",
} as const;

type Report = ResourceReport<typeof messages>;

function toReport(site: SelectorSite, problem: SelectorProblem): Report {
  const base = { resource: site.resource, path: [...site.path, ...problem.path], data: { owner: site.owner, where: site.where } };
  switch (problem.code) {
    case 'operator':
      return {
        ...base,
        messageId: 'operator',
        data: { ...base.data, value: problem.value },
        fix: problem.suggestion ? `operator: ${problem.suggestion}` : undefined,
      };
    case 'values-required':
      return { ...base, messageId: 'valuesRequired', data: { ...base.data, operator: problem.operator } };
    case 'values-forbidden':
      return {
        ...base,
        messageId: 'valuesForbidden',
        data: { ...base.data, operator: problem.operator },
        fix: 'remove values, or use operator In',
      };
    case 'key':
      return { ...base, messageId: 'key', data: { ...base.data, value: problem.value } };
    case 'value':
      return { ...base, messageId: 'value', data: { ...base.data, value: problem.value, key: problem.key } };
  }
}

export default defineRule({
  id: 'label-selector-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A label selector the API server rejects: unknown operator, In/NotIn without values, Exists/DoesNotExist with values, invalid keys or values',
    why: '`ValidateLabelSelector` rejects the whole object when a `matchExpressions` operator is not exactly `In`, `NotIn`, `Exists` or `DoesNotExist` (`in` and `Equals` fail), when `In`/`NotIn` has no values, when `Exists`/`DoesNotExist` has values, or when a key or value breaks label syntax (`ValidateLabels`: keys are `[prefix/]name`, values at most 63 characters of letters, digits, `-`, `_`, `.`). Checked on claim selectors (PVCs, StatefulSet claim templates, ephemeral templates), workload selectors, pod (anti-)affinity and topology-spread selectors, and Service and ReplicationController selectors.',
    fix: 'Spell the operator exactly, give In/NotIn at least one value and Exists/DoesNotExist none, and keep keys and values to label syntax (no spaces, no leading or trailing `-`, at most 63 characters).',
    examples: {
      bad: `apiVersion: apps/v1
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
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchExpressions:
                  - key: app
                    operator: in # expect: label-selector-invalid/operator@31
                    values: [web]
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: cache, mountPath: /var/cache/nginx}
      volumes:
        - name: cache
          emptyDir: {}
`,
      good: `apiVersion: apps/v1
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
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchExpressions:
                  - key: app
                    operator: In
                    values: [web]
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: cache, mountPath: /var/cache/nginx}
      volumes:
        - name: cache
          emptyDir: {}
`,
    },
    references: [
      'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabelSelector, ValidateLabelSelectorRequirement, ValidateLabels)',
      'staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue)',
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check:
          'ValidateLabelSelectorRequirement: "not a valid selector operator", "must be specified when `operator` is \'In\' or \'NotIn\'"',
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/apis/meta/v1/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const site of selectorSites(context.model)) {
      const value = selectorAt(site);
      const problems = site.shape === 'map' ? labelMapProblems(value) : labelSelectorProblems(value);
      for (const problem of problems) reportWrittenValue(context, toReport(site, problem));
    }
  },
});
