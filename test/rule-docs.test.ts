import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { CATEGORIES } from '../src/rule.js';
import { activeFindings } from '../src/engine.js';
import { compareWithExpectations, expectationsIn } from '../src/testing/expectations.js';
import { exampleFiles, lintTexts, repoRoot } from './helpers.js';
import { renderRulesIndex, ruleFiles } from '../scripts/gen-rules-index.js';
import { readFileSync } from 'node:fs';
import { renderRulesMarkdown, withRuleTable } from '../src/report/rule-docs.js';

describe('rule registry', () => {
  it('rules/index.ts lists every rule file (npm run gen)', () => {
    expect(readFileSync(path.join(repoRoot, 'rules', 'index.ts'), 'utf8')).toBe(renderRulesIndex(ruleFiles()));
  });

  it('ids are unique', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('is named after its file, lives in its category folder and has a fixture folder with valid and invalid cases', () => {
    expect(ruleFiles()).toContainEqual({ category: rule.category, id });
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const dir = path.join(repoRoot, 'fixtures', 'rules', id);
    expect(existsSync(dir), `fixtures/rules/${id}/ is missing`).toBe(true);
    const entries = readdirSync(dir);
    expect(
      entries.some((e) => e.startsWith('invalid')),
      'an invalid-* fixture',
    ).toBe(true);
    expect(
      entries.some((e) => e.startsWith('valid')),
      'a valid-* fixture',
    ).toBe(true);
  });

  it('has complete docs and well-formed messages', () => {
    expect(CATEGORIES).toContain(rule.category);
    expect(rule.docs.summary).toMatch(/^[A-Z`].*[^.]$/);
    expect(rule.docs.why.length).toBeGreaterThan(20);
    expect(rule.docs.fix.length).toBeGreaterThan(10);
    expect(rule.docs.references.length).toBeGreaterThan(0);
    for (const [messageId, template] of Object.entries(rule.messages)) {
      expect(template, messageId).toMatch(/^[A-Z{`'"]/);
      expect(template, messageId).not.toMatch(/\.$/);
    }
  });

  it('bad example reports exactly its markers', () => {
    const files = exampleFiles(rule.docs.examples.bad);
    const expectations = Object.entries(files).flatMap(([file, text]) => expectationsIn(file, text));
    expect(expectations.some((e) => e.ruleId === id)).toBe(true);
    expect(compareWithExpectations(expectations, activeFindings(lintTexts(files).findings))).toEqual([]);
  });

  it('good example reports nothing from any rule', () => {
    expect(activeFindings(lintTexts(exampleFiles(rule.docs.examples.good)).findings)).toEqual([]);
  });
});

describe('generated docs (npm run gen)', () => {
  it('docs/rules.md is up to date', () => {
    expect(readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesMarkdown(rules));
  });
  it('the README rule table is up to date', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toBe(withRuleTable(readme, rules));
  });
});
