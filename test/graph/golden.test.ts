import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

/** `UPDATE_GOLDEN=1 npx vitest run test/graph` rewrites the files after a deliberate change; review the diff. */
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

function kstorelint(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function golden(name: string, actual: string) {
  const file = path.join(repoRoot, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('graph of the seed fixtures', () => {
  for (const [format, file] of [
    ['mermaid', 'seeds.mmd'],
    ['dot', 'seeds.dot'],
  ] as const) {
    it(`${format} matches test/golden/${file}`, () => {
      const run = kstorelint(['graph', '--format', format, 'fixtures/seeds']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      golden(file, run.stdout);
    });
  }

  it('bindings table matches test/golden/seeds-bindings.txt', () => {
    const run = kstorelint(['bindings', 'fixtures/seeds']);
    expect(run.status).toBe(0);
    golden('seeds-bindings.txt', run.stdout);
  });
});

describe('graph and bindings commands', () => {
  it('renders SVG offline', () => {
    const run = kstorelint(['graph', '--format', 'svg', '--focus', 'sts/ha', 'fixtures/seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*StatefulSet ha[\s\S]*<\/svg>\s*$/);
  });

  it('rejects an unknown format or focus with a usage error', () => {
    expect(kstorelint(['graph', '--format', 'png', 'fixtures/seeds'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("graph: unknown format 'png'"),
    });
    expect(kstorelint(['graph', '--focus', 'pvc/nope', 'fixtures/seeds'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no such object'),
    });
    expect(kstorelint(['bindings', '--format', 'sarif', 'fixtures/seeds']).status).toBe(2);
  });

  it('bindings --format json lists every claim with its result', () => {
    const run = kstorelint(['bindings', '--format', 'json', '-n', 'weekly-picks', 'fixtures/seeds/000-01-weekly-picks']);
    const { claims } = JSON.parse(run.stdout) as { claims: { namespace: string; name: string; result: string; target?: string }[] };
    expect(claims).toEqual([
      expect.objectContaining({ namespace: 'weekly-picks', name: 'picks-mysql', result: 'bound', target: 'picks-mysql' }),
    ]);
  });

  it('--format html writes one page without external references', () => {
    const run = kstorelint(['--format', 'html', 'fixtures/seeds/001-05-nfs-pv-pvc-pod.yaml']);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('<svg');
    expect(run.stdout).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('README', () => {
  it('shows the graph the tool draws for docs/examples/storage-graph.yaml', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /<!-- graph:start -->\n```mermaid\n([\s\S]*?)```\n<!-- graph:end -->/.exec(readme)?.[1];
    expect(block).toBe(kstorelint(['graph', 'docs/examples/storage-graph.yaml']).stdout);
  });
});
