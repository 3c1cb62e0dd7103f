/**
 * Hand-judged precision labels for findings on real repositories (precision-labels.json), and how to hold
 * the current build against them. Shared by precision.test.ts and scripts/precision-report.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * real: a mistake the author would fix, reported at the right place. A deliberately broken example meant to be
 * applied to a cluster (a troubleshooting lab, a book's failure demo) counts as real: it fails as stated.
 * cluster: right only if the files were the whole cluster; the target plausibly exists in a real one (platform
 * StorageClass, Secret made with kubectl or by an operator, PVs from a provisioner).
 * wrong: not a mistake (misread YAML, merged alternative examples, a patch or template linted as a whole object,
 * a placeholder, a condition that does not hold, a file never meant for a cluster such as parser test input or a
 * vendored API example, a wrong position...).
 */
export type Verdict = 'real' | 'cluster' | 'wrong';
export const VERDICTS: readonly Verdict[] = ['real', 'cluster', 'wrong'];

export interface Label {
  repo: string;
  ruleId: string;
  severity: Severity;
  /** Relative to the corpus root, so it starts with the repository folder. */
  file: string;
  line: number;
  column: number;
  message: string;
  verdict: Verdict;
  /**
   * Does the severity follow the principle (error: rejected or fails in any cluster given only the files;
   * warning: fails under a condition or depends on objects outside the files; info: advice)? For a `wrong`
   * finding, false means the observation would be acceptable at a lower severity (the reason says which);
   * true means it should not be reported at all.
   */
  severityOk: boolean;
  reason: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');
export const labelsFile = path.join(import.meta.dirname, 'precision-labels.json');
export const cliPath = path.join(root, 'dist', 'src', 'cli.js');
/** The corpus lives next to the repository; KSTORELINT_CORPUS points elsewhere. */
export const corpusRoot = path.resolve(process.env.KSTORELINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));

export const labelKey = (f: Pick<Label, 'repo' | 'ruleId' | 'file' | 'line' | 'column'>): string =>
  `${f.repo}\t${f.ruleId}\t${f.file}\t${f.line}\t${f.column}`;

export const loadLabels = (file = labelsFile): Label[] => JSON.parse(readFileSync(file, 'utf8')) as Label[];

/** Why an entry is malformed, or nothing when it is well formed. */
export function shapeProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return ['not an object'];
  const e = entry as Record<string, unknown>;
  const problems: string[] = [];
  const nonEmpty = (key: string) => typeof e[key] === 'string' && (e[key] as string).trim() !== '';
  for (const key of ['repo', 'ruleId', 'file', 'message', 'reason']) if (!nonEmpty(key)) problems.push(`${key} must be a non-empty string`);
  for (const key of ['line', 'column']) if (!Number.isInteger(e[key]) || (e[key] as number) < 1) problems.push(`${key} must be >= 1`);
  if (!SEVERITIES.includes(e.severity as Severity)) problems.push(`severity must be one of ${SEVERITIES.join(', ')}`);
  if (!VERDICTS.includes(e.verdict as Verdict)) problems.push(`verdict must be one of ${VERDICTS.join(', ')}`);
  if (typeof e.severityOk !== 'boolean') problems.push('severityOk must be a boolean');
  if (typeof e.file === 'string' && typeof e.repo === 'string' && !e.file.startsWith(`${e.repo}/`))
    problems.push('file must start with the repository folder');
  const known = new Set([...['repo', 'ruleId', 'severity', 'file', 'line', 'column', 'message'], ...['verdict', 'severityOk', 'reason']]);
  for (const key of Object.keys(e)) if (!known.has(key)) problems.push(`unknown field ${key}`);
  return problems;
}

export interface CurrentFinding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The built CLI's findings for one repository, run as its own view the way the labels' source run was. */
export function currentFindings(repo: string): CurrentFinding[] {
  const run = spawnSync(process.execPath, [cliPath, '--format', 'json', path.join(corpusRoot, repo)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`kstorelint on ${repo} exited ${run.status}: ${run.stderr}`);
  const { findings } = JSON.parse(run.stdout) as { findings: CurrentFinding[] };
  return findings.map((f) => ({ ...f, file: path.relative(corpusRoot, f.file) }));
}

export const corpusAvailable = (): boolean => existsSync(corpusRoot);

const rank = (s: Severity) => SEVERITIES.length - SEVERITIES.indexOf(s);

/**
 * The severity the current build reports for a labelled finding (same rule, file and line; the column may
 * move), the highest when several match, or undefined when it is gone.
 */
export function severityNow(label: Label, findings: readonly CurrentFinding[]): Severity | undefined {
  const here = findings.filter((f) => f.ruleId === label.ruleId && f.file === label.file && f.line === label.line);
  return here.map((f) => f.severity).sort((a, b) => rank(b) - rank(a))[0];
}

/**
 * Whether the current build treats a labelled finding as the label asks, and if not, why.
 * real: still reported. cluster: not an error. wrong: gone, or, when the label says the severity itself was
 * off (severityOk false), at a lower severity than before.
 */
export function disagreement(label: Label, now: Severity | undefined): string | undefined {
  const where = `${label.ruleId} at ${label.file}:${label.line}`;
  switch (label.verdict) {
    case 'real':
      return now === undefined ? `${where} is a real mistake but is no longer reported` : undefined;
    case 'cluster':
      return now === 'error' ? `${where} depends on objects outside the files but is still an error` : undefined;
    case 'wrong':
      if (now === undefined) return undefined;
      if (!label.severityOk && rank(now) < rank(label.severity)) return undefined;
      return `${where} is not a mistake but is still reported as ${now}`;
  }
}
