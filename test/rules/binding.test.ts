import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTexts, repoRoot } from '../helpers.js';

const fixture = (rule: string, file: string) => {
  const name = path.join('fixtures', 'rules', rule, file);
  return lintTexts({ [name]: readFileSync(path.join(repoRoot, name), 'utf8') }).findings;
};

describe('binding rules: severities and template findings', () => {
  it('a mutually pre-bound pair that fails checkVolumeSatisfyClaim is a warning, not an error', () => {
    const [finding] = fixture('pvc-volumename-mismatch', 'invalid-mutual-pair-binds-anyway.yaml');
    expect(finding).toMatchObject({ ruleId: 'pvc-volumename-mismatch', severity: 'warning' });
    expect(finding.message).toContain('name each other');
  });

  it('a StatefulSet template mistake is one finding naming the first claim and the count', () => {
    const findings = fixture('pvc-unbindable', 'invalid-statefulset-template.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('claim default/data-db-0 of StatefulSet default/db');
    expect(findings[0].message).toContain('(and 2 more claims of this template)');
    expect(findings[0].message).toContain('requests 5Gi (5368709120 bytes) but PersistentVolume db-pv-a has 2Gi (2147483648 bytes)');
  });

  it('pvc-unbindable shows both sizes in bytes for 10G vs 10Gi', () => {
    const [finding] = fixture('pvc-unbindable', 'invalid-capacity-g-vs-gi.yaml');
    expect(finding.message).toContain('requests 10Gi (10737418240 bytes) but PersistentVolume data-pv has 10G (10000000000 bytes)');
    expect(finding.related[0].message).toBe('closest PersistentVolume data-pv');
  });

  it('a claimRef to a missing claim is an error only with evidence (a near miss, another namespace); the one-sided rule is info', () => {
    expect(fixture('pv-claimref-claim-not-found', 'invalid-typo-and-namespace.yaml').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(fixture('pvc-prebinding-one-sided', 'invalid-volume-name-only.yaml')[0].severity).toBe('info');
  });
});
