import type { LoadStats } from '../load/load.js';
import type { Finding, Severity } from '../types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: data escapes % CR LF; properties also : and , (actions/toolkit). */
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…::message` command per finding, which GitHub shows on the PR diff. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`kstorelint ${f.ruleId}`)}`,
      ].join(',');
      const related = f.related.map((r) => ` (see ${r.file}:${r.line}:${r.column} ${r.message})`).join('');
      return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message + related)}\n`;
    })
    .join('');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The Markdown job summary written to $GITHUB_STEP_SUMMARY. */
export function formatGithubSummary(findings: readonly Finding[], stats: LoadStats): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines = [
    '## kstorelint',
    '',
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos in ${stats.files} files (${stats.resources} objects).`,
    '',
  ];
  if (findings.length > 0) {
    lines.push('| severity | location | rule | message |', '| --- | --- | --- | --- |');
    for (const f of findings)
      lines.push(`| ${f.severity} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
