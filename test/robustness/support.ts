import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION, type LintResult } from '../../src/engine.js';
import type { InputFile } from '../../src/load/load.js';
import { repoRoot } from '../helpers.js';

export const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

export function lintInputs(inputs: readonly InputFile[]): LintResult {
  return lint(inputs, { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION });
}

/** The report as the JSON reporter would give it, minus the model: what two runs must agree on. */
export const comparable = (result: LintResult) => JSON.stringify({ findings: result.findings, stats: result.stats });

/** Lines as an editor counts them (\n, \r\n); the BOM is not a column. */
function lineLengths(text: string): number[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split('\n').map((line) => line.length);
}

/** Every position a finding names (its own and its related ones) lies inside the file it names. */
export function expectPositionsInside(result: LintResult, inputs: readonly InputFile[]) {
  const lines = new Map(inputs.map((input) => [input.file, lineLengths(input.text)]));
  const check = (file: string, line: number, column: number, what: string) => {
    const lengths = lines.get(file);
    expect(lengths, `${what}: unknown file ${file}`).toBeDefined();
    expect(Number.isInteger(line) && line >= 1 && line <= lengths!.length, `${what}: line ${line} of ${lengths!.length} in ${file}`).toBe(
      true,
    );
    expect(
      Number.isInteger(column) && column >= 1 && column <= lengths![line - 1] + 1,
      `${what}: column ${column} of line ${line} (${lengths![line - 1]} chars) in ${file}`,
    ).toBe(true);
  };
  for (const finding of result.findings) {
    const what = `${finding.ruleId} ${finding.message}`;
    check(finding.file, finding.line, finding.column, what);
    check(finding.file, finding.endLine, finding.endColumn, `${what} (end)`);
    for (const related of finding.related) check(related.file, related.line, related.column, `${what} (related)`);
  }
}

export function expectNoInternalErrors(result: LintResult) {
  expect(result.internalErrors).toEqual([]);
}

export const tempDir = () => mkdtempSync(path.join(tmpdir(), 'kstorelint-robust-'));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

/**
 * The built CLI as a user runs it, with a hard time limit and a heap limit so that a hang or a
 * runaway allocation fails the test instead of the machine.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; timeout?: number; heapMb?: number; nodeArgs?: readonly string[] } = {},
): CliRun {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 512}`, ...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

/** Everything on stderr is kstorelint's own `kstorelint: <path>: <message>` lines. */
export function expectOwnStderr(stderr: string) {
  for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^kstorelint: /);
}
