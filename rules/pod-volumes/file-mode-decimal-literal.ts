import { describeWorkload } from '../../src/model/workloads.js';
import { isMisreadOctal, octal, octalReading, symbolic } from '../../src/k8s/file-modes.js';
import { modeFields } from '../../src/k8s/volume-sources.js';
import { fieldLabel, isJsonFile } from '../../src/model/pod-files.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'file-mode-decimal-literal',
  severity: 'warning',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A volume file mode is written like an octal mode without the leading 0, so YAML reads it as decimal',
    why: 'kubectl decodes YAML with 1.1 rules: only a leading 0 makes an integer octal. `defaultMode: 400` is the decimal number 400, i.e. mode 0620 (rw--w----): the API server accepts it and the files get 0620 instead of the intended owner-only 0400. Programs that check the permissions of their key files, such as ssh and PostgreSQL, refuse one whose group bits are set. Decimal spellings of ordinary modes (`420` for 0644, `256` for 0400, as kubectl prints them) are left alone, and so is JSON, where decimal is the only spelling.',
    fix: 'Add the leading zero (`0400`), or write the decimal value of the mode you mean (256 for 0400).',
    examples: {
      bad: `apiVersion: v1
kind: Secret
metadata:
  name: api-tls
type: kubernetes.io/tls
stringData:
  tls.crt: placeholder
  tls.key: placeholder
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: nginx:1.27
      volumeMounts:
        - name: tls
          mountPath: /etc/tls
  volumes:
    - name: tls
      secret:
        secretName: api-tls
        defaultMode: 400 # expect: file-mode-decimal-literal/decimal@22
`,
      good: `apiVersion: v1
kind: Secret
metadata:
  name: api-tls
type: kubernetes.io/tls
stringData:
  tls.crt: placeholder
  tls.key: placeholder
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: nginx:1.27
      volumeMounts:
        - name: tls
          mountPath: /etc/tls
  volumes:
    - name: tls
      secret:
        secretName: api-tls
        defaultMode: 0400
`,
    },
    references: [
      'staging/src/k8s.io/api/core/v1/types.go (SecretVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',
      'https://yaml.org/type/int.html (YAML 1.1 integers: octal needs a leading 0)',
      'https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when your manifests deliberately write file modes in decimal and a review checks the numbers, since the rule cannot know that a mode such as 400 was meant as decimal.',
  },
  messages: {
    decimal:
      "{field} {written} of volume '{volume}' in {workload} is the decimal number {value}, i.e. mode {actual} ({actualBits}), not {meant} ({meantBits})",
  },
  check(context) {
    for (const workload of context.model.workloads) {
      if (isJsonFile(workload.resource)) continue;
      for (const { volume, path: volumePath } of workload.volumes) {
        for (const { path, value } of modeFields(volume)) {
          const at = [...volumePath, ...path];
          const source = context.scalarSource(workload.resource, at);
          if (typeof value !== 'number' || source === undefined || !isMisreadOctal(source, value)) continue;
          const meant = octalReading(source) ?? 0;
          context.report({
            messageId: 'decimal',
            data: {
              field: fieldLabel(path),
              written: source,
              value,
              volume: volume.name ?? '',
              workload: describeWorkload(workload),
              actual: octal(value),
              actualBits: symbolic(value),
              meant: octal(meant),
              meantBits: symbolic(meant),
            },
            resource: workload.resource,
            path: at,
            fix: `${String(path[path.length - 1])}: ${octal(meant)}`,
          });
        }
      }
    }
  },
});
