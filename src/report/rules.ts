import { docsUrl, type Example, type AnyRule } from '../rule.js';

export function formatRuleList(rules: readonly AnyRule[], format: 'text' | 'markdown'): string {
  if (format === 'markdown') {
    const rows = rules.map(
      (r) => `| [\`${r.id}\`](docs/rules.md#${r.id}) | ${r.severity} | ${r.category} | ${r.docs.summary.replace(/\|/g, '\\|')} |`,
    );
    return ['| rule | severity | category | what it finds |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(13)}  ${r.docs.summary}`).join('\n') + '\n';
}

const exampleText = (example: Example) =>
  typeof example === 'string'
    ? example
    : Object.entries(example)
        .map(([file, text]) => `# ${file}\n${text}`)
        .join('---\n');

export function formatExplain(rule: AnyRule): string {
  return [
    `${rule.id} (${rule.severity}, ${rule.category})`,
    '',
    rule.docs.summary,
    '',
    'Why:',
    rule.docs.why,
    '',
    'Fix:',
    rule.docs.fix,
    '',
    'Bad:',
    exampleText(rule.docs.examples.bad),
    'Good:',
    exampleText(rule.docs.examples.good),
    'References:',
    ...rule.docs.references.map((r) => `  ${r}`),
    `Docs: ${docsUrl(rule.id)}`,
    '',
  ].join('\n');
}
