import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'YAML that does not parse',
    why: 'kubectl rejects the whole file when one document does not parse, so none of its objects is applied. kstorelint still lints the other documents of the file, but the broken one is invisible to every other rule.',
    fix: 'Fix the syntax at the reported position: indentation, an unclosed quote or bracket, a tab used for indentation.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
 labels: {} # expect: yaml-syntax/syntax@1
data:
  mode: fast
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: "fast"
`,
    },
    references: ['https://yaml.org/spec/1.1/'],
    sources: [{ tool: 'Monokle', check: 'YML001 … YML021 (yaml-syntax plugin)' }],
    whenNotToUse:
      'Keep it on: a broken document is invisible to every other rule. Turn it off only for files that are not Kubernetes YAML and cannot be left out with `ignore:`.',
  },
  messages: { syntax: 'YAML syntax error ({code}): {detail}' },
  check(context) {
    for (const problem of context.model.problems) {
      if (problem.kind !== 'syntax') continue;
      context.reportFile({ messageId: 'syntax', data: { code: problem.code, detail: problem.message }, problem });
    }
  },
});
