import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli-main.js';
import type { CommandIO } from '../../src/commands/command.js';
import { UsageError } from '../../src/errors.js';

/** Commands talk only through their CommandIO, so they run in-process against a recording one. */
function recordingIO(stdin = '') {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIO = {
    stdout: { write: (text: string) => stdout.push(text), isTTY: false },
    stderr: { write: (text: string) => stderr.push(text) },
    env: {},
    readStdin: () => stdin,
  };
  return { io, stdout: () => stdout.join(''), stderr: () => stderr.join('') };
}

const podOnMissingClaim = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: nothing-here
`;

describe('commands through main()', () => {
  it('lints standard input and writes the report and exit code through its io', async () => {
    const run = recordingIO(podOnMissingClaim);
    expect(await main(['-', '--format', 'json', '--fail-on', 'warning'], run.io)).toBe(1);
    const report = JSON.parse(run.stdout()) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['<stdin>:12 claim-not-found']);
    expect(run.stderr()).toBe('');
  });

  it('dispatches a subcommand by its first word, with the words after it', async () => {
    const run = recordingIO(podOnMissingClaim);
    expect(await main(['bindings', '-'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^No PersistentVolumeClaims in the view/);
    const explain = recordingIO();
    expect(await main(['explain', 'sts-service-missing'], explain.io)).toBe(0);
    expect(explain.stdout()).toMatch(/^sts-service-not-found \(/);
  });

  it('answers --help and --version before any command', async () => {
    const help = recordingIO();
    expect(await main(['rules', '--help'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: kstorelint/);
    const version = recordingIO();
    expect(await main(['--version'], version.io)).toBe(0);
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout()).toBe(`${pkg.version}\n`);
  });

  it('throws usage errors for the CLI to map to exit code 2', async () => {
    await expect(main([], recordingIO().io)).rejects.toThrow(new UsageError('no paths given (use - to read standard input)'));
    await expect(main(['explain', 'nope'], recordingIO().io)).rejects.toBeInstanceOf(UsageError);
    await expect(main(['graph', '-', '--format', 'png'], recordingIO('').io)).rejects.toThrow("graph: unknown format 'png'");
  });
});
