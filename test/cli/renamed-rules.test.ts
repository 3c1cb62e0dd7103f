import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentRuleId, firstRuleId, RENAMED_RULES } from '../../src/rule-aliases.js';
import { rules } from '../../rules/index.js';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [cli, '--fail-on', 'info', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const statefulSet = (directive = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
${directive}  serviceName: db-headless
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres:16}]
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-renamed-'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('renamed rule ids', () => {
  it('every old id names a rule that exists, and no current rule uses an old id', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    for (const [old, current] of Object.entries(RENAMED_RULES)) {
      expect(ids.has(current), current).toBe(true);
      expect(ids.has(old), old).toBe(false);
      expect(currentRuleId(old)).toBe(current);
      expect(firstRuleId(current)).toBe(old);
    }
    expect(currentRuleId('claim-not-found')).toBe('claim-not-found');
  });

  it('the view reports the current id', () => {
    const dir = workspace({ 'sts.yaml': statefulSet() });
    const result = run(['--format', 'json', 'sts.yaml'], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('sts-service-not-found');
  });

  it('an old id in the configuration still turns the rule off, with a notice naming the new id', () => {
    const dir = workspace({ '.kstorelint.yaml': 'rules:\n  sts-service-missing: "off"\n', 'sts.yaml': statefulSet() });
    const result = run(['sts.yaml'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("rule 'sts-service-missing' was renamed to 'sts-service-not-found'");
  });

  it('an old id in --rule and in a suppression comment still works', () => {
    const dir = workspace({
      'sts.yaml': statefulSet('  # kstorelint-disable-next-line sts-service-missing -- service comes from the chart\n'),
    });
    const suppressed = run(['sts.yaml'], dir);
    expect(suppressed.code).toBe(0);
    expect(suppressed.stderr).toMatch(/sts\.yaml:5: rule 'sts-service-missing' was renamed to 'sts-service-not-found'/);
    const plain = workspace({ 'sts.yaml': statefulSet() });
    expect(run(['--rule', 'sts-service-missing=off', 'sts.yaml'], plain).code).toBe(0);
  });

  it('a baseline written before the rename still matches: fingerprints keep the first id', () => {
    const dir = workspace({ 'sts.yaml': statefulSet() });
    expect(run(['--write-baseline', 'baseline.json', 'sts.yaml'], dir).code).toBe(1);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    for (const entry of baseline.findings) entry.ruleId = entry.ruleId === 'sts-service-not-found' ? 'sts-service-missing' : entry.ruleId;
    writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(baseline));
    const result = run(['--baseline', 'baseline.json', 'sts.yaml'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("baseline.json: rule 'sts-service-missing' was renamed");
  });
});
