import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/k8s/names.js';
import { loadFiles } from '../../src/load/load.js';
import type { Resource } from '../../src/load/resource.js';
import { Model, type ModelOptions } from '../../src/model/model.js';
import { isMissing, nearMisses, type Reference, type ReferenceTarget, type Resolution } from '../../src/model/references.js';

function modelOf(text: string, assume: readonly string[] | Partial<ModelOptions> = []): Model {
  const loaded = loadFiles([{ file: 'view.yaml', text }], { namespace: 'default' });
  const options = Array.isArray(assume) ? { assume } : assume;
  return new Model(loaded.resources, loaded.problems, loaded.stats, { namespace: 'default', kubeVersion: '1.35', ...options });
}

const view = `apiVersion: v1
kind: Service
metadata: {name: db-hs, namespace: shop}
spec: {clusterIP: None, selector: {app: db}}
---
apiVersion: v1
kind: Service
metadata: {name: queue, namespace: messaging}
---
apiVersion: v1
kind: Service
metadata: {name: queue, namespace: billing}
---
apiVersion: v1
kind: Service
metadata: {name: queue, namespace: messaging}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  serviceName: db-hs
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: postgres}]}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: shared-pv}
spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /a}, claimRef: {namespace: shop, name: shared-pv}}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: archive}
spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /b}}
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast-ssd}
provisioner: pd.csi.storage.gke.io
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast-hdd}
provisioner: pd.csi.storage.gke.io
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web-settings, namespace: shop}
data: {mode: prod}
---
apiVersion: v1
kind: Secret
metadata: {name: web-token, namespace: shop}
stringData: {token: abc}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: portable}
data: {a: b}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: shop}
spec: {secretName: web-tls, issuerRef: {name: ca}}
---
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: generated-settings
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: loose}
spec:
  selector: {matchLabels: {app: loose}}
  template:
    metadata: {labels: {app: loose}}
    spec: {containers: [{name: loose, image: nginx}]}
`;

const model = modelOf(view);
const resource = (kind: string, name: string): Resource => model.ofKind(kind).find((r) => r.name === name)!;
const web = resource('Deployment', 'web');
const from = (referrer: Resource = web) => ({ resource: referrer, path: ['spec'] });
const resolve = (reference: Omit<Reference, 'from'>, referrer?: Resource) => model.resolveReference({ ...reference, from: from(referrer) });
const labels = (targets: readonly ReferenceTarget[]) => targets.map((t) => t.label);

