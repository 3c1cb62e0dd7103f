/**
 * Writes the README's sample run: the command, what it prints and its exit code, from a real run
 * of the CLI, between the markers below. `npm run bundle` runs it after building the bundle;
 * test/bundle/readme-sample.test.ts fails when the README shows something else than a run prints.
 *
 * Usage: tsx scripts/readme-sample.ts [cli.js]   (default the committed bundle, dist/cli.js)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README = path.join(root, 'README.md');

/** Two seed scenarios: a claimName that names a PersistentVolume, and a Deployment of a removed API version. */
export const SAMPLE_ARGS = ['fixtures/seeds/004-05-local-pv-claimname-names-pv.yaml', 'fixtures/seeds/001-06-mysql-nfs-deployment.yaml'];

const START = '<!-- sample run: written by scripts/readme-sample.ts (npm run bundle); do not edit -->';
const END = '<!-- end of sample run -->';

/** The sample as the README shows it: what a terminal without colours shows, then the exit code. */
export function renderSample(cli: string): string {
  const run = spawnSync(process.execPath, [cli, ...SAMPLE_ARGS], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  if (run.stderr) throw new Error(`the sample run wrote to stderr: ${run.stderr}`);
  return ['```text', `$ npx kstorelint ${SAMPLE_ARGS.join(' ')}`, run.stdout.trimEnd(), '$ echo $?', String(run.status), '```'].join('\n');
}

/** The README's current sample, between the markers. */
export function readmeSample(readme = readFileSync(README, 'utf8')): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no sample run between '${START}' and '${END}'`);
  return readme.slice(start + START.length, end).trim();
}

export function writeSample(cli: string): void {
  const readme = readFileSync(README, 'utf8');
  const current = readmeSample(readme);
  writeFileSync(README, readme.replace(`${START}\n${current}\n`, `${START}\n${renderSample(cli)}\n`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeSample(path.resolve(process.argv[2] ?? path.join(root, 'dist', 'cli.js')));
  console.log('readme-sample: wrote the sample run to README.md');
}
