import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/discover.js';
import { expectNoInternalErrors, expectOwnStderr, expectPositionsInside, lintInputs, runCli, tempDir } from './support.js';

/** Hostile inputs: each ends in bounded time and memory with a clear finding or message, and the rest of the run goes on. */

const podOnMissingClaim = (eol = '\n') =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: p',
    'spec:',
    '  containers: [{name: c, image: i}]',
    '  volumes:',
    '  - name: v',
    '    persistentVolumeClaim:',
    '      claimName: missing',
    '',
  ].join(eol);
const MISSING_CLAIM_AT = { line: 10, column: 18 };

function lintOne(file: string, text: string, others: Record<string, string> = {}) {
  const inputs = [{ file, text }, ...Object.entries(others).map(([f, t]) => ({ file: f, text: t }))];
  const result = lintInputs(inputs);
  expectNoInternalErrors(result);
  expectPositionsInside(result, inputs);
  return result;
}

const mkfifoSync = (file: string) => execFileSync('mkfifo', [file]);
const ruleIds = (result: ReturnType<typeof lintOne>) => result.findings.map((f) => f.ruleId);

describe('hostile input: library', () => {
  it('alias bomb: one yaml-alias-bomb finding, quickly, the other file still linted', () => {
    const levels = Array.from({ length: 9 }, (_, i) => {
      const [name, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
    });
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...levels,
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: x}',
      '',
    ].join('\n');
    const started = performance.now();
    const result = lintOne('bomb.yaml', bomb, { 'pod.yaml': podOnMissingClaim() });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(ruleIds(result)).toEqual(['yaml-alias-bomb', 'claim-not-found']);
  });

  it.each([
    ['flow sequences', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  volumes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['flow maps', `apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: x}\nspec: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    [
      'block maps',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 2)}template:\n`).join('')}`,
    ],
    ['block sequences', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  volumes:\n  ${'- '.repeat(10_000)}x\n`],
  ])('nesting 10,000 deep (%s): a yaml-syntax finding, no stack overflow escapes', (_, text) => {
    const result = lintOne('deep.yaml', text, { 'pod.yaml': podOnMissingClaim() });
    expect(ruleIds(result)).toContain('yaml-syntax');
    expect(ruleIds(result)).toContain('claim-not-found');
  });

  it('nesting as deep as the parser accepts (700) passes through every rule', () => {
    const result = lintOne(
      'deep.yaml',
      `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [{name: c, image: i}]\n  volumes: ${'['.repeat(700)}${']'.repeat(700)}\n`,
    );
    expect(result.stats.resources).toBe(1);
  });

  it('a 1 MB single line', () => {
    const result = lintOne(
      'line.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: "${'x'.repeat(1 << 20)}"}\n${podOnMissingClaim().replace('apiVersion', '---\napiVersion')}`,
    );
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['claim-not-found', 15]]);
  });

  it('UTF-8 BOM and CRLF: positions as an editor shows them', () => {
    for (const text of [`\uFEFF${podOnMissingClaim()}`, podOnMissingClaim('\r\n'), `\uFEFF${podOnMissingClaim('\r\n')}`]) {
      const [finding] = lintOne('p.yaml', text).findings;
      expect(finding).toMatchObject({ ruleId: 'claim-not-found', ...MISSING_CLAIM_AT });
    }
  });

  it('an empty file, a file of blanks and comments, 100 empty documents', () => {
    for (const text of ['', '\n\n  \n', '# only a comment\n', '---\n'.repeat(100)]) {
      const result = lintOne('empty.yaml', text);
      expect(result.findings).toEqual([]);
      expect(result.stats.files).toBe(1);
    }
  });

  it('unquoted {{ X }} (a flow map used as a key) is reported as an unrendered template', () => {
    const result = lintOne('t.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ X }}\n');
    expect(result.findings).toMatchObject([{ ruleId: 'helm-template-unrendered', line: 4, column: 10 }]);
  });

  it('binary files are refused; non-UTF-8 text is decoded with replacement characters and linted', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from(`${podOnMissingClaim()}# caf\xe9 \xff\xfe\n`, 'latin1'));
    expect(readManifest(path.join(dir, 'bin.yaml'))).toEqual({ ok: false, message: 'binary file (contains NUL bytes), not read' });
    const read = readManifest(path.join(dir, 'latin1.yaml'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain('\uFFFD');
    expect(lintOne('latin1.yaml', read.text).findings).toMatchObject([{ ruleId: 'claim-not-found', ...MISSING_CLAIM_AT }]);
  });
});

