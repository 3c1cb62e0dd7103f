import type { LintResult } from '../engine.js';
import { bindingRows, formatBindingsJson, formatBindingsTable } from '../report/bindings.js';
import { UsageError } from '../errors.js';
import type { Command } from './command.js';
import { lintView, writeOutput } from './view.js';

/** One row per claim with the PV binder's decision, as a table or JSON. */
export function renderBindings(result: Pick<LintResult, 'model'>, options: { format?: string; namespace?: string }): string {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`bindings: unknown format '${format}' (text, json)`);
  const rows = bindingRows(result.model).filter((row) => options.namespace === undefined || row.namespace === options.namespace);
  return format === 'json' ? formatBindingsJson(rows) : formatBindingsTable(rows);
}

/** `kstorelint bindings <path>...`: exit 0 with the table, 2 when a path named nothing. */
export const bindingsCommand: Command = async (args, io) => {
  const { values } = args;
  const { linted, usageProblem } = await lintView(args, io, false);
  writeOutput(renderBindings(linted, { format: values.format, namespace: values.namespace }), values['output-file'], io);
  return usageProblem ? 2 : 0;
};
