import { appendFileSync, writeFileSync } from 'node:fs';
import { rules } from '../../rules/index.js';
import { applyBaseline, createBaseline, parseBaseline } from '../baseline.js';
import { readManifest } from '../discover.js';
import { UsageError } from '../errors.js';
import { activeFindings, atOrAbove } from '../findings.js';
import { formatGithubSummary } from '../report/github.js';
import { render } from '../report/index.js';
import type { HiddenFindings } from '../report/input.js';
import { currentRuleId, renameNotice } from '../rule-aliases.js';
import type { Finding } from '../types.js';
import type { OptionValues } from './args.js';
import type { Command, CommandIO } from './command.js';
import { packageVersion } from './version.js';
import { lintView } from './view.js';

/** `kstorelint <path>...`, the default command: findings in the chosen format; exit 1 at or above --fail-on. */
export const lintCommand: Command = async (args, io) => {
  const { values } = args;
  const { linted, settings, usageProblem } = await lintView(args, io, true);
  const { format, failOn, maxWarnings } = settings;
  if (values['write-baseline']) {
    writeFileSync(values['write-baseline'], JSON.stringify(createBaseline(linted.findings), null, 2) + '\n');
    io.stderr.write(`kstorelint: wrote ${activeFindings(linted.findings).length} findings to ${values['write-baseline']}\n`);
  }
  if (values.baseline) {
    const baseline = readBaseline(values.baseline);
    for (const id of new Set(baseline.findings.map((entry) => entry.ruleId).filter((id) => currentRuleId(id) !== id))) {
      linted.notices.push(renameNotice(id, values.baseline));
    }
    linted.findings = applyBaseline(linted.findings, baseline);
  }
  for (const notice of linted.notices) io.stderr.write(`kstorelint: ${notice}\n`);
  const result = values.quiet
    ? { ...linted, findings: atOrAbove(linted.findings, 'error'), hidden: hiddenByQuiet(linted.findings) }
    : linted;
  const context = { rules, version: packageVersion(), color: useColor(values, io), width: terminalWidth(io) };
  const toFile = { ...context, color: false, width: undefined };
  if (values['output-file']) {
    writeFileSync(values['output-file'], await render(format, result, toFile));
    io.stdout.write(await render('stylish', result, context));
  } else {
    io.stdout.write(await render(format, result, context));
  }
  for (const extra of settings.extraReports) writeFileSync(extra.file, await render(extra.format, result, toFile));
  if (io.env.GITHUB_STEP_SUMMARY && format === 'github')
    appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(result.findings, result.stats));
  for (const error of result.internalErrors) io.stderr.write(`kstorelint: internal error: ${error}\n`);
  if (usageProblem || result.internalErrors.length > 0) return 2;
  const warnings = activeFindings(result.findings).filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`kstorelint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return atOrAbove(result.findings, failOn).length > 0 ? 1 : 0;
};

/** The active findings below error that --quiet leaves out, counted for the summary. */
function hiddenByQuiet(findings: readonly Finding[]): HiddenFindings {
  const active = activeFindings(findings);
  return { warning: active.filter((f) => f.severity === 'warning').length, info: active.filter((f) => f.severity === 'info').length };
}

/** The terminal's width, to wrap long messages to; none when the output goes to a pipe or a file. */
function terminalWidth(io: CommandIO): number | undefined {
  return io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : undefined;
}

/** --color/--no-color win; then NO_COLOR, then FORCE_COLOR (any value but 0), then whether stdout is a terminal. */
function useColor(values: Pick<OptionValues, 'color' | 'no-color'>, io: CommandIO): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '') return io.env.FORCE_COLOR !== '0';
  return io.stdout.isTTY === true;
}

function readBaseline(file: string) {
  const read = readManifest(file);
  if (!read.ok) throw new UsageError(`--baseline ${file}: ${read.message}`);
  try {
    return parseBaseline(read.text);
  } catch (error) {
    throw new UsageError(`--baseline ${file}: ${(error as Error).message}`);
  }
}
