import { docsUrl, type Example, type AnyRule, type RuleSource } from '../rule.js';

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

/** What the docs say when no other tool has the check: the gap kstorelint exists to fill. */
export const NO_PEER_CHECK = 'No peer checks this.';

/** Inline code that survives backticks in the text (a Kubernetes message quoting a field). */
const inlineCode = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** `kube-score [\`statefulset-has-servicename\`](…)`: one peer check as Markdown. */
export const sourceMarkdown = ({ tool, check, url }: RuleSource) => `${tool} ${url ? `[${inlineCode(check)}](${url})` : inlineCode(check)}`;

export const sourcesMarkdown = (sources: readonly RuleSource[]) =>
  sources.length === 0 ? NO_PEER_CHECK : sources.map(sourceMarkdown).join('; ') + '.';

const sourceText = ({ tool, check, url }: RuleSource) => `  ${tool}: ${check}${url ? ` (${url})` : ''}`;

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
    'When not to use it:',
    rule.docs.whenNotToUse,
    '',
    'Bad:',
    exampleText(rule.docs.examples.bad),
    'Good:',
    exampleText(rule.docs.examples.good),
    'References:',
    ...rule.docs.references.map((r) => `  ${r}`),
    'Peer checks:',
    ...(rule.docs.sources.length === 0 ? [`  ${NO_PEER_CHECK}`] : rule.docs.sources.map(sourceText)),
    `Docs: ${docsUrl(rule.id)}`,
    '',
  ].join('\n');
}
