import { writeFileSync } from 'node:fs';
import { rules } from '../../rules/index.js';
import { lint, type LintResult } from '../engine.js';
import { UsageError } from '../errors.js';
import type { ParsedArgs } from './args.js';
import type { CommandIO } from './command.js';
import { collectInputs } from './inputs.js';
import { runSettings, type RunSettings } from './settings.js';

/** One linted cluster view, as lint, graph and bindings all start from it. */
export interface LintedView {
  linted: LintResult;
  settings: RunSettings;
  usageProblem: boolean;
}

export async function lintView({ values, operands }: ParsedArgs, io: CommandIO, formatIsReport: boolean): Promise<LintedView> {
  if (operands.length === 0) throw new UsageError('no paths given (use - to read standard input)');
  const settings = await runSettings(values, formatIsReport);
  const { inputs, usageProblem, stats } = await collectInputs(operands, values, settings.discover, io);
  const linted = lint(inputs, {
    rules,
    namespace: settings.namespace,
    kubeVersion: settings.kubeVersion,
    ruleSeverity: settings.ruleSeverity,
    assume: settings.config.assume,
    defaultStorageClass: settings.config.defaultStorageClass,
    ...(settings.platform ? { platform: settings.platform } : {}),
  });
  Object.assign(linted.stats, stats);
  return { linted, settings, usageProblem };
}

/** Graph and bindings print their text, or write it to --output-file. */
export function writeOutput(text: string, outputFile: string | undefined, io: CommandIO): void {
  if (outputFile) writeFileSync(outputFile, text);
  else io.stdout.write(text);
}
