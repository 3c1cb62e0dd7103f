/**
 * Precision of the current build on the hand-labelled corpus sample (test/corpus/precision-labels.json).
 * Before = each labelled finding at the severity of the run it was drawn from; after = the severity the built
 * CLI reports now at the same rule, file and line (or gone). Errors count real / total; warnings count
 * (real + cluster) / total, since a warning may rightly depend on the cluster; infos count real / total.
 *
 * Usage: npm run precision [-- --labels-only] [-- --rule <id>]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  cliPath,
  corpusAvailable,
  corpusRoot,
  currentFindings,
  disagreement,
  loadLabels,
  SEVERITIES,
  severityNow,
  shapeProblems,
  VERDICTS,
  type Label,
  type Severity,
  type Verdict,
} from '../test/corpus/precision-labels.js';

const { values } = parseArgs({ options: { 'labels-only': { type: 'boolean', default: false }, rule: { type: 'string' } } });

const all = loadLabels();
const malformed = all.flatMap((entry, i) => shapeProblems(entry).map((p) => `entry ${i}: ${p}`));
if (malformed.length) {
  console.error(malformed.join('\n'));
  process.exit(2);
}
const labels = values.rule ? all.filter((l) => l.ruleId === values.rule) : all;

/** A labelled finding as seen in one run: its severity there, or undefined when that run no longer reports it. */
interface Seen {
  label: Label;
  severity: Severity | undefined;
}

const good = (severity: Severity, verdict: Verdict) => verdict === 'real' || (severity === 'warning' && verdict === 'cluster');

function precisionLine(seen: readonly Seen[], severity: Severity): string {
  const at = seen.filter((s) => s.severity === severity);
  if (at.length === 0) return `${severity}s: none`;
  const ok = at.filter((s) => good(severity, s.label.verdict)).length;
  const what = severity === 'warning' ? 'real or cluster' : 'real';
  return `${severity}s: ${ok}/${at.length} ${what} (${((100 * ok) / at.length).toFixed(1)} %)`;
}

const verdictCounts = (seen: readonly Seen[]) => VERDICTS.map((v) => `${v} ${seen.filter((s) => s.label.verdict === v).length}`).join(', ');

function printRun(title: string, seen: readonly Seen[]): void {
  console.log(`\n${title}`);
  for (const severity of SEVERITIES) console.log(`  ${precisionLine(seen, severity)}`);
  const gone = seen.filter((s) => s.severity === undefined);
  if (gone.length) console.log(`  no longer reported: ${gone.length} (${verdictCounts(gone)})`);
}

const before: Seen[] = labels.map((label) => ({ label, severity: label.severity }));
console.log(`${labels.length} labelled findings (${verdictCounts(before)})${values.rule ? ` for rule ${values.rule}` : ''}`);
printRun('before (the run the labels were drawn from)', before);

let after: Seen[] | undefined;
if (!values['labels-only']) {
  if (!corpusAvailable()) console.log(`\nafter: skipped, no corpus at ${corpusRoot}`);
  else if (!existsSync(cliPath)) console.log(`\nafter: skipped, ${cliPath} is not built (npm run compile)`);
  else {
    after = [];
    for (const repo of [...new Set(labels.map((l) => l.repo))].sort()) {
      const findings = currentFindings(repo);
      for (const label of labels.filter((l) => l.repo === repo)) after.push({ label, severity: severityNow(label, findings) });
    }
    printRun('after (the current build)', after);
  }
}

/** Per rule: before and after as severity:verdict tallies, e.g. `error real 3, error cluster 2 -> warning cluster 2`. */
function tally(seen: readonly Seen[]): string {
  const counts = new Map<string, number>();
  for (const s of seen) {
    const key = `${s.severity ?? 'gone'} ${s.label.verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
}

console.log('\nper rule (severity verdict count)');
for (const rule of [...new Set(labels.map((l) => l.ruleId))].sort()) {
  const mine = (seen: readonly Seen[]) => seen.filter((s) => s.label.ruleId === rule);
  console.log(`  ${rule}: ${tally(mine(before))}${after ? `  ->  ${tally(mine(after))}` : ''}`);
}

if (after) {
  const open = after.map((s) => disagreement(s.label, s.severity)).filter((p) => p !== undefined);
  console.log(`\n${open.length} labelled findings the current build still treats against their label${open.length ? ':' : ''}`);
  for (const problem of open) console.log(`  ${problem}`);
}
