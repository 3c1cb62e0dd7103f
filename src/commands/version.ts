import { existsSync, readFileSync } from 'node:fs';
import type { Command } from './command.js';

/**
 * The version in our package.json: the nearest one above this file, which is the same file whether
 * it runs compiled (dist/src/commands/) or from source (src/commands/, as in tests).
 */
export function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dir.pathname === '/') throw new Error(`no package.json above ${import.meta.url}`);
  }
}

/** `kstorelint --version`. */
export const versionCommand: Command = async (_args, io) => {
  io.stdout.write(`${packageVersion()}\n`);
  return 0;
};
