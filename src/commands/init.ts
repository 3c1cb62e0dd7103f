import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAMES, schemaReference, starterConfig } from '../config.js';
import { UsageError } from '../errors.js';
import type { Command } from './command.js';
import { packageVersion } from './version.js';

/** `kstorelint init`: a commented starter configuration in the working directory, never over an existing one. */
export const initCommand: Command = async (_args, io) => {
  const target = path.resolve(CONFIG_NAMES[0]);
  if (existsSync(target)) throw new UsageError(`${CONFIG_NAMES[0]} already exists; not overwritten`);
  writeFileSync(target, starterConfig(schemaReference(process.cwd(), packageVersion())));
  io.stdout.write(`Wrote ${CONFIG_NAMES[0]}\n`);
  return 0;
};
