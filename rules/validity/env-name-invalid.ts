import { isPlaceholderText } from '../../src/k8s/placeholders.js';
import { describeWorkload } from '../../src/model/workloads.js';
import { envNameProblem } from '../../src/k8s/env-names.js';
import { kubeMinor, RELAXED_ENV_NAMES_SINCE, usesRelaxedEnvNames } from '../../src/k8s/versions.js';
import { indexedObjectsOf, stringOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

export default defineRule({
  id: 'env-name-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'An env var name or envFrom prefix the API server rejects at the target Kubernetes version',
    why: `The API server validates \`env[].name\` and \`envFrom[].prefix\` and rejects the whole workload when one fails. Before Kubernetes 1.${RELAXED_ENV_NAMES_SINCE} the rule is strict: letters, digits, \`_\`, \`-\` and \`.\`, not starting with a digit (\`IsEnvVarName\`). From 1.${RELAXED_ENV_NAMES_SINCE} (RelaxedEnvironmentVariableValidation, beta on by default, GA in 1.34) any printable ASCII character except \`=\` is allowed. A frequent mistake is writing \`name: JAVA_OPTS=-Xmx1g\`, i.e. the value inside the name. The target version is \`--kube-version\`.`,
    fix: 'Put the value in `value:` and keep the name to letters, digits and `_` (which every shell can expand); for clusters older than 1.32, do not start names with a digit.',
    examples: {
      bad: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: eclipse-temurin:21-jre
      env:
        - name: JAVA_OPTS=-Xmx1g # expect: env-name-invalid/name@17
`,
      good: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: eclipse-temurin:21-jre
      env:
        - name: JAVA_OPTS
          value: -Xmx1g
`,
    },
    references: [
      'staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsEnvVarName, IsRelaxedEnvVarName)',
      'pkg/apis/core/validation/validation.go (ValidateEnv, ValidateEnvFrom)',
      'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check:
          "IsEnvVarName: \"a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit\"",
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on, with `--kube-version` set to the oldest cluster you deploy to: the rule follows that version, and every finding is a workload it rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    name: "Env var name '{name}' of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}",
    prefix: "Prefix '{name}' in envFrom of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}",
  },
  check(context) {
    const version = context.model.options.kubeVersion;
    const relaxed = usesRelaxedEnvNames(kubeMinor(version));
    for (const workload of context.model.workloads) {
      for (const { container, path } of workload.containers) {
        const raw = container as unknown as Record<string, unknown>;
        const base = { container: stringOf(raw.name) ?? '', workload: describeWorkload(workload), version };
        const candidates = [
          ...indexedObjectsOf(raw.env).map(([entry, i]) => ({
            messageId: 'name' as const,
            value: stringOf(entry.name),
            at: [...path, 'env', i, 'name'],
          })),
          ...indexedObjectsOf(raw.envFrom).map(([entry, i]) => ({
            messageId: 'prefix' as const,
            value: stringOf(entry.prefix),
            at: [...path, 'envFrom', i, 'prefix'],
          })),
        ];
        for (const { messageId, value, at } of candidates) {
          // An empty name is a required-field error of its own; an empty prefix means none.
          if (!value || isPlaceholderText(value)) continue;
          const problem = envNameProblem(value, relaxed);
          if (!problem) continue;
          const equals = value.indexOf('=');
          reportWrittenValue(context, {
            messageId,
            data: { ...base, name: value, problem },
            resource: workload.resource,
            path: at,
            fix: messageId === 'name' && equals > 0 ? `name: ${value.slice(0, equals)} with value: ${value.slice(equals + 1)}` : undefined,
          });
        }
      }
    }
  },
});
