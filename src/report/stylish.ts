import { Chalk } from 'chalk';
import type { LoadStats } from '../load/load.js';
import type { Finding, Severity } from '../types.js';

export interface StylishOptions {
  color: boolean;
}

/** ESLint's stylish layout: findings grouped by file, the other end of a reference as "see file:line:col". */
export function formatStylish(allFindings: readonly Finding[], stats: LoadStats, options: StylishOptions): string {
  const findings = allFindings.filter((finding) => !finding.suppressed);
  const suppressed = allFindings.length - findings.length;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(chalk.underline(finding.file));
      currentFile = finding.file;
    }
    const where = chalk.dim(`${finding.line}:${finding.column}`.padEnd(8));
    lines.push(`  ${where} ${paint[finding.severity](finding.severity.padEnd(7))} ${finding.message}  ${chalk.dim(finding.ruleId)}`);
    for (const related of finding.related) {
      lines.push(`           ${chalk.dim(`see ${related.file}:${related.line}:${related.column}`)} ${chalk.dim(related.message)}`);
    }
    if (finding.fix) lines.push(`           ${chalk.dim('fix:')} ${finding.fix}`);
  }
  if (findings.length > 0) lines.push('');
  lines.push(summaryLine(findings, stats, chalk) + (suppressed ? chalk.dim(` — ${suppressed} suppressed`) : ''));
  return lines.join('\n') + '\n';
}

function summaryLine(findings: readonly Finding[], stats: LoadStats, chalk: InstanceType<typeof Chalk>): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const totals = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
  const skipped = [
    stats.skippedNonKubernetes ? `${stats.skippedNonKubernetes} skipped as not Kubernetes` : '',
    stats.helmTemplates ? `${stats.helmTemplates} unrendered templates` : '',
    stats.unparseable ? `${stats.unparseable} unparseable` : '',
    stats.schemaSkipped ? `${stats.schemaSkipped} of kinds without a schema` : '',
    stats.ignoredByDefault ? `${plural(stats.ignoredByDefault, 'file')} ignored by default` : '',
  ].filter(Boolean);
  const scope = `${plural(stats.files, 'file')}, ${plural(stats.resources, 'object')}${skipped.length ? ` (${skipped.join(', ')})` : ''}`;
  const head =
    findings.length === 0
      ? chalk.green('✔ no problems')
      : (count('error') ? chalk.red : chalk.yellow)(`✖ ${plural(findings.length, 'problem')}`);
  return `${head} (${totals}) in ${scope}`;
}
