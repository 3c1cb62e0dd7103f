import { describe, expect, it } from 'vitest';
import { commentDirectives } from '../src/suppress.js';
import { lintTexts } from './helpers.js';

const pod = (claimLine: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: app${annotations}
spec:
  containers:
    - name: app
      image: busybox:1.36
      volumeMounts: [{name: data, mountPath: /data}]
  volumes:
    - name: data
      persistentVolumeClaim:
${claimLine}
`;

describe('suppression directives', () => {
  it('parses rule lists and reasons', () => {
    expect(commentDirectives('f.yaml', 'a: 1 # kstorelint-disable-line rule-a, rule-b -- known issue\n')[0]).toMatchObject({
      kind: 'disable-line',
      line: 1,
      target: 1,
      rules: ['rule-a', 'rule-b'],
      reason: 'known issue',
    });
    expect(commentDirectives('f.yaml', '# kstorelint-disable-next-line\n\n# note\nb: 2\n')[0]).toMatchObject({ target: 4, rules: [] });
  });

  it('keeps a suppressed finding, marked, with its justification', () => {
    const { findings } = lintTexts({
      'p.yaml': pod('        claimName: gone # kstorelint-disable-line claim-not-found -- made by the operator'),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'claim-not-found',
      suppressed: { kind: 'comment', justification: 'made by the operator' },
    });
  });

  it('suppresses per object through the annotation, and only that object', () => {
    const annotated = pod(
      '        claimName: gone',
      '\n  annotations:\n    kstorelint.io/ignore: claim-not-found\n    kstorelint.io/ignore-reason: restored later',
    );
    const other = pod('        claimName: gone').replace('name: app', 'name: other');
    const { findings } = lintTexts({ 'p.yaml': `${annotated}---\n${other}` });
    expect(findings.map((f) => [f.resource?.name, Boolean(f.suppressed)])).toEqual([
      ['app', true],
      ['other', false],
    ]);
  });

  it('reports a directive for an unknown rule and does not suppress', () => {
    const { findings } = lintTexts({ 'p.yaml': pod('        claimName: gone # kstorelint-disable-line claim-not-fuond') });
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['claim-not-found', expect.any(String)],
      ['unused-suppression', "Directive kstorelint-disable-line names unknown rule 'claim-not-fuond'"],
    ]);
  });

  it('disable-file silences the whole file', () => {
    const { findings } = lintTexts({ 'p.yaml': `# kstorelint-disable-file\n${pod('        claimName: gone')}` });
    expect(findings.every((f) => f.suppressed)).toBe(true);
  });
});
