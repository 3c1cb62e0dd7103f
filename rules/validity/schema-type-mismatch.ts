import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';
import { actualText, expectedText, jsonType, originText, pathText } from '../../src/schema/describe.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

/** `defaultMode: "0644"` → `0644`: file modes are octal, and kubectl reads a leading 0 as octal. */
const OCTAL_MODE = /^0?[0-7]{3}$/;
const MODE_FIELDS = new Set(['defaultMode', 'mode']);

/** A concrete rewrite of the value, when the intent is clear. */
function fixFor(
  key: string | number | undefined,
  expected: readonly string[],
  value: unknown,
  written: string | undefined,
): string | undefined {
  if (typeof key !== 'string' || written === undefined) return undefined;
  const type = jsonType(value);
  if (expected.includes('array') && type !== 'object') return `${key}: [${written}]`;
  if (expected.includes('string') && type !== 'object' && type !== 'array') return `${key}: "${written}"`;
  if (
    (expected.includes('integer') || expected.includes('number')) &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  ) {
    if (MODE_FIELDS.has(key) && OCTAL_MODE.test(value)) return `${key}: 0${value.replace(/^0/, '')} (octal, without quotes)`;
    return `${key}: ${value.trim()}`;
  }
  return undefined;
}

export default defineRule({
  id: 'schema-type-mismatch',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  generic: true,
  docs: {
    summary: 'A field has the wrong type: a quoted number, a number where a string is required, a single value where a list is required',
    why: 'The API server cannot decode the object: `kubectl apply` fails with `cannot unmarshal string into Go struct field … of type int32` (e.g. `defaultMode: "0644"`), `json: cannot unmarshal number into Go struct field ConfigMap.data of type string` (a ConfigMap value `port: 8080`), or `cannot unmarshal string into … of type []v1.PersistentVolumeAccessMode` (`accessModes: ReadWriteOnce`). Nothing in the file is applied.',
    fix: 'Quote values that must be strings (ConfigMap data, labels, annotations, env values), unquote numbers, and write lists as lists (`accessModes: [ReadWriteOnce]`). File modes are octal without quotes (`defaultMode: 0644`).',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  port: 8080 # expect: schema-type-mismatch/mismatch@9
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ReadWriteOnce # expect: schema-type-mismatch/mismatch@16
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - {name: settings, mountPath: /etc/app}
        - {name: data, mountPath: /data}
  volumes:
    - name: settings
      configMap:
        name: settings
        defaultMode: "0440" # expect: file-mode-out-of-range/notInteger@22
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  port: "8080"
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - {name: settings, mountPath: /etc/app}
        - {name: data, mountPath: /data}
  volumes:
    - name: settings
      configMap:
        name: settings
        defaultMode: 0440
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
    },
    references: [
      'https://kubernetes.io/docs/reference/kubernetes-api/',
      'https://kubernetes.io/docs/concepts/configuration/configmap/',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    ],
    sources: [
      { tool: 'kubeconform', check: 'schema validation', url: 'https://github.com/yannh/kubeconform' },
      { tool: 'KubeLinter', check: 'schema-validation', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
      { tool: 'Monokle', check: 'K8S001 (schema-violated)' },
    ],
    whenNotToUse:
      "Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since the API server cannot decode such an object at all.",
  },
  messages: {
    mismatch: "{object}: '{path}' must be {expected}, not {actual}{origin}",
  },
  check(context) {
    for (const problem of context.model.schemaCheck.problems) {
      if (problem.kind !== 'type') continue;
      const written = context.scalarSource(problem.resource, problem.path);
      reportWrittenValue(context, {
        messageId: 'mismatch',
        data: {
          object: describe(problem.resource),
          path: pathText(problem.path),
          origin: originText(problem.origin),
          expected: expectedText(problem.expected),
          actual: actualText(problem.value, written),
        },
        resource: problem.resource,
        path: problem.path,
        fix: fixFor(problem.path.at(-1), problem.expected, problem.value, written),
      });
    }
  },
});
