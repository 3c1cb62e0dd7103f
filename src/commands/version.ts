import { readFileSync } from 'node:fs';
import type { Command } from './command.js';

/** The version in package.json, found from the compiled file (dist/src/commands/version.js). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `kstorelint --version`. */
export const versionCommand: Command = async (_args, io) => {
  io.stdout.write(`${packageVersion()}\n`);
  return 0;
};
