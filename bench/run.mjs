// npm run bench -- [corpusDir] [--runs N] [--runs-100k N] [--peer-runs N] [--skip-100k] [--skip-peer]
// Prints a table: wall time (median), throughput, peak RSS; numbers are printed, never asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const flag = (name) => args.includes(name);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--runs') && !args[i - 1]?.startsWith('--peer'));
// Default as the issue gives it, relative to the working directory (the repository root under npm).
const corpus = path.resolve(positional[0] ?? path.join('..', 'shared', 'corpus'));
const runs = option('--runs', 5);
const runs100k = option('--runs-100k', 3);
const peerRuns = option('--peer-runs', 5);
const genDir = path.join(os.tmpdir(), 'kstorelint-bench');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const sizes = flag('--skip-100k') ? [1000, 10000] : [1000, 10000, 100000];
spawnSync(process.execPath, [path.join(here, 'generate.mjs'), genDir, ...sizes.map(String)], { stdio: 'ignore' });

const bytesOf = (p) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs
    .readdirSync(p, { recursive: true })
    .map((f) => path.join(p, String(f)))
    .filter((f) => /\.(ya?ml|json)$/.test(f) && fs.statSync(f).isFile())
    .reduce((sum, f) => sum + fs.statSync(f).size, 0);
};

/** One process, wall time in ms and peak RSS in MB (GNU time's %M when available). */
function measure(command) {
  const argv = timeBin ? [timeBin, '-f', '%M', process.execPath, ...command] : [process.execPath, ...command];
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, cwd: root });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = timeBin ? Number(run.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const tools = {
  floor: (input) => [path.join(here, 'parse-floor.mjs'), input],
  kstorelint: (input) => [cli, '--format', 'json', '--no-config', input],
  monokle: (input) => [path.join(here, 'run-monokle.mjs'), input],
};

const inputs = [
  { name: 'corpus', path: corpus, objects: undefined, tools: ['floor', 'kstorelint'] },
  ...sizes.flatMap((n) =>
    ['single', 'many'].map((layout) => {
      const label = `${n / 1000}k`;
      return {
        name: `gen-${label}-${layout}`,
        path: path.join(genDir, `gen-${label}-${layout}`),
        objects: n,
        tools: ['floor', 'kstorelint', ...(n <= 10000 && !flag('--skip-peer') ? ['monokle'] : [])],
        runs: n >= 100000 ? runs100k : undefined,
      };
    }),
  ),
];

// Object count of the corpus from kstorelint's own summary.
{
  const out = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', corpus], { encoding: 'utf8', maxBuffer: 1 << 30 });
  inputs[0].objects = JSON.parse(out.stdout).summary.resources;
}

console.log(
  `node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const rows = [];
for (const input of inputs) {
  const mb = bytesOf(input.path) / 2 ** 20;
  const samples = Object.fromEntries(input.tools.map((t) => [t, []]));
  const n = input.runs ?? runs;
  // Alternate the tools run by run, so that machine load hits them alike.
  for (let r = 0; r < n; r++) {
    for (const tool of input.tools) {
      if (tool === 'monokle' && samples.monokle.length >= peerRuns) continue;
      samples[tool].push(measure(tools[tool](input.path)));
    }
  }
  const result = {};
  for (const tool of input.tools) {
    const ms = median(samples[tool].map((s) => s.ms));
    const rss = Math.max(...samples[tool].map((s) => s.rss));
    result[tool] = { ms, rss, runs: samples[tool].length };
    rows.push({ input: input.name, mb, objects: input.objects, tool, ms, rss, runs: samples[tool].length });
  }
  const ratio = (a, b) => (result[a] && result[b] ? (result[a].ms / result[b].ms).toFixed(2) : '–');
  console.log(
    `${input.name}: ${mb.toFixed(1)} MB, ${input.objects} objects | ` +
      input.tools
        .map((t) => `${t} ${(result[t].ms / 1000).toFixed(2)} s (${result[t].runs} runs) ${result[t].rss.toFixed(0)} MB`)
        .join(' | ') +
      ` | kstorelint/floor ${ratio('kstorelint', 'floor')} | monokle/kstorelint ${ratio('monokle', 'kstorelint')}`,
  );
}

// Cold start: one small manifest, whole process, median of ≥10.
const small = path.join(genDir, 'small.yaml');
fs.writeFileSync(
  small,
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n',
);
const cold = Array.from({ length: Math.max(10, runs * 2) }, () => measure([cli, '--no-config', small]));
console.log(
  `cold start (1 small file): median ${median(cold.map((c) => c.ms)).toFixed(0)} ms over ${cold.length} runs, peak RSS ${Math.max(...cold.map((c) => c.rss)).toFixed(0)} MB`,
);

console.log('\n| input | MB | objects | tool | runs | median wall s | MB/s | objects/s | peak RSS MB | ms per 1k objects |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.input} | ${r.mb.toFixed(1)} | ${r.objects} | ${r.tool} | ${r.runs} | ${(r.ms / 1000).toFixed(2)} | ${(r.mb / (r.ms / 1000)).toFixed(2)} | ${Math.round(r.objects / (r.ms / 1000))} | ${r.rss.toFixed(0)} | ${((r.ms / r.objects) * 1000).toFixed(0)} |`,
  );
}