describe('resolveReference', () => {
  it('finds written objects, and only in the namespace asked', () => {
    const found = resolve({ kind: 'Service', namespace: 'shop', name: 'db-hs' });
    expect(found).toMatchObject({ outcome: 'found' });
    expect(found.outcome === 'found' && found.targets).toEqual([
      {
        kind: 'Service',
        name: 'db-hs',
        namespace: 'shop',
        origin: 'object',
        resource: resource('Service', 'db-hs'),
        path: ['metadata', 'name'],
        label: 'Service shop/db-hs',
      },
    ]);
    expect(resolve({ kind: 'StorageClass', namespace: undefined, name: 'fast-ssd' }).outcome).toBe('found');
  });

  it('counts what other objects create as found, with the creator as the location', () => {
    const claim = resolve({ kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'data-db-1' });
    expect(claim.outcome === 'found' && claim.targets[0]).toMatchObject({
      origin: 'produced',
      resource: resource('StatefulSet', 'db'),
      path: ['spec', 'volumeClaimTemplates', 0, 'metadata', 'name'],
      label: 'claim shop/data-db-1 of StatefulSet shop/db',
    });
    const secret = resolve({ kind: 'Secret', namespace: 'shop', name: 'web-tls' });
    expect(secret.outcome === 'found' && secret.targets[0]).toMatchObject({
      origin: 'produced',
      path: ['spec', 'secretName'],
      label: 'Certificate shop/web creates Secret web-tls',
    });
    const generated = resolve({ kind: 'ConfigMap', namespace: 'anywhere', name: 'generated-settings' });
    expect(generated.outcome === 'found' && generated.targets[0]).toMatchObject({ origin: 'produced', namespace: undefined });
  });

  it('finds what every cluster has, with no location to point at', () => {
    const rootCa = resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'kube-root-ca.crt' });
    expect(rootCa.outcome === 'found' && rootCa.targets).toEqual([
      expect.objectContaining({ origin: 'cluster', path: [], keys: new Set(['ca.crt']) }),
    ]);
    expect(rootCa.outcome === 'found' && rootCa.targets[0].resource).toBeUndefined();
  });

  it('takes an object without a namespace as found in any, when one side leaves its namespace to the apply', () => {
    // `portable` has no metadata.namespace: `kubectl apply -n shop` puts it next to the pods.
    expect(resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'portable' }).outcome).toBe('found');
    // `loose` has no namespace either: its ConfigMap in shop may well be applied next to it.
    expect(resolve({ kind: 'ConfigMap', namespace: 'default', name: 'web-settings' }, resource('Deployment', 'loose')).outcome).toBe(
      'found',
    );
    expect(resolve({ kind: 'ConfigMap', namespace: 'default', name: 'web-settings' }, web).outcome).toBe('other-namespace');
  });

  it('is assumed when the configuration says the object is in the cluster, and found wins over assumed', () => {
    const assuming = modelOf(view, ['Service/shop/*', 'StorageClass/gp2']);
    const ask = (reference: Omit<Reference, 'from'>) =>
      assuming.resolveReference({ ...reference, from: { resource: assuming.ofKind('Deployment')[0], path: [] } });
    expect(ask({ kind: 'Service', namespace: 'shop', name: 'anything' })).toEqual({ outcome: 'assumed' });
    expect(ask({ kind: 'StorageClass', namespace: undefined, name: 'gp2' })).toEqual({ outcome: 'assumed' });
    expect(ask({ kind: 'Service', namespace: 'shop', name: 'db-hs' }).outcome).toBe('found');
    expect(ask({ kind: 'Service', namespace: 'other', name: 'anything' }).outcome).toBe('not-in-view');
  });

  it('names the kind a name is of when users confuse the two', () => {
    const pv = resolve({ kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'archive' });
    expect(pv).toMatchObject({ outcome: 'other-kind', kind: 'PersistentVolume' });
    expect(pv.outcome === 'other-kind' && labels(pv.targets)).toEqual(['PersistentVolume archive']);
    const secret = resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'web-token', keys: ['token'] });
    expect(secret).toMatchObject({ outcome: 'other-kind', kind: 'Secret' });
    expect(secret.outcome === 'other-kind' && labels(secret.targets)).toEqual(['Secret shop/web-token']);
  });

  it('is no mix-up when the other object lacks the keys asked for, or is the referrer itself', () => {
    expect(resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'web-token', keys: ['password'] }).outcome).toBe('not-in-view');
    // A PV whose claimRef repeats its own name is waiting for a claim of that name.
    const self = resolve(
      { kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'shared-pv' },
      resource('PersistentVolume', 'shared-pv'),
    );
    expect(self.outcome).toBe('not-in-view');
    expect(resolve({ kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'shared-pv' }).outcome).toBe('other-kind');
  });

  it('lists the other namespaces sorted and once, and every copy as a target', () => {
    const queue = resolve({ kind: 'Service', namespace: 'shop', name: 'queue' });
    expect(queue).toMatchObject({ outcome: 'other-namespace', namespaces: ['billing', 'messaging'] });
    expect(queue.outcome === 'other-namespace' && labels(queue.targets)).toEqual([
      'Service messaging/queue',
      'Service billing/queue',
      'Service messaging/queue',
    ]);
    const claim = resolve({ kind: 'PersistentVolumeClaim', namespace: 'web', name: 'data-db-0' });
    expect(claim).toMatchObject({ outcome: 'other-namespace', namespaces: ['shop'] });
  });

  it('gives the near misses in scope, best first, with the objects that carry each name', () => {
    // Nearer first, whatever the alphabet says; equally near ones by name.
    const typo = resolve({ kind: 'StorageClass', namespace: undefined, name: 'fast-sd' });
    expect(typo.outcome === 'near-miss' && typo.candidates.map((c) => [c.name, c.distance, c.scope])).toEqual([
      ['fast-ssd', 1, 'cluster'],
      ['fast-hdd', 2, 'cluster'],
    ]);
    expect(typo.outcome === 'near-miss' && labels(typo.candidates[0].targets)).toEqual(['StorageClass fast-ssd']);
    const claim = resolve({ kind: 'PersistentVolumeClaim', namespace: 'shop', name: 'data-db-2' });
    expect(claim.outcome === 'near-miss' && claim.candidates.map((c) => [c.name, c.scope])).toEqual([
      ['data-db-0', 'namespace'],
      ['data-db-1', 'namespace'],
    ]);
    expect(claim.outcome === 'near-miss' && labels(claim.candidates[0].targets)).toEqual(['claim shop/data-db-0 of StatefulSet shop/db']);
  });

  it('does not suggest objects meant for every namespace, nor names too far off', () => {
    // generated-settings (kustomize) and kube-root-ca.crt are in every namespace, so never a typo target here.
    expect(resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'generated-setting' }).outcome).toBe('not-in-view');
    expect(resolve({ kind: 'ConfigMap', namespace: 'shop', name: 'web-setting' })).toMatchObject({
      outcome: 'near-miss',
      candidates: [{ name: 'web-settings', distance: 1 }],
    });
    expect(resolve({ kind: 'Service', namespace: 'shop', name: 'cache' })).toEqual({ outcome: 'not-in-view' });
  });

  it('accepts any of several kinds, and reports by the first', () => {
    const either = resolve({ kind: ['VolumeSnapshot', 'PersistentVolumeClaim'], namespace: 'shop', name: 'data-db-0' });
    expect(either.outcome).toBe('found');
    const elsewhere = resolve({ kind: ['Secret', 'Service'], namespace: 'shop', name: 'queue' });
    expect(elsewhere).toMatchObject({ outcome: 'other-namespace', namespaces: ['billing', 'messaging'] });
    // A kind the reference accepts is no mix-up.
    expect(resolve({ kind: ['ConfigMap', 'Secret'], namespace: 'shop', name: 'web-token' }).outcome).toBe('found');
  });

  it('answers a referrer asking twice with the same resolution', () => {
    const reference = { kind: 'Service', namespace: 'shop', name: 'queue' };
    expect(model.resolveReference({ ...reference, from: { resource: web, path: ['a'] } })).toBe(
      model.resolveReference({ ...reference, from: { resource: web, path: ['b'] } }),
    );
  });
});

