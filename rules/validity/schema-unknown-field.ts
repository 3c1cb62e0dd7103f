import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';
import { originText, pathText } from '../../src/schema/describe.js';

export default defineRule({
  id: 'schema-unknown-field',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  generic: true,
  docs: {
    summary: "A field that the kind's schema does not have: a typo, a wrong case, or a field at the wrong indentation",
    why: 'kubectl (1.27+) asks the API server for strict field validation, so `kubectl apply` fails with `unknown field "spec.storageClass"`. With `--validate=false` or other clients the server silently drops the field, so the setting you wrote (a storage class, `readOnly`, a StatefulSet\'s `serviceName`) never takes effect. Custom resources are checked against the CustomResourceDefinitions given in the same run (`x-kubernetes-preserve-unknown-fields` is honoured); kinds without a schema are skipped.',
    fix: 'Rename the field as suggested, or move it to the object it belongs to (a top-level `serviceName` belongs in `spec`).',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClass: standard # expect: schema-unknown-field/didYouMean@17
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
          readonly: true # expect: schema-unknown-field/didYouMean@21
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
      good: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: standard
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
          readOnly: true
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
    },
    references: [
      'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
      'https://kubernetes.io/docs/reference/kubernetes-api/',
      'https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#field-pruning',
    ],
    sources: [
      { tool: 'kubeconform', check: '-strict', url: 'https://github.com/yannh/kubeconform' },
      { tool: 'KubeLinter', check: 'schema-validation', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
      { tool: 'Kubernetes API server', check: 'strict field validation: strict decoding error: unknown field "…"' },
    ],
    whenNotToUse:
      'Turn it off when a tool between the files and the API server reads extra fields out of the manifests and removes them (some templating and GitOps layers do), or when the CustomResourceDefinitions in the files are older than those in the cluster.',
  },
  messages: {
    unknown: "{object} has an unknown field '{path}'{origin}",
    didYouMean: "{object} has an unknown field '{path}'{origin}; did you mean '{suggestion}'?",
    wrongLevel: "{object} has an unknown field '{path}'{origin}; '{field}' belongs in '{where}'",
  },
  check(context) {
    for (const problem of context.model.schemaCheck.problems) {
      if (problem.kind !== 'unknown-field') continue;
      const base = { object: describe(problem.resource), path: pathText(problem.path), origin: originText(problem.origin) };
      const at = { resource: problem.resource, path: problem.path };
      if (problem.belongsAt) {
        const where = pathText(problem.belongsAt.slice(0, -1));
        context.report({
          messageId: 'wrongLevel',
          data: { ...base, field: problem.field, where },
          ...at,
          fix: `move it to ${pathText(problem.belongsAt)}`,
        });
      } else if (problem.suggestion) {
        context.report({
          messageId: 'didYouMean',
          data: { ...base, suggestion: problem.suggestion },
          ...at,
          fix: `rename '${problem.field}' to '${problem.suggestion}'`,
        });
      } else {
        context.report({ messageId: 'unknown', data: base, ...at });
      }
    }
  },
});
