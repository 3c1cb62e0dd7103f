import { describeWorkload } from '../../src/model/workloads.js';
import { configKeyProblem, relaxedEnvNameProblem, strictEnvNameProblem } from '../../src/k8s/env-names.js';
import { listNames } from '../../src/k8s/names.js';
import { kubeMinor, RELAXED_ENV_NAMES_SINCE, usesRelaxedEnvNames } from '../../src/k8s/versions.js';
import { declaredNamespace } from '../../src/load/resource.js';
import { configReferences } from '../../src/model/config-references.js';
import { objectOf, stringOf } from '../../src/util/shape.js';
import { getIn } from '../../src/util/get-in.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'envfrom-key-dropped',
  severity: 'warning',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A ConfigMap or Secret imported with envFrom has keys that are not valid environment variable names, which kubelets before 1.32 skip',
    why: `\`envFrom\` turns every key of the object into a variable named prefix + key. Kubelets before 1.${RELAXED_ENV_NAMES_SINCE} check each name with the strict rule (letters, digits, \`_\`, \`-\`, \`.\`, not starting with a digit) and silently skip the keys that fail, with only a Warning event \`InvalidEnvironmentVariableNames\` ("Keys [..] from the EnvFrom configMap ns/name were skipped since they are considered invalid environment variable names"). Current kubelets import them, so whether the container sees the variable depends on the node version. A key such as \`1-replica.conf\` without a prefix is the usual case.`,
    fix: 'Add an `envFrom[].prefix` that starts with a letter (e.g. `CFG_`), rename the keys, or map the keys you need one by one with `env[].valueFrom.configMapKeyRef`.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: limits
data:
  3d-render-threads: "8"
  max-connections: "100"
---
apiVersion: v1
kind: Pod
metadata:
  name: render
spec:
  containers:
    - name: render
      image: busybox:1.36
      command: [sh, -c, env]
      envFrom:
        - configMapRef:
            name: limits # expect: envfrom-key-dropped/dropped@19
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: limits
data:
  3d-render-threads: "8"
  max-connections: "100"
---
apiVersion: v1
kind: Pod
metadata:
  name: render
spec:
  containers:
    - name: render
      image: busybox:1.36
      command: [sh, -c, env]
      envFrom:
        - prefix: LIMIT_
          configMapRef:
            name: limits
`,
    },
    references: [
      'pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: InvalidEnvironmentVariableNames)',
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#restrictions',
      'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off once every kubelet you run is 1.32 or newer, since those import the keys; a control plane upgraded first can still have older kubelets, so wait until the nodes are upgraded too.',
  },
  messages: {
    dropped: "{where} of {workload} imports {kind} '{name}', whose keys {keys} are not valid variable names{names}; {outcome}",
  },
  check(context) {
    const { model } = context;
    const objects = model.configObjects;
    const relaxed = usesRelaxedEnvNames(kubeMinor(model.options.kubeVersion));
    const outcome = relaxed
      ? `kubelets before 1.${RELAXED_ENV_NAMES_SINCE} skip them with an InvalidEnvironmentVariableNames event, newer ones import them`
      : 'the kubelet skips them with an InvalidEnvironmentVariableNames event';
    for (const workload of model.workloads) {
      const podNamespaceDeclared = declaredNamespace(workload.resource) !== undefined;
      for (const reference of configReferences(workload)) {
        if (reference.source !== 'envFrom') continue;
        const keys = objects.keysOf(objects.reachable(reference.kind, workload.namespace, podNamespaceDeclared, reference.name));
        if (!keys) continue;
        // path ends in [..., 'envFrom', i, 'configMapRef', 'name']: the prefix is next to the ref.
        const prefix = stringOf(objectOf(getIn(workload.resource.object, reference.path.slice(0, -2))).prefix) ?? '';
        // A prefix that is invalid by itself is env-name-invalid's finding.
        if (prefix && relaxedEnvNameProblem(prefix)) continue;
        const bad = [...keys.keys()].filter((key) => !configKeyProblem(key) && strictEnvNameProblem(prefix + key) !== undefined).sort();
        if (bad.length === 0) continue;
        context.report({
          messageId: 'dropped',
          data: {
            where: reference.description,
            workload: describeWorkload(workload),
            kind: reference.kind,
            name: reference.name,
            keys: listNames(bad),
            names: prefix ? ` once prefixed (${listNames(bad.map((key) => prefix + key))})` : '',
            outcome,
          },
          resource: workload.resource,
          path: reference.path,
          fix: prefix
            ? 'rename the keys so that they start with a letter or _'
            : 'add a prefix that starts with a letter, e.g. prefix: CFG_',
        });
      }
    }
  },
});
