import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';

function tree(files: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-discover-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
  }
  return dir;
}

const repository = [
  'deploy/app.yaml',
  'pkg/testdata/bad.yaml',
  'vendor/k8s.io/api/example.yaml',
  'Godeps/_workspace/src/pod.json',
  '_workspace/claim.yml',
  'docs/vendored-notes.yaml',
];

describe('discover: default ignores', () => {
  it('leaves test data and vendored trees out of a folder walk and counts them', async () => {
    const found = await discover(['.'], tree(repository));
    expect(found.files).toEqual(['deploy/app.yaml', 'docs/vendored-notes.yaml']);
    expect(found.ignoredByDefault).toBe(4);
  });

  it('leaves them out of a glob too, below the glob base', async () => {
    const cwd = tree(repository);
    expect(await discover(['**/*.yaml'], cwd)).toMatchObject({
      files: ['deploy/app.yaml', 'docs/vendored-notes.yaml'],
      ignoredByDefault: 2,
    });
    expect(await discover(['pkg/testdata/*.yaml'], cwd)).toMatchObject({ files: ['pkg/testdata/bad.yaml'], ignoredByDefault: 0 });
  });

  it('lints what is named: a file, or a folder that is itself under an ignored name', async () => {
    const cwd = tree(repository);
    expect(await discover(['pkg/testdata/bad.yaml', 'vendor'], cwd)).toMatchObject({
      files: ['pkg/testdata/bad.yaml', 'vendor/k8s.io/api/example.yaml'],
      ignoredByDefault: 0,
    });
  });

  it('keeps everything with defaultIgnore: false', async () => {
    const found = await discover(['.'], tree(repository), { defaultIgnore: false });
    expect(found.files).toHaveLength(repository.length);
    expect(found.ignoredByDefault).toBe(0);
  });

  it('does not count a file the configuration ignores anyway, or one also named', async () => {
    const cwd = tree(repository);
    expect(await discover(['.'], cwd, { ignore: ['vendor/**'] })).toMatchObject({ ignoredByDefault: 3 });
    expect(await discover(['.', 'pkg/testdata/bad.yaml'], cwd)).toMatchObject({ ignoredByDefault: 3 });
  });
});
