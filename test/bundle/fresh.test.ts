import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, bundleFiles, root } from '../../scripts/bundle.js';

const STALE = 'dist/ is not what the sources build: run `npm run bundle` and commit dist/';

/** Like the check-dist job of GitHub's TypeScript action template: the committed bundle is what the sources build. */
describe('the committed bundle', () => {
  it('is byte for byte what `npm run bundle` builds from the sources and the locked dependencies', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'kstorelint-bundle-'));
    const built = await buildBundle(fresh);
    const committed = path.join(root, 'dist');
    expect(bundleFiles(committed), STALE).toEqual(built);
    const differing = built.filter((file) => !readFileSync(path.join(committed, file)).equals(readFileSync(path.join(fresh, file))));
    expect(differing, STALE).toEqual([]);
  }, 120_000);

  it('builds the same bytes twice (no timestamps or absolute paths)', async () => {
    const [a, b] = [mkdtempSync(path.join(tmpdir(), 'kstorelint-bundle-a-')), mkdtempSync(path.join(tmpdir(), 'kstorelint-bundle-b-'))];
    const files = await buildBundle(a);
    expect(await buildBundle(b)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file).toBe(true);
    for (const file of files) expect(readFileSync(path.join(a, file), 'utf8')).not.toContain(a);
  }, 120_000);

  it('has an executable CLI, as the bin and the pre-commit hook run it', () => {
    expect(statSync(path.join(root, 'dist', 'cli.js')).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});