describe('hostile input: the CLI', () => {
  it('a 50 MB single file: linted within the time and heap limits, the document after it still found', () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.yaml');
    const fd = openSync(file, 'w');
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: |\n');
    const chunk = '    lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore\n'.repeat(10_000);
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    writeSync(fd, `---\n${podOnMissingClaim()}`);
    closeSync(fd);
    const run = runCli(['--format', 'json', file], { timeout: 60_000, heapMb: 768 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // A 50 MB ConfigMap is itself over the API's 1 MiB limit: a true finding besides the Pod's.
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort()).toEqual([
      'claim-not-found',
      'config-key-invalid',
    ]);
  });

  it('100,000 documents in one file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'many.yaml');
    writeFileSync(
      file,
      // kubectl refuses content on the `---` line itself, so each document starts on the next line.
      Array.from({ length: 100_000 }, (_, i) => `---\n{apiVersion: v1, kind: ConfigMap, metadata: {name: c${i}}}\n`).join(''),
    );
    const run = runCli(['--format', 'json', file], { timeout: 90_000, heapMb: 1024 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { resources: number } }).summary.resources).toBe(100_000);
    // A hang guard, not a timing assertion: longer than the CLI's own 90 s limit, so a slow shared machine fails there with a reason.
  }, 120_000);

  it('a symlink loop, a FIFO, a dangling link and a binary file in the tree: skipped, the rest linted, no hang', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'pod.yaml'), podOnMissingClaim());
    symlinkSync('..', path.join(dir, 'sub', 'loop'));
    symlinkSync('self.yaml', path.join(dir, 'self.yaml'));
    symlinkSync('/nonexistent/x.yaml', path.join(dir, 'gone.yaml'));
    mkfifoSync(path.join(dir, 'pipe.yaml'));
    writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0, 1, 2]));
    const run = runCli(['--no-color', '--fail-on', 'warning', dir], { timeout: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('claim-not-found');
    expectOwnStderr(run.stderr);
    expect(run.stderr).toContain('bin.yaml: binary file');
  });

  it('a FIFO, a device or a symlink loop given as a path: a message and exit 2 (an unusable path), no hang', () => {
    const dir = tempDir();
    mkfifoSync(path.join(dir, 'pipe.yaml'));
    symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    for (const [target, message] of [
      [path.join(dir, 'pipe.yaml'), 'not a regular file or folder'],
      ['/dev/zero', 'not a regular file or folder'],
      [path.join(dir, 'loop.yaml'), 'too many symbolic links'],
    ]) {
      const run = runCli(['--no-color', target], { timeout: 20_000 });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`kstorelint: ${target}: ${message}\n`);
    }
  });

  it('a file that disappears or becomes unreadable mid-run: a message, the rest linted, not exit 2', () => {
    // Root reads through chmod 000, so the failures are injected where the CLI reads: the read of
    // a.yaml deletes b.yaml (a real ENOENT), and reading c.yaml fails with EACCES.
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), podOnMissingClaim());
    writeFileSync(path.join(dir, 'b.yaml'), podOnMissingClaim());
    writeFileSync(path.join(dir, 'c.yaml'), podOnMissingClaim());
    const preload = path.join(dir, 'inject.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const real = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  const name = String(file);
  if (name.endsWith('a.yaml')) fs.rmSync(name.replace(/a\\.yaml$/, 'b.yaml'), { force: true });
  if (name.endsWith('c.yaml')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  return real.call(this, file, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const run = runCli(['--no-color', '--fail-on', 'warning', dir], {
      nodeArgs: ['--import', pathToFileURL(preload).href],
      timeout: 20_000,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a.yaml');
    expect(run.stderr).toBe(
      `kstorelint: ${dir}/b.yaml: no such file or folder; skipped\nkstorelint: ${dir}/c.yaml: permission denied; skipped\n`,
    );
  });
});
