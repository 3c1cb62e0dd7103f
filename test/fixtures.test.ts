import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ruleFiles } from '../scripts/gen-rules-index.js';
import type { LintResult } from '../src/engine.js';
import { activeFindings } from '../src/findings.js';
import { formatStylish } from '../src/report/stylish.js';
import { compareWithExpectations, expectationsIn } from '../src/testing/expectations.js';
import { exampleFiles, fixtureViews, lintView, repoRoot, type FixtureView } from './helpers.js';

const rulesFixtures = path.join(repoRoot, 'fixtures', 'rules');
const seedFixtures = path.join(repoRoot, 'fixtures', 'seeds');
const snapshots = path.join(repoRoot, 'test', 'rules', '__snapshots__');

/** The bad examples of all rules (rule-docs.test.ts checks their markers), then every fixture view. */
const exampleViews: FixtureView[] = ruleFiles().map(({ category, id }) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`rules/index.ts lacks ${id} (npm run gen)`);
  return { name: `rules/${category}/${id}.ts examples.bad`, files: exampleFiles(rule.docs.examples.bad) };
});
const ruleFixtureViews = readdirSync(rulesFixtures)
  .sort()
  .map((ruleId) => ({ ruleId, views: fixtureViews(path.join(rulesFixtures, ruleId)) }));
const seedViews = existsSync(seedFixtures) ? fixtureViews(seedFixtures) : [];
const allViews = [...exampleViews, ...ruleFixtureViews.flatMap(({ views }) => views), ...seedViews];

/** Markers, message coverage and message snapshots all read the findings: each view is linted once. */
const linted = new Map<FixtureView, LintResult>();
function lintOnce(view: FixtureView): LintResult {
  const result = linted.get(view) ?? lintView(view);
  linted.set(view, result);
  return result;
}

function checkMarkers(view: FixtureView) {
  const expectations = Object.entries(view.files).flatMap(([file, text]) => expectationsIn(file, text));
  return { expectations, differences: compareWithExpectations(expectations, activeFindings(lintOnce(view).findings)) };
}

describe('rule fixtures: every # expect: marker is met and nothing else is reported', () => {
  for (const { ruleId, views } of ruleFixtureViews) {
    for (const view of views) {
      it(view.name, () => {
        const { expectations, differences } = checkMarkers(view);
        expect(differences).toEqual([]);
        const base = path.basename(view.name);
        if (base.startsWith('invalid')) expect(expectations.filter((e) => e.ruleId === ruleId).length).toBeGreaterThan(0);
        if (base.startsWith('valid')) expect(expectations).toEqual([]);
      });
    }
  }
});

describe.runIf(seedViews.length > 0)('seed fixtures', () => {
  for (const view of seedViews) {
    it(view.name, () => {
      expect(checkMarkers(view).differences).toEqual([]);
    });
  }
});

/**
 * Stylish output, as users see it, of one rule's findings in each view that has any. The summary
 * line is left out: it counts the objects of the whole view, which is not the rule's wording.
 */
function renderedMessages(ruleId: string): string {
  const sections = allViews.flatMap((view) => {
    const result = lintOnce(view);
    const own = activeFindings(result.findings).filter((finding) => finding.ruleId === ruleId);
    if (own.length === 0) return [];
    const stylish = formatStylish(own, result.stats, { color: false }).trimEnd();
    const body = `${stylish.slice(0, stylish.lastIndexOf('\n')).trimEnd()}\n`;
    // A one-file fixture is named by stylish's file line already.
    return [body.startsWith(`${view.name}\n`) ? body : `== ${view.name}\n${body}`];
  });
  const header = [
    `# ${ruleId}: its findings on the rule examples and fixtures, as stylish prints them (test/fixtures.test.ts).`,
    '# Markers decide what fires where; this file shows the wording for review. Update: npx vitest run -u test/fixtures.test.ts',
  ];
  return [`${header.join('\n')}\n`, ...sections].join('\n');
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('messages of rule %s', (id, rule) => {
  it('are each produced by a rule example or a fixture', () => {
    const produced = new Set(
      allViews.flatMap((view) =>
        activeFindings(lintOnce(view).findings)
          .filter((finding) => finding.ruleId === id)
          .map((finding) => finding.messageId),
      ),
    );
    const unproduced = Object.keys(rule.messages).filter((messageId) => !produced.has(messageId));
    expect(unproduced, 'messageIds no example or fixture produces').toEqual([]);
  });

  it('read as test/rules/__snapshots__/<rule-id>.txt shows them', async () => {
    await expect(renderedMessages(id)).toMatchFileSnapshot(path.join(snapshots, `${id}.txt`));
  });
});

it('every message snapshot belongs to a rule', () => {
  const ids = new Set(rules.map((rule) => rule.id));
  expect((existsSync(snapshots) ? readdirSync(snapshots) : []).filter((file) => !ids.has(file.replace(/\.txt$/, '')))).toEqual([]);
});
