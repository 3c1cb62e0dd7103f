/**
 * Robustness check over a folder of real manifests (e.g. ../shared/corpus): runs the built CLI on
 * each top-level folder as its own cluster view and asserts that it never crashes, prints nothing on
 * stderr (no stack trace, no runtime warning), and accounts for every file it was given: each one
 * read, or left out by the default ignores (testdata, vendor, …) and counted as such.
 * Usage: npm run test:corpus -- DIR
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globby } from 'globby';

interface Summary {
  files: number;
  resources: number;
  skippedNonKubernetes: number;
  unparseable: number;
  helmTemplates: number;
  /** Files under testdata/, vendor/, … that the CLI leaves out of a folder walk. */
  ignoredByDefault?: number;
  /** Rendered kustomizations (one input each, counted in files) and the files read through them. */
  kustomizations?: number;
  readThroughKustomizations?: number;
}
interface Report {
  findings: { ruleId: string }[];
  summary: Summary;
}

const root = process.argv[2];
if (!root || !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: npm run test:corpus -- DIR');
  process.exit(2);
}
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src', 'cli.js');
const views = readdirSync(root)
  .filter((entry) => statSync(path.join(root, entry)).isDirectory())
  .sort();

const KUSTOMIZE_NOTICE = /^kstorelint: (kubectl is not on PATH, so \d+ kustomizations? |\d+ kustomizations? could not be rendered)/;

let failures = 0;
const totals = { files: 0, resources: 0, skippedNonKubernetes: 0, unparseable: 0, helmTemplates: 0, ignoredByDefault: 0, expected: 0 };
const perRule = new Map<string, number>();
for (const view of views) {
  const dir = path.join(root, view);
  const expected = (await globby('**/*.{yaml,yml,json}', { cwd: dir, gitignore: true, ignore: ['**/node_modules/**', '**/.git/**'] }))
    .length;
  const run = spawnSync(process.execPath, [cli, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const problems: string[] = [];
  if (run.status !== 0 && run.status !== 1) problems.push(`exit code ${run.status}`);
  // The one line about kustomizations linted as written (kubectl missing, a render that failed) is expected.
  const stderr = run.stderr.split('\n').filter((line) => line.trim() && !KUSTOMIZE_NOTICE.test(line));
  if (stderr.length) problems.push(`stderr: ${stderr.slice(0, 5).join(' | ')}`);
  let report: Report | undefined;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    problems.push('stdout is not JSON');
  }
  if (report) {
    const s = report.summary;
    const ignored = s.ignoredByDefault ?? 0;
    const read = s.files - (s.kustomizations ?? 0) + (s.readThroughKustomizations ?? 0);
    if (read + ignored !== expected) problems.push(`read ${read} and ignored ${ignored} by default of ${expected} files`);
    totals.ignoredByDefault += ignored;
    for (const key of ['files', 'resources', 'skippedNonKubernetes', 'unparseable', 'helmTemplates'] as const) totals[key] += s[key];
    for (const finding of report.findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  }
  totals.expected += expected;
  if (problems.length) {
    failures++;
    console.log(`FAIL ${view}: ${problems.join('; ')}`);
  }
}

console.log(
  `corpus: ${views.length} views, ${totals.files}/${totals.expected} files (${totals.ignoredByDefault} ignored by default), ${totals.resources} objects, ` +
    `${totals.skippedNonKubernetes} skipped as not Kubernetes, ${totals.unparseable} unparseable, ${totals.helmTemplates} unrendered templates`,
);
for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(6)}  ${rule}`);
console.log(`${views.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