describe('isMissing', () => {
  it('is true for every outcome but found and assumed', () => {
    const outcomes: Resolution[] = [
      { outcome: 'found', targets: [] },
      { outcome: 'assumed' },
      { outcome: 'other-kind', kind: 'Secret', targets: [], related: true },
      { outcome: 'other-namespace', namespaces: [], targets: [], related: true },
      { outcome: 'near-miss', candidates: [] },
      { outcome: 'not-in-view' },
    ];
    expect(outcomes.map(isMissing)).toEqual([false, false, true, true, true, true]);
  });
});

describe('nearMisses', () => {
  const target = (name: string): ReferenceTarget => ({ kind: 'Service', name, namespace: 'ns', origin: 'object', path: [], label: name });

  it('folds case, skips the name itself and empty names, and breaks ties by name', () => {
    expect(nearMisses('Api_Data', ['app-data', 'api-data', 'Api_Data', ''].map(target)).map((m) => [m.name, m.distance])).toEqual([
      ['api-data', 1],
      ['app-data', 2],
    ]);
    expect(nearMisses('ab', [target('')])).toEqual([]);
  });

  it('groups copies of one name', () => {
    expect(nearMisses('queue', [target('queues'), target('queues')])).toEqual([
      { name: 'queues', distance: 1, scope: 'namespace', related: true, targets: [target('queues'), target('queues')] },
    ]);
  });

  const name = fc.stringMatching(/^[a-cA-C-]{0,8}$/);
  test.prop([
    name,
    fc.array(
      name.filter((n) => n !== ''),
      { maxLength: 8 },
    ),
  ])('puts first what closest() suggests', (written, names) => {
    expect(nearMisses(written, names.map(target))[0]?.name).toBe(closest(written, names));
  });
});

describe('resolveReference with operators and the configuration', () => {
  const operators = modelOf(
    `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: pg, namespace: shop}
spec: {instances: 3, storage: {size: 1Gi}}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: orders, namespace: shop}
`,
    { defaultStorageClass: 'gp3' },
  );
  const referrer = operators.ofKind('Cluster')[0];
  const ask = (kind: string, name: string, namespace: string | undefined = 'shop') =>
    operators.resolveReference({ kind, namespace, name, from: { resource: referrer, path: [] } });

  it('finds the Secrets and Services an operator creates, with the operator as the location', () => {
    expect(ask('Secret', 'pg-app')).toMatchObject({ outcome: 'found', targets: [{ origin: 'produced', resource: referrer }] });
    expect(ask('Service', 'pg-rw')).toMatchObject({ outcome: 'found', targets: [{ label: 'Cluster shop/pg creates Service pg-rw' }] });
    expect(ask('Service', 'pg-rw', 'other').outcome).toBe('other-namespace');
  });

  it('takes the configured default StorageClass as a class of the cluster', () => {
    expect(ask('StorageClass', 'gp3', undefined)).toMatchObject({ outcome: 'found', targets: [{ origin: 'cluster' }] });
  });

  it('names a custom resource of the namespace called like part of a name nothing explains', () => {
    expect(ask('Secret', 'orders-credentials')).toMatchObject({
      outcome: 'probable-producer',
      producer: { kind: 'Widget', name: 'orders' },
    });
    expect(ask('Secret', 'unrelated').outcome).toBe('not-in-view');
  });
});

describe('a reference to an object of a document that does not parse', () => {
  it('is known as defined there, a hint beside the finding on that document, not a missing object', async () => {
    const { lintTexts } = await import('../helpers.js');
    const result = lintTexts({
      'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: hf-secret\nstringData:\n  token: {{HF_TOKEN}}\n',
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata: {name: llm}
spec:
  containers:
    - name: llm
      image: vllm/vllm-openai
      env:
        - name: HF_TOKEN
          valueFrom: {secretKeyRef: {name: hf-secret, key: token}}
`,
    });
    const finding = result.findings.find((f) => f.ruleId === 'configmap-or-secret-not-found');
    expect(finding).toMatchObject({
      severity: 'info',
      fix: 'defined in a document that does not parse (secret.yaml:1); fix that document',
    });
    expect(result.findings.some((f) => f.file === 'secret.yaml' && f.ruleId.startsWith('helm-template'))).toBe(true);
  });
});
