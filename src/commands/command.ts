import type { ParsedArgs } from './args.js';

/**
 * The terminal a command talks to: its output streams, its environment and standard input. Paths
 * on the command line are files, read and written where they point.
 */
export interface CommandIO {
  stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Standard input, whole: the manifests given as `-`. */
  readStdin(): string;
}

/**
 * Every subcommand has this shape; it resolves to the exit code. A UsageError or ConfigError it
 * throws becomes exit code 2 in the CLI.
 */
export type Command = (args: ParsedArgs, io: CommandIO) => Promise<number>;
