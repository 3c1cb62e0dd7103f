import { Chalk } from 'chalk';
import type { LoadStats } from '../load/load.js';
import type { Finding, Severity } from '../types.js';
import type { HiddenFindings } from './input.js';

export interface StylishOptions {
  color: boolean;
  /** Terminal columns: messages wrap to fit. Undefined (not a terminal): one line per message, as `grep` wants. */
  width?: number;
  /** Findings --quiet left out; the summary says how many. */
  hidden?: HiddenFindings;
}

/** Columns before a message: two spaces, line:col in 8, a space, the severity in 7, a space. */
const MESSAGE_INDENT = 19;
/** Columns before a "see" or "fix:" line. */
const DETAIL_INDENT = 11;
/** Narrower than this, wrapping would leave a word or two a line: the terminal wraps instead. */
const NARROWEST = 40;

/** ESLint's stylish layout: findings grouped by file, the other end of a reference as "see file:line:col". */
export function formatStylish(allFindings: readonly Finding[], stats: LoadStats, options: StylishOptions): string {
  const findings = allFindings.filter((finding) => !finding.suppressed);
  const suppressed = allFindings.length - findings.length;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const width = options.width === undefined ? Number.POSITIVE_INFINITY : Math.max(options.width, NARROWEST);
  /** A "see" or "fix:" line: the label dim, the text painted, wrapped below the label's column. */
  const detail = (label: string, text: string, paintText: (text: string) => string) =>
    wrapWords([label, ...text.split(' ')], width - DETAIL_INDENT).map(
      (line, i) => ' '.repeat(DETAIL_INDENT) + (i === 0 ? chalk.dim(label) + paintText(line.slice(label.length)) : paintText(line)),
    );
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(chalk.underline(finding.file));
      currentFile = finding.file;
    }
    const where = chalk.dim(`${finding.line}:${finding.column}`.padEnd(8));
    const message = wrapWords(finding.message.split(' '), width - MESSAGE_INDENT);
    const last = message.length - 1;
    const ruleFits = message[last].length + 2 + finding.ruleId.length <= width - MESSAGE_INDENT;
    const ruleId = chalk.dim(finding.ruleId);
    message.forEach((text, i) => {
      const head = i === 0 ? `  ${where} ${paint[finding.severity](finding.severity.padEnd(7))} ` : ' '.repeat(MESSAGE_INDENT);
      lines.push(`${head}${text}${i === last && ruleFits ? `  ${ruleId}` : ''}`);
    });
    if (!ruleFits) lines.push(`${' '.repeat(MESSAGE_INDENT)}${ruleId}`);
    for (const related of finding.related) {
      lines.push(...detail(`see ${related.file}:${related.line}:${related.column}`, related.message, chalk.dim));
    }
    if (finding.fix) lines.push(...detail('fix:', finding.fix, (text) => text));
  }
  if (findings.length > 0) lines.push('');
  lines.push(
    summaryLine(findings, stats, chalk) + (suppressed ? chalk.dim(` — ${suppressed} suppressed`) : '') + hiddenNote(options.hidden, chalk),
  );
  return lines.join('\n') + '\n';
}

/** Words joined by spaces into lines of at most `width` characters; a word longer than that stands alone. */
export function wrapWords(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What --quiet left out, so that a clean-looking run does not hide that there is more to see. */
function hiddenNote(hidden: HiddenFindings | undefined, chalk: InstanceType<typeof Chalk>): string {
  if (!hidden) return '';
  const parts = [hidden.warning ? plural(hidden.warning, 'warning') : '', hidden.info ? plural(hidden.info, 'info') : ''].filter(Boolean);
  return parts.length ? chalk.dim(` — ${parts.join(' and ')} hidden by --quiet`) : '';
}

function summaryLine(findings: readonly Finding[], stats: LoadStats, chalk: InstanceType<typeof Chalk>): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
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
