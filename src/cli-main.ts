import { readFileSync } from 'node:fs';
import { ConfigError, UsageError } from './errors.js';
import { parseCommandLine } from './commands/args.js';
import type { Command, CommandIO } from './commands/command.js';

type LoadCommand = () => Promise<Command>;

/**
 * Each command is imported when it runs, so that `--help` or `--version` loads neither the rules
 * nor the engine: start-up time is most of a small run (the bundle splits at these imports).
 */
const loadLint: LoadCommand = async () => (await import('./commands/lint.js')).lintCommand;
const loadHelp: LoadCommand = async () => (await import('./commands/help.js')).helpCommand;
const loadVersion: LoadCommand = async () => (await import('./commands/version.js')).versionCommand;

/** Subcommands by the word that names them; any other first word is a path, and the command is lint. */
const COMMANDS: ReadonlyMap<string, LoadCommand> = new Map([
  ['rules', async () => (await import('./commands/rules.js')).rulesCommand],
  ['explain', async () => (await import('./commands/explain.js')).explainCommand],
  ['init', async () => (await import('./commands/init.js')).initCommand],
  ['graph', async () => (await import('./commands/graph.js')).graphCommand],
  ['bindings', async () => (await import('./commands/bindings.js')).bindingsCommand],
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
  if (values.help) return (await loadHelp())({ values, operands: [] }, io);
  if (values.version) return (await loadVersion())({ values, operands: [] }, io);
  const [name, ...rest] = positionals;
  const load = name === undefined ? undefined : COMMANDS.get(name);
  return load ? (await load())({ values, operands: rest }, io) : (await loadLint())({ values, operands: positionals }, io);
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
