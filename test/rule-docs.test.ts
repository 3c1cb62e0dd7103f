import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { CATEGORIES } from '../src/rule.js';
import { activeFindings } from '../src/findings.js';
import { compareWithExpectations, expectationsIn } from '../src/testing/expectations.js';
import { exampleFiles, lintTexts, repoRoot } from './helpers.js';
import { renderRulesIndex, ruleFiles } from '../scripts/gen-rules-index.js';
import { readFileSync } from 'node:fs';
import { renderRulesMarkdown, withRuleTable } from '../src/report/rule-docs.js';
import { formatExplain, NO_PEER_CHECK, sourcesMarkdown } from '../src/report/rules.js';
import { SCAFFOLD_NOTE } from '../scripts/new-rule.js';

/**
 * Tools a rule may name as a source, spelt as their projects spell them, so one tool is not listed
 * under two names; add a tool here when a rule first names it.
 */
const PEER_TOOLS = [
  'Kubernetes API server',
  'kube-score',
  'KubeLinter',
  'kubeconform',
  'Monokle',
  'Kubevious',
  'Pluto',
  'Datree',
  'Polaris',
  'Checkov',
  'Trivy',
  'Kyverno',
  'Gatekeeper library',
  'yamllint',
  'ESLint',
  'Argo CD',
  'kustomize',
];

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

  it('says when not to use it in real sentences', () => {
    const text = rule.docs.whenNotToUse;
    expect(text).toMatch(/^[A-Z`].*\.$/s);
    expect(text.split(/\s+/).length, 'at least a dozen words').toBeGreaterThanOrEqual(12);
    expect(text).not.toMatch(/\bTODO\b|\bTBD\b|\.\.\.$/);
    expect(text, 'not the docs of another field').not.toBe(rule.docs.fix);
  });

  it('names its peer checks as well-formed sources, or none', () => {
    for (const source of rule.docs.sources) {
      expect(
        Object.keys(source).every((key) => ['tool', 'check', 'url'].includes(key)),
        JSON.stringify(source),
      ).toBe(true);
      expect(PEER_TOOLS, `unknown tool name '${source.tool}'`).toContain(source.tool);
      expect(source.check.trim(), 'a check id or message').toBe(source.check);
      expect(source.check.length).toBeGreaterThan(1);
      expect(source.check).not.toMatch(/\n/);
      if (source.url !== undefined) expect(() => new URL(source.url!), source.url).not.toThrow();
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    }
    const pairs = rule.docs.sources.map((source) => `${source.tool}\u0000${source.check}`);
    expect(new Set(pairs).size, 'no source twice').toBe(pairs.length);
  });

  it('is written, not the new-rule scaffold', () => {
    expect(JSON.stringify(rule.docs)).not.toContain(SCAFFOLD_NOTE);
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

describe('peer checks and when not to use a rule, as rendered', () => {
  const withoutPeers = rules.find((rule) => rule.docs.sources.length === 0)!;
  const withPeers = rules.find((rule) => rule.docs.sources.some((source) => source.url))!;

  it('docs/rules.md says when no peer checks a rule, and links the peer checks of the others', () => {
    const markdown = renderRulesMarkdown([withoutPeers, withPeers]);
    expect(markdown).toContain(`**When not to use it.** ${withoutPeers.docs.whenNotToUse}`);
    expect(markdown).toContain(`Peer checks: ${NO_PEER_CHECK}`);
    const linked = withPeers.docs.sources.find((source) => source.url)!;
    expect(markdown).toContain(`[\`${linked.check}\`](${linked.url})`);
  });

  it('explain prints both sections', () => {
    const text = formatExplain(withoutPeers);
    expect(text).toContain(`When not to use it:\n${withoutPeers.docs.whenNotToUse}\n`);
    expect(text).toContain(`Peer checks:\n  ${NO_PEER_CHECK}`);
    expect(formatExplain(withPeers)).toContain(`  ${withPeers.docs.sources[0].tool}: ${withPeers.docs.sources[0].check}`);
  });

  it('keeps a check that quotes a field in backticks one code span', () => {
    expect(sourcesMarkdown([{ tool: 'Kubernetes API server', check: '`selector` does not match template `labels`' }])).toBe(
      'Kubernetes API server `` `selector` does not match template `labels` ``.',
    );
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
