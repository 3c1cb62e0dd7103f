import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'yaml-duplicate-key',
  severity: 'error',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A mapping key written twice in one object',
    why: 'kubectl keeps the last value without a word, so the first one is silently lost; with strict field validation the API server rejects the object instead. Either way the manifest does not say what its author thinks.',
    fix: 'Keep one of the two keys, or merge their contents.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
  accessModes: [ReadWriteMany] # expect: yaml-duplicate-key/duplicate@3
`,
      good: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`,
    },
    references: ['https://github.com/kubernetes-sigs/yaml (YAMLToJSONStrict)'],
    sources: [
      {
        tool: 'yamllint',
        check: 'key-duplicates',
        url: 'https://yamllint.readthedocs.io/en/stable/rules.html#module-yamllint.rules.key_duplicates',
      },
      { tool: 'Monokle', check: 'YML010 (no-duplicate-key)' },
      { tool: 'kubeconform', check: '-strict', url: 'https://github.com/yannh/kubeconform' },
    ],
    whenNotToUse:
      "Turn it off if yamllint's `key-duplicates` already runs on the same files; otherwise keep it, because kubectl drops the first value without a word.",
  },
  messages: { duplicate: "Key '{detail}' appears twice in one mapping; kubectl keeps only the last value" },
  check(context) {
    for (const problem of context.model.problems) {
      if (problem.kind !== 'duplicate-key') continue;
      context.reportFile({ messageId: 'duplicate', data: { detail: problem.message }, problem });
    }
  },
});
