import { describe, expect, it } from 'vitest';
import { disagreement, severityNow, shapeProblems, type CurrentFinding, type Label } from './precision-labels.js';

const label = (over: Partial<Label> = {}): Label => ({
  repo: 'owner__repo',
  ruleId: 'claim-not-found',
  severity: 'error',
  file: 'owner__repo/app.yaml',
  line: 12,
  column: 18,
  message: 'Volume data uses claim db',
  verdict: 'real',
  severityOk: true,
  reason: 'No claim db exists in the repository.',
  ...over,
});

const finding = (over: Partial<CurrentFinding> = {}): CurrentFinding => ({
  ruleId: 'claim-not-found',
  severity: 'error',
  file: 'owner__repo/app.yaml',
  line: 12,
  column: 18,
  message: 'Volume data uses claim db',
  ...over,
});

describe('precision label helpers', () => {
  it('accept a complete label and name each broken field', () => {
    expect(shapeProblems(label())).toEqual([]);
    const broken = { ...label(), verdict: 'maybe', line: 0, reason: ' ', file: 'other/app.yaml', extra: 1 };
    expect(shapeProblems(broken)).toEqual([
      'reason must be a non-empty string',
      'line must be >= 1',
      'verdict must be one of real, cluster, wrong',
      'file must start with the repository folder',
      'unknown field extra',
    ]);
  });

  it('find a labelled finding by rule, file and line, whatever its column, at its highest severity', () => {
    const l = label();
    expect(severityNow(l, [finding({ column: 3, severity: 'warning' }), finding({ severity: 'info' })])).toBe('warning');
    expect(severityNow(l, [finding({ line: 13 }), finding({ ruleId: 'volume-spec-invalid' })])).toBeUndefined();
  });

  it('require real findings to stay, cluster ones to stop being errors, wrong ones to go', () => {
    expect(disagreement(label({ verdict: 'real' }), 'info')).toBeUndefined();
    expect(disagreement(label({ verdict: 'real' }), undefined)).toMatch(/no longer reported/);
    expect(disagreement(label({ verdict: 'cluster' }), 'warning')).toBeUndefined();
    expect(disagreement(label({ verdict: 'cluster' }), 'error')).toMatch(/still an error/);
    expect(disagreement(label({ verdict: 'wrong' }), undefined)).toBeUndefined();
    expect(disagreement(label({ verdict: 'wrong' }), 'warning')).toMatch(/still reported as warning/);
  });

  it('let a wrong finding whose severity was the problem stay at a lower severity only', () => {
    const lowerIsFine = label({ verdict: 'wrong', severityOk: false, severity: 'warning' });
    expect(disagreement(lowerIsFine, 'info')).toBeUndefined();
    expect(disagreement(lowerIsFine, 'warning')).toMatch(/still reported as warning/);
    expect(disagreement(lowerIsFine, 'error')).toMatch(/still reported as error/);
  });
});
