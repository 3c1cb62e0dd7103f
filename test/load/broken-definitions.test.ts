import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../src/load/broken-definition.js';
import { loadFiles } from '../../src/load/load.js';

const load = (files: Record<string, string>) =>
  loadFiles(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    { namespace: 'default' },
  );

describe('objects defined in documents that do not parse', () => {
  it('are known by kind, name, namespace, file and the line the document starts on', () => {
    const result = load({
      'app.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: fine}
---
# the claim the Deployment mounts
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  accessModes: [ReadWriteOnce]
 resources: {}
---
apiVersion: v1
kind: PersistentVolume
metadata:
  labels: {tier: db}
  name: "pv-1" # quoted, with a comment
spec:
	capacity: {storage: 1Gi}
`,
    });
    expect(result.resources.map((r) => r.name)).toEqual(['fine']);
    expect(result.brokenDefinitions).toEqual([
      { kind: 'PersistentVolumeClaim', name: 'data', namespace: 'shop', file: 'app.yaml', line: 6 },
      { kind: 'PersistentVolume', name: 'pv-1', file: 'app.yaml', line: 15 },
    ]);
  });

  it('give a namespaced kind the default namespace, as its resource would have', () => {
    const { brokenDefinitions } = load({ 'cm.yaml': 'kind: ConfigMap\nmetadata: {name: settings}\ndata: [\n' });
    expect(brokenDefinitions).toEqual([{ kind: 'ConfigMap', name: 'settings', namespace: 'default', file: 'cm.yaml', line: 1 }]);
  });

  it('are not made up from documents that parse, or where kind or name cannot be read', () => {
    const { brokenDefinitions } = load({
      'a.yaml': 'kind: ConfigMap\nmetadata:\n  name: ok\n',
      'b.yaml': 'kind: ConfigMap\nmetadata:\n  labels:\n    name: not-the-name\ndata: [\n',
      'c.yaml': 'kind: {{ .Kind }}\nmetadata:\n  name: x\n',
      'd.yaml': 'kind: List\nmetadata:\n  name: x\nitems: [\n',
      'e.yaml': 'kind: Secret\nmetadata:\n  name: {{ name }}\n',
    });
    expect(brokenDefinitions).toEqual([]);
  });
});

describe('reading an identity line by line', () => {
  it('takes generateName when there is no name, and only the first level under metadata', () => {
    expect(readIdentity('kind: Job\nmetadata:\n  annotations:\n    name: no\n  generateName: job-\n')).toEqual({
      kind: 'Job',
      name: 'job-',
      line: 1,
    });
    expect(readIdentity('metadata:\n    name: four\n    namespace: ns\nkind: Pod\n')).toEqual({
      kind: 'Pod',
      name: 'four',
      namespace: 'ns',
      line: 1,
    });
  });

  it('refuses values that are not single plain strings', () => {
    expect(readIdentity('kind: Pod\nmetadata:\n  name: |\n    x\n')).toBeUndefined();
    expect(readIdentity('kind: Pod\nmetadata:\n  name: [a]\n')).toBeUndefined();
    expect(readIdentity('kind: Pod\nmetadata:\n  name: a: b\n')).toBeUndefined();
  });
});
