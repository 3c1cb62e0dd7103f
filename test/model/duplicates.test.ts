import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION } from '../../src/engine.js';
import type { InputFile } from '../../src/load/load.js';
import type { Model } from '../../src/model/model.js';

const modelOf = (inputs: InputFile[]): Model =>
  lint(inputs, { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION, freezeModel: true }).model;

const configMap = (name: string, value = 'a', extra = '') => `apiVersion: v1
kind: ConfigMap
metadata: {name: ${name}${extra}}
data: {key: ${value}}
`;

/** Each duplicate as `later file ← earlier file (placement)`, nearest earlier first. */
const summary = (model: Model) =>
  model.duplicates.map(
    (d) => `${d.resource.source.file} ← ${d.earlier.map((e) => `${e.resource.source.file} (${e.placement})`).join(', ')}`,
  );

describe('Model.duplicates', () => {
  it('pairs a later definition with the earlier ones, nearest first, and says where they sit', () => {
    const model = modelOf([
      { file: 'book/ch05/app.yaml', text: configMap('settings') },
      { file: 'book/ch08/app.yaml', text: `${configMap('settings')}---\n${configMap('web')}` },
      { file: 'book/ch08/db.yaml', text: `${configMap('settings', 'b')}---\n${configMap('db')}` },
    ]);
    expect(summary(model)).toEqual([
      'book/ch08/app.yaml ← book/ch05/app.yaml (apart)',
      'book/ch08/db.yaml ← book/ch08/app.yaml (together), book/ch05/app.yaml (apart)',
    ]);
  });

  it('reads files whose names share a word, or that hold mostly the same objects, as versions of one manifest', () => {
    const model = modelOf([
      { file: 'app/pvc-10gi.yaml', text: configMap('settings') },
      { file: 'app/pvc.yaml', text: configMap('settings', 'b') },
      { file: 'app/gce.yaml', text: configMap('slow') },
      { file: 'app/hostpath.yaml', text: configMap('slow', 'b') },
    ]);
    expect(summary(model)).toEqual(['app/hostpath.yaml ← app/gce.yaml (versions)', 'app/pvc.yaml ← app/pvc-10gi.yaml (versions)']);
  });

  it('reads an object written in three or more files of one folder line as a catalogue of versions', () => {
    const model = modelOf([
      { file: 'examples/claim.yaml', text: configMap('data') },
      { file: 'examples/deployment.yaml', text: `${configMap('data')}---\n${configMap('web')}` },
      { file: 'examples/raw/block.yaml', text: `${configMap('data', 'b')}---\n${configMap('pod')}` },
    ]);
    expect(model.duplicates.flatMap((d) => d.earlier.map((e) => e.placement))).toEqual(['versions', 'versions', 'versions']);
  });

  it('leaves out fragments, generateName, --cluster objects, build input and objects of two rendered units', () => {
    const model = modelOf([
      { file: 'k/kustomization.yaml', text: 'resources: [pvc.yaml]\npatches:\n  - path: patch.yaml\n' },
      { file: 'k/pvc.yaml', text: configMap('patched') },
      { file: 'k/patch.yaml', text: configMap('patched', 'b') },
      {
        file: 'jobs.yaml',
        text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: run-}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: run-}\n',
      },
      { file: 'live.yaml', text: configMap('live') },
      { file: 'cluster.yaml', text: configMap('live', 'b'), contextOnly: true },
      { file: 'overlays/dev (rendered)', text: configMap('app'), kustomizationDir: 'overlays/dev' },
      { file: 'overlays/prod (rendered)', text: configMap('app', 'b'), kustomizationDir: 'overlays/prod' },
      { file: 'render-a.yaml', text: `# Source: chart/templates/cm.yaml\n${configMap('chart')}` },
      { file: 'render-b.yaml', text: `# Source: chart/templates/cm.yaml\n${configMap('chart', 'b')}` },
    ]);
    expect(summary(model)).toEqual([]);
  });

  it('tells objects apart by API group, kind and namespace', () => {
    const model = modelOf([
      {
        file: 'a.yaml',
        text: [
          configMap('same'),
          configMap('same', 'a', ', namespace: other'),
          'apiVersion: v1\nkind: Secret\nmetadata: {name: same}\n',
          'apiVersion: example.com/v1\nkind: ConfigMap\nmetadata: {name: same}\n',
          configMap('same', 'a', ', namespace: default'),
        ].join('---\n'),
      },
    ]);
    expect(summary(model)).toEqual(['a.yaml ← a.yaml (together)']);
  });
});
