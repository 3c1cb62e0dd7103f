import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'helm-template-unrendered',
  severity: 'warning',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A Helm or Go template given instead of rendered manifests',
    why: 'Template actions such as `{{ .Values.size }}` are not YAML a cluster ever sees; linting the template would only produce a cascade of syntax errors and miss every real problem.',
    fix: 'Render the chart and lint the output: `helm template <release> <chart> | kstorelint -`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ .Release.Name }}-data # expect: helm-template-unrendered/template@9
spec:
  resources:
    requests:
      storage: {{ .Values.size }}
`,
      good: `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: main
  arguments:
    parameters:
      - name: message
        value: "{{workflow.name}}"
`,
    },
    references: ['https://helm.sh/docs/helm/helm_template/'],
    sources: [],
    whenNotToUse:
      'Turn it off, or add the chart templates to `ignore:`, when a repository keeps Helm charts next to plain manifests and the rendered output is linted separately (`helm template … | kstorelint -`).',
  },
  messages: { template: '{detail}' },
  check(context) {
    for (const problem of context.model.problems) {
      if (problem.kind !== 'helm-template') continue;
      context.reportFile({ messageId: 'template', data: { detail: problem.message }, problem });
    }
  },
});
