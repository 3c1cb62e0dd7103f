import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ruleFiles } from '../../scripts/gen-rules-index.js';
import { activeFindings } from '../../src/engine.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { LintResult } from '../../src/engine.js';
import { exampleFiles, fixtureViews, lintTexts, lintView, repoRoot } from '../helpers.js';

/** Every place a rule is shown at work: the bad examples of all rules, then every fixture view. */
function specifications(): { name: string; lint: () => LintResult }[] {
  const examples = ruleFiles().map(({ category, id }) => {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new Error(`rules/index.ts lacks ${id} (npm run gen)`);
    return { name: `rules/${category}/${id}.ts examples.bad`, lint: () => lintTexts(exampleFiles(rule.docs.examples.bad)) };
  });
  const fixtures = ['rules', 'seeds'].flatMap((folder) => {
    const root = path.join(repoRoot, 'fixtures', folder);
    const views =
      folder === 'rules'
        ? readdirSync(root)
            .sort()
            .flatMap((id) => fixtureViews(path.join(root, id)))
        : fixtureViews(root);
    return views.map((view) => ({ name: view.name, lint: () => lintView(view) }));
  });
  return [...examples, ...fixtures];
}

const linted = specifications().map(({ name, lint }) => {
  const result = lint();
  return { name, findings: activeFindings(result.findings), stats: result.stats };
});

const snapshots = path.join(import.meta.dirname, '__snapshots__');

/**
 * Stylish output, as users see it, of one rule's findings in each specification that has any. The
 * summary line is left out: it counts the objects of the whole view, which is not the rule's wording.
 */
function renderedMessages(ruleId: string): string {
  const sections = linted.flatMap(({ name, findings, stats }) => {
    const own = findings.filter((finding) => finding.ruleId === ruleId);
    if (own.length === 0) return [];
    const stylish = formatStylish(own, stats, { color: false }).trimEnd();
    const body = `${stylish.slice(0, stylish.lastIndexOf('\n')).trimEnd()}\n`;
    // A one-file fixture is named by stylish's file line already.
    return [body.startsWith(`${name}\n`) ? body : `== ${name}\n${body}`];
  });
  const header = `# ${ruleId}: its findings on the rule examples and fixtures, as stylish prints them (test/rules/messages.test.ts).\n# Markers decide what fires where; this file shows the wording for review. Update: npx vitest run -u test/rules/messages.test.ts\n`;
  return [header, ...sections].join('\n');
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('every message is produced by a rule example or a fixture', () => {
    const produced = new Set(linted.flatMap(({ findings }) => findings.filter((f) => f.ruleId === id).map((f) => f.messageId)));
    const unproduced = Object.keys(rule.messages).filter((messageId) => !produced.has(messageId));
    expect(unproduced, 'messageIds no example or fixture produces').toEqual([]);
  });

  it('its rendered messages match __snapshots__/<rule-id>.txt', async () => {
    await expect(renderedMessages(id)).toMatchFileSnapshot(path.join(snapshots, `${id}.txt`));
  });
});

it('every message snapshot belongs to a rule', () => {
  const ids = new Set(rules.map((rule) => rule.id));
  expect((existsSync(snapshots) ? readdirSync(snapshots) : []).filter((file) => !ids.has(file.replace(/\.txt$/, '')))).toEqual([]);
});
