import { CATEGORIES, type Example, type AnyRule } from '../rule.js';
import { formatRuleList, sourcesMarkdown } from './rules.js';

const HEADER = '<!-- Generated from rule metadata by `npm run gen`. Do not edit. -->';

const yamlBlock = (example: Example) =>
  typeof example === 'string'
    ? ['```yaml', example.trimEnd(), '```']
    : Object.entries(example).flatMap(([file, text]) => [`\`${file}\``, '', '```yaml', text.trimEnd(), '```', '']);

/** docs/rules.md: every rule's docs, grouped by category, from the same metadata `explain` prints. */
export function renderRulesMarkdown(rules: readonly AnyRule[]): string {
  const lines = [HEADER, '', '# kstorelint rules', '', formatRuleList(rules, 'markdown').replace(/\(docs\/rules\.md#/g, '(#')];
  for (const category of CATEGORIES) {
    const inCategory = rules.filter((rule) => rule.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`## Category: ${category}`, '');
    for (const rule of inCategory) {
      lines.push(
        `### ${rule.id}`,
        '',
        `**${rule.docs.summary}** — default severity \`${rule.severity}\`${rule.recommended ? ', on by default' : ''}; since ${rule.since}.`,
        '',
        '**Why it matters.** ' + rule.docs.why,
        '',
        '**How to fix.** ' + rule.docs.fix,
        '',
        '**When not to use it.** ' + rule.docs.whenNotToUse,
        '',
        'Bad:',
        '',
        ...yamlBlock(rule.docs.examples.bad),
        '',
        'Good:',
        '',
        ...yamlBlock(rule.docs.examples.good),
        '',
        'References: ' + rule.docs.references.join('; '),
        '',
        'Peer checks: ' + sourcesMarkdown(rule.docs.sources),
        '',
      );
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** Replaces the README's rule table between its markers. */
export function withRuleTable(readme: string, rules: readonly AnyRule[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${HEADER}\n\n${formatRuleList(rules, 'markdown')}${readme.slice(end)}`;
}
