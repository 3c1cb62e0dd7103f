import { readFileSync } from 'node:fs';
import { ConfigError, UsageError } from './errors.js';
import { parseCommandLine } from './commands/args.js';
import { bindingsCommand } from './commands/bindings.js';
import type { Command, CommandIO } from './commands/command.js';
import { explainCommand } from './commands/explain.js';
import { graphCommand } from './commands/graph.js';
import { helpCommand } from './commands/help.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { rulesCommand } from './commands/rules.js';
import { versionCommand } from './commands/version.js';

/** Subcommands by the word that names them; any other first word is a path, and the command is lint. */
const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['rules', rulesCommand],
  ['explain', explainCommand],
  ['init', initCommand],
  ['graph', graphCommand],
  ['bindings', bindingsCommand],
]);

const processIO: CommandIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: () => readFileSync(0, 'utf8'),
};

/** The whole CLI as a function: argv in, exit code out (the bin and the GitHub Action call it). */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) return helpCommand({ values, operands: [] }, io);
  if (values.version) return versionCommand({ values, operands: [] }, io);
  const [name, ...rest] = positionals;
  const command = name === undefined ? undefined : COMMANDS.get(name);
  return command ? command({ values, operands: rest }, io) : lintCommand({ values, operands: positionals }, io);
}

export function runAndExit(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (
        error instanceof UsageError ||
        error instanceof ConfigError ||
        (error as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')
      ) {
        process.stderr.write(`kstorelint: ${(error as Error).message}\nRun 'kstorelint --help' for usage.\n`);
      } else {
        process.stderr.write(`kstorelint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
      process.exitCode = 2;
    },
  );
}
