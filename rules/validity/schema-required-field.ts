import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';
import { originText, pathText } from '../../src/schema/describe.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

export default defineRule({
  id: 'schema-required-field',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  generic: true,
  docs: {
    summary: "A field the kind's schema requires is missing (or null)",
    why: 'The API server rejects the object with `Required value` (a volume mount without `mountPath`, a StorageClass without `provisioner`, a claim volume without `claimName`), so nothing of it is created. `field: null` counts as missing.',
    fix: 'Add the field. The finding points at the object that lacks it.',
    examples: {
      bad: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: cache # expect: schema-required-field/missing@11
          readOnly: false
  volumes:
    - name: cache
      emptyDir: {}
`,
      good: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: cache
          mountPath: /cache
  volumes:
    - name: cache
      emptyDir: {}
`,
    },
    references: ['https://kubernetes.io/docs/reference/kubernetes-api/', 'pkg/apis/core/validation/validation.go (field.Required)'],
    sources: [
      { tool: 'kubeconform', check: 'schema validation', url: 'https://github.com/yannh/kubeconform' },
      { tool: 'KubeLinter', check: 'schema-validation', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
      { tool: 'Monokle', check: 'K8S001 (schema-violated)' },
      {
        tool: 'Kubernetes API server',
        check: 'Required value',
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go',
      },
    ],
    whenNotToUse:
      "Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since a missing required field fails the apply.",
  },
  messages: {
    missing: "{object} lacks the required field '{path}'{origin}",
  },
  check(context) {
    for (const problem of context.model.schemaCheck.problems) {
      if (problem.kind !== 'required') continue;
      reportWrittenValue(context, {
        messageId: 'missing',
        data: { object: describe(problem.resource), path: pathText(problem.path), origin: originText(problem.origin) },
        resource: problem.resource,
        path: problem.path,
      });
    }
  },
});
