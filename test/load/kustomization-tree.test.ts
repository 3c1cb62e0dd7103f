import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover.js';
import { readKustomization } from '../../src/load/kustomization-file.js';
import { KustomizationTree, nextRoots } from '../../src/load/kustomization-tree.js';
import { renderKustomizations } from '../../src/load/kustomize-units.js';
import type { Rendered } from '../../src/load/kustomize.js';
import { repoRoot } from '../helpers.js';

const shop = path.join(repoRoot, 'fixtures', 'kustomize', 'shop');

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-kustomize-tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n';
const tree = () => new KustomizationTree(readKustomization);
const relativeTo = (dir: string, files: Iterable<string>) => [...files].map((file) => path.relative(dir, file)).sort();

describe('kustomization roots', () => {
  it('are the overlays: a base that an overlay in the walk uses is rendered through it', () => {
    const walked = ['base', 'overlays/prod', 'overlays/staging'].map((dir) => path.join(shop, dir));
    expect(relativeTo(shop, nextRoots(walked, tree(), new Set(), new Set()))).toEqual(['overlays/prod', 'overlays/staging']);
  });

  it('include a base when no overlay is in the walk', () => {
    expect(relativeTo(shop, nextRoots([path.join(shop, 'base')], tree(), new Set(), new Set()))).toEqual(['base']);
  });

  it('include the bases of an overlay that failed to render, once nothing else renders them', () => {
    const walked = ['base', 'overlays/prod', 'overlays/staging'].map((dir) => path.join(shop, dir));
    const t = tree();
    const failed = new Set([path.join(shop, 'overlays/prod')]);
    expect(nextRoots(walked, t, new Set([path.join(shop, 'overlays/staging')]), failed)).toEqual([]);
    expect(relativeTo(shop, nextRoots(walked, t, new Set(), new Set([...failed, path.join(shop, 'overlays/staging')])))).toEqual(['base']);
  });

  it('leave out components, which are applied only through a kustomization, and Flux Kustomizations', () => {
    const dir = repository({
      'app/kustomization.yaml': 'resources: [cm.yaml]\ncomponents: [../tls]\n',
      'app/cm.yaml': configMap,
      'tls/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches: [{path: p.yaml}]\n',
      'tls/p.yaml': configMap,
      'lonely/kustomization.yaml': 'kind: Component\n',
      'flux/kustomization.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps}\n',
    });
    const walked = ['app', 'tls', 'lonely', 'flux'].map((d) => path.join(dir, d));
    expect(relativeTo(dir, nextRoots(walked, tree(), new Set(), new Set()))).toEqual(['app']);
  });
});

describe('the files a rendered kustomization consumes', () => {
  it('are its resources and patches and those of the bases it uses, recursively, with the kustomization files', () => {
    expect(relativeTo(shop, tree().consumedFiles(path.join(shop, 'overlays/prod')))).toEqual([
      'base/deployment.yaml',
      'base/kustomization.yaml',
      'base/pvc.yaml',
      'overlays/prod/cache-patch.yaml',
      'overlays/prod/cache-pvc.yaml',
      'overlays/prod/kustomization.yaml',
    ]);
  });

  it('include components, CRDs, generator inputs and every kind of patch entry', () => {
    const dir = repository({
      'app/kustomization.yaml': [
        'resources: [cm.yaml, ../base]',
        'components: [../tls]',
        'crds: [crd.yaml]',
        'patchesStrategicMerge: [smp.yaml, "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: inline}\\n"]',
        'patchesJson6902: [{target: {kind: ConfigMap, name: x}, path: json.yaml}]',
        'configMapGenerator: [{name: settings, files: [app.properties, key=other.yaml], envs: [env.txt]}]',
        '',
      ].join('\n'),
      'app/cm.yaml': configMap,
      'app/crd.yaml': 'kind: CustomResourceDefinition\n',
      'app/smp.yaml': configMap,
      'app/json.yaml': '- {op: add, path: /data/a, value: b}\n',
      'app/app.properties': 'a=b\n',
      'app/other.yaml': 'a: b\n',
      'app/env.txt': 'A=b\n',
      'app/unused.yaml': configMap,
      'base/Kustomization': 'resources: [base.yaml]\n',
      'base/base.yaml': configMap,
      'tls/kustomization.yml': 'kind: Component\npatches: [{path: tls.yaml, target: {kind: Deployment}}]\n',
      'tls/tls.yaml': configMap,
    });
    const t = tree();
    expect(relativeTo(dir, t.consumedFiles(path.join(dir, 'app')))).toEqual([
      'app/app.properties',
      'app/cm.yaml',
      'app/crd.yaml',
      'app/env.txt',
      'app/json.yaml',
      'app/kustomization.yaml',
      'app/other.yaml',
      'app/smp.yaml',
      'base/Kustomization',
      'base/base.yaml',
      'tls/kustomization.yml',
      'tls/tls.yaml',
    ]);
    // Applied innermost first: the component's patch, then the kustomization's own.
    const patches = t.patches(path.join(dir, 'app'));
    expect(patches.map(({ file, target }) => ({ file: path.relative(dir, file), ...(target ? { target } : {}) }))).toEqual([
      { file: 'tls/tls.yaml', target: { kind: 'Deployment' } },
      { file: 'app/smp.yaml' },
      { file: 'app/json.yaml', target: { kind: 'ConfigMap', name: 'x' } },
    ]);
    // Each patches what its kustomization gathers, the component's what the kustomization including it gathers.
    for (const patch of patches) expect(patch.patchable).toContain(path.join(dir, 'base', 'base.yaml'));
    expect(t.patches(path.join(dir, 'base'))).toEqual([]);
  });

  it('name what kustomize cannot find offline', () => {
    const dir = repository({
      'app/kustomization.yaml': 'resources:\n  - https://github.com/example/repo//deploy?ref=v1\n  - ../missing\n',
    });
    expect(
      tree()
        .unresolved(path.join(dir, 'app'))
        .map((u) => u.entry),
    ).toEqual(['https://github.com/example/repo//deploy?ref=v1', '../missing']);
  });
});

