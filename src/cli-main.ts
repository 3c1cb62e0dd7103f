import { readFileSync } from 'node:fs';
import { ConfigError, UsageError } from './errors.js';
import { parseCommandLine } from './commands/args.js';
import type { CommandIO } from './commands/command.js';

const processIO: CommandIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: () => readFileSync(0, 'utf8'),
};

/** The whole CLI as a function: argv in, exit code out (the bin and the GitHub Action call it). */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  // Each command is imported when it runs, so that `--help` or `--version` loads neither the rules
  // nor the engine: start-up is most of a small run's time (the bundle splits at these imports).
  if (values.help) return (await import('./commands/help.js')).helpCommand({ values, operands: [] }, io);
  if (values.version) return (await import('./commands/version.js')).versionCommand({ values, operands: [] }, io);
  const [name, ...rest] = positionals;
  const commands = await import('./commands/all.js');
  const subcommand = name === undefined ? undefined : commands.SUBCOMMANDS.get(name);
  return subcommand ? subcommand({ values, operands: rest }, io) : commands.lint({ values, operands: positionals }, io);
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
