import { statSync } from 'node:fs';
import path from 'node:path';
import { discover, readManifest, type DiscoverOptions } from '../discover.js';
import { UsageError } from '../errors.js';
import { isKustomizationDir, renderKustomization } from '../load/kustomize.js';
import type { InputFile } from '../load/load.js';
import type { OptionValues } from './args.js';
import type { CommandIO } from './command.js';

export interface CollectedInputs {
  inputs: InputFile[];
  /** A path that named nothing: reported on stderr as it was met; the run still lints the rest, then exits 2. */
  usageProblem: boolean;
  /** Files the default ignores left out of folder walks and globs, for the summary. */
  ignoredByDefault: number;
}

/**
 * The files of one run, as one cluster view: the paths given (kustomization folders rendered),
 * standard input, and the --context and --cluster files that resolve references but get no findings.
 */
export async function collectInputs(
  paths: readonly string[],
  values: OptionValues,
  discoverOptions: DiscoverOptions,
  io: CommandIO,
): Promise<CollectedInputs> {
  // A kustomization folder is linted as kubectl would apply it: rendered, when kubectl is there.
  const inputs: InputFile[] = [];
  const patterns: string[] = [];
  for (const positional of paths) {
    if (positional === '-' || !isDirectory(positional) || !isKustomizationDir(positional)) {
      patterns.push(positional);
      continue;
    }
    const rendered = renderKustomization(positional);
    if (rendered.ok) {
      inputs.push({
        file: `${positional.replace(/\/+$/, '')}/kustomization.yaml (rendered)`,
        text: rendered.text,
        kustomizationDir: positional,
      });
    } else {
      io.stderr.write(`kstorelint: ${positional}: ${rendered.message}\n`);
      patterns.push(positional);
    }
  }
  const found = await discover(patterns, process.cwd(), discoverOptions);
  let usageProblem = false;
  for (const error of found.errors) {
    io.stderr.write(`kstorelint: ${error.path}: ${error.message}\n`);
    usageProblem = true;
  }
  if (found.stdin) inputs.push({ file: '<stdin>', text: io.readStdin() });
  for (const file of found.files) {
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text });
    else io.stderr.write(`kstorelint: ${file}: ${read.message}; skipped\n`);
  }
  // Hook mode: only the files passed are reported on, but references resolve against the context too.
  const given = new Set(found.files.map((file) => path.normalize(file)));
  const contextFiles = values.context.length ? (await discover(values.context, process.cwd(), discoverOptions)).files : [];
  for (const file of contextFiles) {
    if (given.has(path.normalize(file))) continue;
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text, contextOnly: true });
  }
  for (const file of values.cluster) {
    const read = readManifest(file);
    if (!read.ok) throw new UsageError(`--cluster ${file}: ${read.message}`);
    inputs.push({ file, text: read.text, contextOnly: true });
  }
  return { inputs, usageProblem, ignoredByDefault: found.ignoredByDefault };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
