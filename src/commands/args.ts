import { parseArgs } from 'node:util';

/**
 * argv as node:util reads it; throws ERR_PARSE_ARGS_* on an unknown or malformed option. One table
 * for every command, so that a flag means the same wherever it is given.
 */
export function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      focus: { type: 'string' },
      'output-file': { type: 'string', short: 'o' },
      report: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'fail-on': { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      'kube-version': { type: 'string' },
      platform: { type: 'string' },
      config: { type: 'string', short: 'c' },
      cluster: { type: 'string', multiple: true, default: [] },
      context: { type: 'string', multiple: true, default: [] },
      chart: { type: 'string', multiple: true, default: [] },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'no-config': { type: 'boolean' },
      'no-default-ignore': { type: 'boolean' },
      rule: { type: 'string', multiple: true, default: [] },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

export type OptionValues = ReturnType<typeof parseCommandLine>['values'];

/** What a command is given: the options, and the words after the command's name (for lint, all of them). */
export interface ParsedArgs {
  values: OptionValues;
  operands: string[];
}
