import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION } from '../../src/engine.js';
import { readKustomization } from '../../src/load/kustomization-file.js';
import { KustomizationTree } from '../../src/load/kustomization-tree.js';
import { ORIGIN_ANNOTATION } from '../../src/load/kustomize-origin.js';
import type { InputFile } from '../../src/load/load.js';
import { reportedPosition, scalarSource } from '../../src/load/locate.js';
import { repoRoot } from '../helpers.js';

const fixtures = path.relative(process.cwd(), path.join(repoRoot, 'fixtures', 'kustomize'));
const shop = path.join(fixtures, 'shop');
const staging = path.join(shop, 'overlays', 'staging');
// kubectl kustomize output of shop/overlays/staging, origin paths relative to that folder.
const rendered = readFileSync(path.join(fixtures, 'staging.rendered.yaml'), 'utf8');

const input = (kustomize: boolean): InputFile => ({
  file: path.join(staging, 'kustomization.yaml'),
  text: rendered,
  kustomizationDir: staging,
  ...(kustomize
    ? {
        kustomize: {
          originRoot: path.resolve(staging),
          patches: [{ file: path.resolve(staging, 'cache-patch.yaml') }],
          prefixes: [],
          suffixes: ['-stg'],
        },
      }
    : {}),
});

const lintRendered = (kustomize = true) =>
  lint([input(kustomize)], { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION });
const resource = (kind: string, name: string, kustomize = true) => {
  const found = lintRendered(kustomize).model.resources.find((r) => r.kind === kind && r.name === name);
  if (!found) throw new Error(`${kind} ${name} not rendered`);
  return found;
};

describe('kustomize output placed in the files it came from', () => {
  it('reports a field a patch sets in the patch, at the line that writes it', () => {
    const finding = lintRendered().findings.find((f) => f.ruleId === 'claim-not-found');
    expect(finding).toMatchObject({
      file: path.join(staging, 'cache-patch.yaml'),
      line: 16,
      column: 24,
      resource: { namespace: 'staging' },
    });
  });

  it('reports a field of the base in the base file, and a generated ConfigMap at its generator entry', () => {
    const finding = lintRendered().findings.find((f) => f.ruleId === 'config-key-not-found');
    expect(finding).toMatchObject({
      file: path.join(shop, 'base', 'deployment.yaml'),
      line: 30,
      related: [{ file: path.join(shop, 'base', 'kustomization.yaml'), line: 5, column: 5 }],
    });
  });

  it('tells apart objects of one kind in one file whose names contain each other, with the suffix the overlay adds', () => {
    for (const kustomize of [true, false]) {
      expect(reportedPosition(resource('PersistentVolumeClaim', 'shop-data-stg', kustomize).source, ['metadata', 'name']).line).toBe(4);
      expect(
        reportedPosition(resource('PersistentVolumeClaim', 'shop-data-archive-stg', kustomize).source, ['spec', 'resources']).line,
      ).toBe(21);
    }
  });

  it('places a list item by its name, not its position in the output', () => {
    // The patch's cache volume comes first in the output; the base's data volume is the base's first.
    const source = resource('Deployment', 'shop-stg').source;
    expect(reportedPosition(source, ['spec', 'template', 'spec', 'volumes', 1, 'persistentVolumeClaim', 'claimName'])).toMatchObject({
      file: path.join(shop, 'base', 'deployment.yaml'),
      line: 37,
    });
    expect(reportedPosition(source, ['spec', 'template', 'spec', 'volumes', 0])).toMatchObject({
      file: path.join(staging, 'cache-patch.yaml'),
      line: 14,
    });
  });

  it("puts a missing field on its parent, and a field whose parent no file writes on the object's name line", () => {
    const source = resource('Deployment', 'shop-stg').source;
    expect(reportedPosition(source, ['metadata', 'namespace'])).toMatchObject({
      file: path.join(shop, 'base', 'deployment.yaml'),
      line: 3,
    });
    expect(reportedPosition(source, ['spec', 'template', 'spec', 'volumes', 0, 'persistentVolumeClaim', 'readOnly'])).toMatchObject({
      file: path.join(staging, 'cache-patch.yaml'),
      line: 15,
    });
    expect(reportedPosition(source, ['spec', 'revisionHistoryLimit'])).toMatchObject({
      file: path.join(shop, 'base', 'deployment.yaml'),
      line: 5,
    });
    expect(reportedPosition(source, ['spec', 'template', 'spec', 'securityContext', 'fsGroup'])).toMatchObject({ line: 4 });
  });

  it('spells a scalar as the origin file writes it', () => {
    const source = resource('PersistentVolumeClaim', 'shop-data-stg').source;
    expect(scalarSource(source, ['spec', 'storageClassName'])).toBe('""');
    expect(scalarSource(source, ['metadata', 'namespace'])).toBe('staging');
  });

  it('hides the origin annotation from the rules', () => {
    const { model } = lintRendered();
    expect(model.resources.length).toBe(4);
    for (const r of model.resources) expect(r.object.metadata?.annotations?.[ORIGIN_ANNOTATION]).toBeUndefined();
    expect(model.resources.find((r) => r.kind === 'ConfigMap')?.object.metadata).not.toHaveProperty('annotations');
  });

  it('looks for the patches of an object only among those of the kustomizations that gather its file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-origin-'));
    const deployment = (replicas: number) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n`;
    const files: Record<string, string> = {
      'a/kustomization.yaml': 'namePrefix: a-\nresources: [web.yaml]\npatches: [{path: patch.yaml}]\n',
      'a/web.yaml': deployment(1),
      'a/patch.yaml': deployment(3),
      'b/kustomization.yaml': 'namePrefix: b-\nresources: [web.yaml]\n',
      'b/web.yaml': deployment(3),
      'app/kustomization.yaml': 'resources: [../a, ../b]\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const app = path.join(dir, 'app');
    const rendered = ['a', 'b']
      .map(
        (base) =>
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  annotations:\n    ${ORIGIN_ANNOTATION}: |\n      path: ../${base}/web.yaml\n  name: ${base}-web\nspec:\n  replicas: 3\n`,
      )
      .join('---\n');
    const tree = new KustomizationTree(readKustomization);
    const { model } = lint(
      [
        {
          file: path.join(app, 'kustomization.yaml'),
          text: rendered,
          kustomizationDir: app,
          kustomize: { originRoot: app, patches: tree.patches(app), ...tree.nameAffixes(app) },
        },
      ],
      { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION },
    );
    const replicasOf = (name: string) => {
      const found = model.resources.find((r) => r.name === name);
      return found && reportedPosition(found.source, ['spec', 'replicas']);
    };
    expect(replicasOf('a-web')).toMatchObject({ file: path.join(dir, 'a', 'patch.yaml'), line: 6 });
    expect(replicasOf('b-web')).toMatchObject({ file: path.join(dir, 'b', 'web.yaml'), line: 6 });
  });
});
