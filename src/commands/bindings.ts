import type { LintResult } from '../engine.js';
import { bindingRows, formatBindingsJson, formatBindingsTable } from '../report/bindings.js';
import { UsageError } from '../errors.js';

/** `kstorelint bindings`: one row per claim with the PV binder's decision. */
export function bindingsCommand(result: Pick<LintResult, 'model'>, options: { format?: string; namespace?: string }): string {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`bindings: unknown format '${format}' (text, json)`);
  const rows = bindingRows(result.model).filter((row) => options.namespace === undefined || row.namespace === options.namespace);
  return format === 'json' ? formatBindingsJson(rows) : formatBindingsTable(rows);
}
