/**
 * Draws the reproducible, stratified random sample of corpus findings that test/corpus/precision-labels.json
 * labels by hand. Input: a folder of per-repository JSON reports (`kstorelint --format json <corpus>/<repo>`
 * saved as <repo>.json, e.g. /work/baseline/before). Strata are (severity, rule id): errors weigh most
 * because an error must be right almost always, warnings less, infos only a handful.
 *
 * Usage: tsx scripts/precision-sample.ts [--from DIR] [--corpus DIR] [--seed N] [--labels FILE] [--out FILE]
 * With --labels, findings that are already labelled (same repo, rule, file, line, column) keep their verdict,
 * so re-running on a later release's output only leaves the new findings to judge.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentRuleId } from '../src/rule-aliases.js';
import { labelKey, type Label, type Severity } from '../test/corpus/precision-labels.js';

/** How many findings to draw per (severity, rule); a stratum with fewer findings is taken whole. */
const PER_RULE: Readonly<Record<Severity, number>> = { error: 8, warning: 4, info: 1 };

interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

type Sampled = Omit<Label, 'verdict' | 'severityOk' | 'reason'> & Partial<Pick<Label, 'verdict' | 'severityOk' | 'reason'>>;

/** mulberry32: a tiny seeded generator, so the same seed draws the same sample on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every finding of every per-repository report, in a fixed order (repository, then report order). */
function readFindings(from: string, corpus: string): Sampled[] {
  const reports = readdirSync(from)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .sort();
  return reports.flatMap((name) => {
    const repo = name.slice(0, -'.json'.length);
    const { findings } = JSON.parse(readFileSync(path.join(from, name), 'utf8')) as { findings: ReportedFinding[] };
    return findings.map((f) => ({
      repo,
      ruleId: currentRuleId(f.ruleId),
      severity: f.severity,
      file: path.relative(corpus, f.file),
      line: f.line,
      column: f.column,
      message: f.message,
    }));
  });
}

function sample(findings: readonly Sampled[], seed: number): Sampled[] {
  const strata = new Map<string, Sampled[]>();
  for (const f of findings) {
    const key = `${f.severity} ${f.ruleId}`;
    strata.set(key, [...(strata.get(key) ?? []), f]);
  }
  const random = seededRandom(seed);
  const picked: Sampled[] = [];
  // Sorted strata: the generator is consumed in the same order whatever order the reports listed them.
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    picked.push(...shuffled(members, random).slice(0, PER_RULE[members[0].severity]));
  }
  const order = ['error', 'warning', 'info'];
  return picked.sort(
    (a, b) =>
      order.indexOf(a.severity) - order.indexOf(b.severity) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/work/baseline/before' },
    corpus: { type: 'string', default: path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus') },
    seed: { type: 'string', default: '20260810' },
    labels: { type: 'string' },
    out: { type: 'string' },
  },
});

const drawn = sample(readFindings(values.from, path.resolve(values.corpus)), Number(values.seed));
const known = new Map<string, Label>();
if (values.labels) for (const label of JSON.parse(readFileSync(values.labels, 'utf8')) as Label[]) known.set(labelKey(label), label);
const merged = drawn.map((f) => {
  const label = known.get(labelKey(f));
  return label ? { ...f, verdict: label.verdict, severityOk: label.severityOk, reason: label.reason } : f;
});

const text = JSON.stringify(merged, null, 2) + '\n';
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
const counts = { error: 0, warning: 0, info: 0 };
for (const f of merged) counts[f.severity]++;
const open = merged.filter((f) => f.verdict === undefined).length;
console.error(`sampled ${merged.length}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos; ${open} to label`);
