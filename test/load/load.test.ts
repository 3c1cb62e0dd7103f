import { describe, expect, it } from 'vitest';
import { locate } from '../../src/load/locate.js';
import { loadFiles } from '../../src/load/load.js';

const load = (text: string, file = 'm.yaml') => loadFiles([{ file, text }], { namespace: 'default' });

describe('kubectl YAML semantics (go-yaml v2, YAML 1.1)', () => {
  it('reads octal modes, 1.1 booleans, and keeps timestamps and 1:20 as strings', () => {
    const { resources } = load(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nspec:\n  mode: 0644\n  o: 0o600\n  flag: yes\n  at: 2001-12-14\n  t: 1:20\n',
    );
    expect(resources[0].object.spec).toEqual({ mode: 420, o: 384, flag: true, at: '2001-12-14', t: '1:20' });
  });
});

describe('resources', () => {
  it('expands List items and defaults the namespace of namespaced kinds only', () => {
    const { resources } = load(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: a
  - apiVersion: v1
    kind: PersistentVolume
    metadata:
      name: b
`);
    expect(resources.map((r) => [r.kind, r.name, r.namespace])).toEqual([
      ['PersistentVolumeClaim', 'a', 'default'],
      ['PersistentVolume', 'b', undefined],
    ]);
    expect(locate(resources[1].source, ['metadata', 'name'])).toMatchObject({ line: 11, column: 13 });
  });

  it('skips and counts YAML that is not a Kubernetes object, but reads a bare kustomization.yaml', () => {
    const result = loadFiles(
      [
        { file: 'kustomization.yaml', text: 'resources:\n  - a.yaml\n' },
        { file: 'values.yaml', text: 'replicaCount: 1\n' },
      ],
      { namespace: 'default' },
    );
    // kustomize reads a kustomization.yaml without apiVersion/kind; so do we, as a Kustomization.
    expect(result.resources.map((r) => [r.kind, r.name])).toEqual([['Kustomization', '']]);
    expect(result.resources[0].object).toMatchObject({ apiVersion: 'kustomize.config.k8s.io/v1beta1', resources: ['a.yaml'] });
    expect(result.stats.skippedNonKubernetes).toBe(1);
  });

  it('keeps linting the other documents of a file with a syntax error', () => {
    const result = load(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkey: [1,\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    );
    expect(result.resources.map((r) => r.name)).toEqual(['a', 'c']);
    const partial = load('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: half\n labels: {}\n');
    expect(partial.resources).toEqual([]);
    expect(partial.stats.unparseable).toBe(1);
    expect(result.problems.map((p) => p.kind)).toContain('syntax');
  });
});

describe('positions', () => {
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  storageClassName: fast\n';
  it('points at the value of a scalar', () => {
    const [r] = load(pvc).resources;
    expect(locate(r.source, ['spec', 'storageClassName'])).toEqual({ line: 6, column: 21, endLine: 6, endColumn: 25 });
  });
  it('falls back to the nearest existing parent for a missing field', () => {
    const [r] = load(pvc).resources;
    expect(locate(r.source, ['spec', 'volumeName'])).toMatchObject({ line: 5, column: 1 });
  });
  it('stays right with CRLF line ends and a UTF-8 BOM', () => {
    const [r] = load('\uFEFF' + pvc.replace(/\n/g, '\r\n')).resources;
    expect(locate(r.source, ['spec', 'storageClassName'])).toMatchObject({ line: 6, column: 21 });
    expect(r.name).toBe('data');
  });
  it('counts lines of later documents from the start of the file', () => {
    const [, second] = load(`${pvc}---\n${pvc}`).resources;
    expect(locate(second.source, ['spec', 'storageClassName'])).toMatchObject({ line: 13, column: 21 });
  });
});

describe('Helm templates', () => {
  it('turns an unrendered template into one problem instead of a cascade', () => {
    const result = load(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\ndata: {}\n{{- end }}\n',
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'helm-template' });
    expect(result.stats.helmTemplates).toBe(1);
  });
  it('lints valid YAML whose strings merely contain {{ }}', () => {
    const result = load('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  msg: "{{workflow.name}}"\n');
    expect(result.problems).toEqual([]);
    expect(result.resources).toHaveLength(1);
  });
});
