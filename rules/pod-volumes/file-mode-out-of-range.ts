import { describeWorkload } from '../../src/model/workloads.js';
import { isDecimalLiteral, isFileModeInRange, octal, octalReading, symbolic } from '../../src/k8s/file-modes.js';
import { modeFields } from '../../src/k8s/volume-sources.js';
import { fieldLabel, isJsonFile } from '../../src/model/pod-files.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'file-mode-out-of-range',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A `defaultMode` or item `mode` of a configMap, secret, downwardAPI or projected volume is not an integer between 0 and 0777',
    why: 'The API server rejects the pod (or the workload) with "must be a number between 0 and 0777 (octal), both inclusive". kubectl reads YAML with 1.1 rules, so `defaultMode: 644` is the decimal number 644, above 0777 = 511, while `0644` is octal. A quoted `"0644"` is a string and cannot be decoded at all.',
    fix: 'Write the mode in YAML octal with a leading zero (`0644`, `0400`, `0755`), or as its decimal value (420, 256, 493), which is the only choice in JSON.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        defaultMode: 644 # expect: file-mode-out-of-range/outOfRange@22
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        defaultMode: 0644
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (fileModeErrorMsg, validateConfigMapVolumeSource, validateKeyToPath)',
      'staging/src/k8s.io/api/core/v1/types.go (ConfigMapVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',
      'https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: '"must be a number between 0 and 0777 (octal), both inclusive"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    outOfRange: "{field} {written} of volume '{volume}' in {workload} is outside 0–0777 (0–511 in decimal){reading}",
    notInteger: "{field} {written} of volume '{volume}' in {workload} is not an integer; kubectl cannot decode it as a file mode",
  },
  check(context) {
    for (const workload of context.model.workloads) {
      const json = isJsonFile(workload.resource);
      for (const { volume, path: volumePath } of workload.volumes) {
        for (const { path, value } of modeFields(volume)) {
          const at = [...volumePath, ...path];
          const source = context.scalarSource(workload.resource, at) ?? JSON.stringify(value);
          const key = String(path[path.length - 1]);
          const base = { field: fieldLabel(path), volume: volume.name ?? '', workload: describeWorkload(workload) };
          // The octal mode the author most likely meant, from the digits as written.
          const meant = octalReading(typeof value === 'string' ? value.replace(/^0+(?=\d)/, '') : source);
          const suggestion =
            meant !== undefined && isFileModeInRange(meant)
              ? `${key}: ${json ? `${meant} (the decimal value of ${octal(meant)}, ${symbolic(meant)})` : `${octal(meant)} (${symbolic(meant)})`}`
              : undefined;
          if (typeof value !== 'number' || !Number.isInteger(value)) {
            context.report({
              messageId: 'notInteger',
              data: { ...base, written: source },
              resource: workload.resource,
              path: at,
              fix: suggestion,
            });
            continue;
          }
          if (isFileModeInRange(value)) continue;
          // Only worth saying when the digits, read as octal, are a valid mode.
          const decimal = !json && isDecimalLiteral(source) && suggestion !== undefined;
          context.report({
            messageId: 'outOfRange',
            data: {
              ...base,
              written: source === String(value) ? source : `${source} (${value})`,
              reading: decimal ? `: YAML reads ${source} as a decimal number, octal needs a leading 0` : '',
            },
            resource: workload.resource,
            path: at,
            fix: suggestion,
          });
        }
      }
    }
  },
});
