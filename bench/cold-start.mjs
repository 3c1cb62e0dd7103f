// node bench/cold-start.mjs [--runs N] [--previous <cli.js>] [--previous-rev <git rev>] [--pre-commit] [--pre-commit-runs N]
//
// Start-up as a user meets it: the whole process, node start to exit, on one small file and on
// --help, alternating run by run with `node -e 0` (the floor no JavaScript CLI can beat) so that
// machine load hits all alike; median of the runs, and the ratio to the floor's median. With
// --previous, the same for another build (e.g. the previous release's dist/src/cli.js) in the same
// loop. With --pre-commit, the hook's first run (a fresh pre-commit cache: clone and install) and a
// one-file run, for this repository's HEAD and for --previous-rev. Numbers are printed, never asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 10);
const preCommitRuns = Number(option('--pre-commit-runs') ?? 5);
const previous = option('--previous');
const previousRev = option('--previous-rev');
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kstorelint-cold-'));
const small = path.join(work, 'claim.yaml');
fs.writeFileSync(
  small,
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n',
);

/** Wall ms of the whole process, and its CPU ms (user + system, from GNU time) where available. */
function measure(argv, options = {}) {
  const command = timeBin ? [timeBin, '-f', '@@ %U %S', ...argv] : argv;
  const started = process.hrtime.bigint();
  const run = spawnSync(command[0], command.slice(1), { encoding: 'utf8', cwd: work, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const times = /@@ ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
  if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { ms, cpu: times ? (Number(times[1]) + Number(times[2])) * 1000 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = process.execPath;
const cases = [
  { name: 'node -e 0 (floor)', argv: [node, '-e', '0'] },
  { name: 'bundle: one small file', argv: [node, path.join(root, 'dist', 'cli.js'), '--no-config', small] },
  { name: 'bundle: --help', argv: [node, path.join(root, 'dist', 'cli.js'), '--help'] },
  ...(previous
    ? [
        { name: 'previous: one small file', argv: [node, path.resolve(previous), '--no-config', small] },
        { name: 'previous: --help', argv: [node, path.resolve(previous), '--help'] },
      ]
    : []),
];

console.log(
  `node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${runs} runs each, alternating`,
);
for (const c of cases) measure(c.argv); // warm the file cache: "cold" is the process, not the disk
const samples = cases.map(() => []);
for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i].push(measure(c.argv)));
const floor = { ms: median(samples[0].map((s) => s.ms)), cpu: median(samples[0].map((s) => s.cpu)) };
console.log('\n| command | median wall ms | × floor (wall) | median CPU ms | × floor (CPU) |');
console.log('|---|---|---|---|---|');
cases.forEach((c, i) => {
  const ms = median(samples[i].map((s) => s.ms));
  const cpu = median(samples[i].map((s) => s.cpu));
  console.log(`| ${c.name} | ${ms.toFixed(0)} | ${(ms / floor.ms).toFixed(2)} | ${cpu.toFixed(0)} | ${(cpu / floor.cpu).toFixed(2)} |`);
});

if (args.includes('--pre-commit')) {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  // The floor: pre-commit itself, running a local hook that does nothing.
  const noop = 'repos:\n  - repo: local\n    hooks:\n      - {id: kstorelint, name: noop, entry: "true", language: system}\n';
  const hookConfig = (rev) => `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: kstorelint\n`;
  const revs = [
    { name: 'pre-commit alone (a hook that runs `true`)', config: noop },
    { name: `HEAD (${head.slice(0, 7)})`, config: hookConfig(head) },
    ...(previousRev ? [{ name: `previous (${previousRev.slice(0, 7)})`, config: hookConfig(previousRev) }] : []),
  ];
  console.log('\n| pre-commit hook | first run s (clone + install) | one-file run, median ms |');
  console.log('|---|---|---|');
  for (const { name, config } of revs) {
    const repo = fs.mkdtempSync(path.join(work, 'repo-'));
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(repo, '.cache') };
    const git = (...a) => spawnSync('git', a, { cwd: repo, env });
    git('init', '-q');
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), config);
    fs.copyFileSync(small, path.join(repo, 'claim.yaml'));
    git('add', '.');
    const hook = ['pre-commit', 'run', 'kstorelint', '--files', 'claim.yaml'];
    const first = measure(hook, { cwd: repo, env });
    const again = Array.from({ length: preCommitRuns }, () => measure(hook, { cwd: repo, env }).ms);
    console.log(`| ${name} | ${(first.ms / 1000).toFixed(1)} | ${median(again).toFixed(0)} |`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
