import { bindingsCommand } from './bindings.js';
import type { Command } from './command.js';
import { explainCommand } from './explain.js';
import { graphCommand } from './graph.js';
import { initCommand } from './init.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules.js';

/**
 * The commands that read manifests or rules, in one module: the CLI imports it on their first use
 * only (`--help` and `--version` never load it), and the bundle keeps them in one chunk, since
 * each of them loads the engine and the rules anyway.
 */
export const lint: Command = lintCommand;

/** Subcommands by the word that names them; any other first word is a path, and the command is lint. */
export const SUBCOMMANDS: ReadonlyMap<string, Command> = new Map([
  ['rules', rulesCommand],
  ['explain', explainCommand],
  ['init', initCommand],
  ['graph', graphCommand],
  ['bindings', bindingsCommand],
]);
