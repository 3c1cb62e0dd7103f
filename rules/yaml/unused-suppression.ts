import { defineRule } from '../../src/rule.js';

/**
 * Reported by the engine's suppression pass (src/suppress.ts), which alone knows which directives
 * silenced a finding; this file carries the rule's metadata and docs.
 */
export default defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A suppression comment or annotation that silences nothing',
    why: 'A stale `# kstorelint-disable-…` comment or `kstorelint.io/ignore` annotation hides nothing today, but it will silently hide the next real problem of that rule on that line or object. A directive naming an unknown rule is usually a typo, so the finding it was meant for is still reported.',
    fix: 'Remove the directive, or correct the rule id it names.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast # kstorelint-disable-line claim-not-found # expect: unused-suppression/unused@14
`,
      good: `apiVersion: v1
kind: Pod
metadata:
  name: scratch
spec:
  containers:
    - name: app
      image: busybox:1.36
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        # kstorelint-disable-next-line claim-not-found -- created by the backup operator
        claimName: restored-data
`,
    },
    references: ['https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments'],
    sources: [
      {
        tool: 'ESLint',
        check: 'reportUnusedDisableDirectives',
        url: 'https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments',
      },
    ],
    whenNotToUse:
      'Turn it off when the same files are linted with different rule sets (a directive used by one configuration looks unused to the other), or for one run while upgrading kstorelint changes where findings point.',
  },
  messages: { unused: '{detail}' },
  check() {
    // Findings come from the suppression pass, after every other rule has run.
  },
});
