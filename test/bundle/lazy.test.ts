import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'cli.js');

/** Preloaded into the CLI: prints every ES module the loader loads and, at exit, every CommonJS file required. */
const RECORDER = `import { createRequire, register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent("export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\\\n'); return next(url, context); }"));
process.on('exit', () => { for (const file of Object.keys(createRequire(import.meta.url).cache)) process.stderr.write('LOADED ' + file + '\\n'); });
`;

const claim =
  'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n';
const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, properties: {size: {type: integer}}}}}]
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
size: 3
`;

/**
 * The bundle's heavy parts are loaded by the runs that need them only: Graphviz's WebAssembly for
 * svg and html, globby for folders and globs, ajv for custom resources, a kind's schema validators
 * for objects of that kind, and the engine and rules not at all for --help.
 */
describe('the bundle loads what a run needs', () => {
  let work: string;
  let recorder: string;
  /** The bundle's files and schema modules a run loaded, relative to the repository. */
  const loaded = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['--import', recorder, cli, ...args], { cwd: work, encoding: 'utf8' });
    expect(run.status, run.stderr).toBeLessThan(2);
    return [...run.stderr.matchAll(/^LOADED (.*)$/gm)]
      .map((m) => m[1].replace(/^file:\/\//, ''))
      .filter((file) => file.startsWith(repoRoot))
      .map((file) => path.relative(repoRoot, file).replace(/-[A-Z0-9]{8}\.js$/, '.js'));
  };

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'kstorelint-lazy-'));
    recorder = path.join(work, 'recorder.mjs');
    writeFileSync(recorder, RECORDER);
    mkdirSync(path.join(work, 'k8s'));
    writeFileSync(path.join(work, 'k8s', 'claim.yaml'), claim);
    writeFileSync(path.join(work, 'crd.yaml'), crd);
  });

  it('--help loads neither the engine nor the rules', () => {
    const files = loaded('--help');
    expect(files).toContain('dist/chunks/help.js');
    expect(files).not.toContain('dist/chunks/all.js');
  });

  it('a named claim file loads its kind validators only: no Graphviz, globby, ajv or pod spec code', () => {
    const files = loaded('k8s/claim.yaml');
    expect(files).toContain('dist/chunks/all.js');
    expect(files).toContain('schemas/validators/v1_PersistentVolumeClaim.cjs');
    for (const heavy of ['dist/chunks/viz.js', 'dist/chunks/globby.js', 'dist/chunks/ajv.cjs', 'schemas/validators/pod-kinds.cjs']) {
      expect(files).not.toContain(heavy);
    }
  });

  it('loads globby for a folder, ajv for a custom resource and Graphviz for svg', () => {
    expect(loaded('k8s')).toContain('dist/chunks/globby.js');
    expect(loaded('crd.yaml')).toContain('dist/chunks/ajv.cjs');
    expect(loaded('graph', '--format', 'svg', 'k8s/claim.yaml')).toContain('dist/chunks/viz.js');
  });
});
