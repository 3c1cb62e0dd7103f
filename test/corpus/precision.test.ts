/**
 * Precision on real repositories, held against hand-judged labels (precision-labels.json, drawn by
 * scripts/precision-sample.ts). Kept out of the default run by vitest.config.ts: it names findings the tool
 * still gets wrong, so it is the target for that work rather than a gate. Run it with `npm run precision:test`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import {
  corpusAvailable,
  corpusRoot,
  currentFindings,
  disagreement,
  labelKey,
  loadLabels,
  severityNow,
  shapeProblems,
  type Label,
} from './precision-labels.js';

const labels: Label[] = loadLabels();

describe('precision labels file', () => {
  it('every entry has every field, a known verdict and a reason', () => {
    const problems = labels.flatMap((entry, i) => shapeProblems(entry).map((p) => `entry ${i}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('holds at least 150 findings, at least 90 of them errors, each labelled once', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(labels.filter((l) => l.severity === 'error').length).toBeGreaterThanOrEqual(90);
    expect(new Set(labels.map(labelKey)).size).toBe(labels.length);
  });

  it('names rules by their current ids', () => {
    const known = new Set(rules.map((r) => r.id));
    expect(labels.filter((l) => !known.has(l.ruleId)).map((l) => l.ruleId)).toEqual([]);
  });
});

const repos = [...new Set(labels.map((l) => l.repo))].sort();

describe.skipIf(!corpusAvailable())(`labelled findings on the corpus (skipped when ${corpusRoot} is absent)`, () => {
  it.each(repos)('%s: real findings stay, wrong ones go, cluster-dependent ones are not errors', (repo) => {
    const mine = labels.filter((l) => l.repo === repo);
    const missing = mine.filter((l) => !existsSync(path.join(corpusRoot, l.file))).map((l) => l.file);
    expect(missing, 'labelled files must exist in the corpus').toEqual([]);
    const findings = currentFindings(repo);
    const problems = mine.map((l) => disagreement(l, severityNow(l, findings))).filter((p) => p !== undefined);
    expect(problems).toEqual([]);
  });
});
