import { activeFindings } from '../findings.js';
import type { AnyRule } from '../rule.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import type { ReportInput } from './input.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  rules: readonly AnyRule[];
  version: string;
  color: boolean;
  /** Terminal columns stylish wraps its messages to; undefined when the output is not a terminal. */
  width?: number;
}

/** Async because the HTML report lays its graph out with Graphviz (WebAssembly). */
export async function render(format: Format, result: ReportInput, context: ReportContext): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(result.findings, result.stats);
    case 'sarif':
      return formatSarif(result.findings, context.rules, context.version);
    case 'github':
      return formatGithub(activeFindings(result.findings));
    case 'junit':
      return formatJunit(activeFindings(result.findings), result.model.resources);
    case 'html':
      return formatHtml(result, context.version);
    case 'compact':
      return formatCompact(result.findings);
    case 'stylish':
      return formatStylish(result.findings, result.stats, { color: context.color, width: context.width, hidden: result.hidden });
  }
}