describe('rendering the kustomizations of a walk', () => {
  const ok = (text: string): Rendered => ({ ok: true, text, originRoot: '/nowhere' });

  it('renders each root once and drops what it consumes from the files linted as written', async () => {
    const rendered: string[] = [];
    const units = await renderKustomizations(
      ['base', 'overlays/prod', 'overlays/staging'].map((dir) => path.join(shop, dir, 'kustomization.yaml')),
      async (dir) => {
        rendered.push(path.relative(shop, dir));
        return ok('');
      },
    );
    expect(rendered.sort()).toEqual(['overlays/prod', 'overlays/staging']);
    expect(units.inputs.map((input) => path.relative(shop, input.file)).sort()).toEqual([
      'overlays/prod/kustomization.yaml',
      'overlays/staging/kustomization.yaml',
    ]);
    expect(units.consumed.has(path.join(shop, 'base', 'pvc.yaml'))).toBe(true);
    expect(units.notRendered).toEqual([]);
  });

  it('after a failed overlay, renders its base alone and keeps the overlay files as written', async () => {
    const units = await renderKustomizations(
      ['base', 'overlays/prod'].map((dir) => path.join(shop, dir, 'kustomization.yaml')),
      async (dir) => (dir.endsWith('prod') ? { ok: false, kubectlMissing: false, message: 'no' } : ok('')),
    );
    expect(units.inputs.map((input) => path.relative(shop, input.kustomizationDir ?? ''))).toEqual(['base']);
    expect(units.notRendered).toEqual([{ dir: path.join(shop, 'overlays/prod'), reason: 'no' }]);
    expect(units.consumed.has(path.join(shop, 'overlays/prod/cache-patch.yaml'))).toBe(false);
  });

  it('without kubectl, tries nothing more and renders nothing', async () => {
    let calls = 0;
    const units = await renderKustomizations(
      ['base', 'overlays/prod', 'overlays/staging'].map((dir) => path.join(shop, dir, 'kustomization.yaml')),
      async () => {
        calls++;
        return { ok: false, kubectlMissing: true, message: 'kubectl is not on PATH' };
      },
    );
    expect(calls).toBe(2);
    expect(units).toMatchObject({ inputs: [], kubectlMissing: true });
    expect(units.consumed.size).toBe(0);
  });

  it('does not ask kubectl to fetch a remote base, nor to render what names a file that is not there', async () => {
    const dir = repository({
      'app/kustomization.yaml': 'resources: [github.com/example/repo/deploy]\n',
      'web/kustomization.yaml': 'resources: [../base]\n',
      'base/kustomization.yaml': 'resources: [gone.yaml]\n',
    });
    const units = await renderKustomizations(
      ['app', 'web'].map((d) => path.join(dir, d, 'kustomization.yaml')),
      async () => {
        throw new Error('must not render');
      },
    );
    expect(units.notRendered).toEqual([
      { dir: path.join(dir, 'app'), reason: "'github.com/example/repo/deploy' is a remote base, which kstorelint does not fetch" },
      { dir: path.join(dir, 'web'), reason: `'gone.yaml' does not exist (in ${path.join(dir, 'base')})` },
    ]);
  });
});

describe('discover', () => {
  it('finds kustomization files in folder walks and globs, not among files named one by one', async () => {
    const dir = repository({
      'a/kustomization.yaml': 'resources: []\n',
      'b/Kustomization': 'resources: []\n',
      'c/kustomization.yml': 'resources: []\n',
      'vendor/x/kustomization.yaml': 'resources: []\n',
    });
    const walked = await discover(['.'], dir);
    expect(walked.kustomizations.sort()).toEqual(['a/kustomization.yaml', 'b/Kustomization', 'c/kustomization.yml']);
    expect(walked.files).not.toContain('b/Kustomization');
    expect((await discover(['c/*.yml'], dir)).kustomizations).toEqual(['c/kustomization.yml']);
    expect((await discover(['a/kustomization.yaml'], dir)).kustomizations).toEqual([]);
  });
});
