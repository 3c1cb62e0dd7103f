import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'yaml-alias-bomb',
  severity: 'error',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'YAML aliases that expand to an enormous document',
    why: 'Nested aliases ("billion laughs") expand exponentially; the API server refuses such input and a tool that expands it runs out of memory. The document is not linted.',
    fix: 'Write the values out, or use fewer nested aliases.',
    examples: {
      bad: `a: &a [x, x, x, x, x, x, x, x, x, x] # expect: yaml-alias-bomb/bomb@1
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: defaults
data:
  a: x
`,
    },
    references: ['https://en.wikipedia.org/wiki/Billion_laughs_attack'],
    sources: [],
    whenNotToUse:
      'Keep it on: it protects kstorelint and the API server alike. Turn it off only for test inputs that exercise alias expansion on purpose.',
  },
  messages: { bomb: 'YAML aliases expand too far to be read safely ({detail}); the document was skipped' },
  check(context) {
    for (const problem of context.model.problems) {
      if (problem.kind !== 'alias-bomb') continue;
      context.reportFile({ messageId: 'bomb', data: { detail: problem.message }, problem });
    }
  },
});
