import { describe, expect, it } from 'vitest';
import { findFocus, focusGraph, namespaceGraph } from '../../src/graph/filter.js';
import { buildGraph, type Graph } from '../../src/graph/model.js';
import { toDot, toMermaid } from '../../src/graph/render.js';
import { lint, NEWEST_KUBE_VERSION } from '../../src/engine.js';
import { activeFindings } from '../../src/findings.js';
import { rules } from '../../rules/index.js';
import { bindingRows, formatBindingsTable } from '../../src/report/bindings.js';

function graphOf(text: string, assume?: string[]): Graph {
  const result = lint([{ file: 'view.yaml', text }], {
    rules,
    namespace: 'default',
    kubeVersion: NEWEST_KUBE_VERSION,
    ...(assume ? { assume } : {}),
  });
  return buildGraph(result.model, activeFindings(result.findings));
}

const edge = (graph: Graph, from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);
const node = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id);

const CLASS = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
`;

const podOn = (name: string, claim: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: shop}
spec:
  containers:
    - {name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}
  volumes:
    - name: data
      persistentVolumeClaim: {claimName: ${claim}}
${extra}`;

const claim = (name: string, spec: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: ${name}, namespace: shop}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 5Gi}}
${spec}`;

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  serviceName: db-headless
  replicas: 6
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - {name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
`;

describe('storage graph', () => {
  it('draws pod → claim → PV → class, with the binder decision and zones', () => {
    const graph = graphOf(
      [
        CLASS,
        podOn('web', 'web-data'),
        claim('web-data', '  storageClassName: fast\n  volumeName: web-pv\n'),
        `apiVersion: v1
kind: PersistentVolume
metadata:
  name: web-pv
  labels: {topology.kubernetes.io/zone: eu-west-1a}
spec:
  capacity: {storage: 5Gi}
  accessModes: [ReadWriteOnce]
  storageClassName: fast
  persistentVolumeReclaimPolicy: Retain
  csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}
`,
      ].join('---\n'),
    );
    expect(edge(graph, 'Pod/shop/web', 'PersistentVolumeClaim/shop/web-data')).toMatchObject({ kind: 'mounts', label: 'data' });
    expect(edge(graph, 'PersistentVolumeClaim/shop/web-data', 'PersistentVolume/web-pv')).toMatchObject({
      kind: 'binds',
      label: 'binds (volumeName)',
    });
    expect(edge(graph, 'PersistentVolume/web-pv', 'StorageClass/fast')).toMatchObject({ kind: 'class' });
    expect(node(graph, 'PersistentVolume/web-pv')?.zones).toEqual(['eu-west-1a']);
    expect(node(graph, 'StorageClass/fast')?.details).toEqual(['ebs.csi.aws.com', 'WaitForFirstConsumer, default']);
    expect(graph.edges.every((e) => !e.broken)).toBe(true);
  });

  it('ends a reference to an absent claim at a missing node labelled with the rule that reports it', () => {
    const graph = graphOf(podOn('web', 'gone'));
    const missing = node(graph, 'missing:PersistentVolumeClaim/shop/gone');
    expect(missing).toMatchObject({ state: 'missing', ruleId: 'claim-not-found', details: ['missing: claim-not-found'] });
    expect(edge(graph, 'Pod/shop/web', missing!.id)?.broken?.ruleId).toBe('claim-not-found');
    expect(toMermaid(graph)).toContain('✗ claim-not-found');
    expect(toDot(graph)).toMatch(/class="edge broken"/);
  });

  it('draws an object the configuration assumes in the cluster as assumed, not broken', () => {
    const graph = graphOf(podOn('web', 'legacy'), ['PersistentVolumeClaim/shop/legacy']);
    expect(node(graph, 'missing:PersistentVolumeClaim/shop/legacy')?.state).toBe('assumed');
    expect(graph.edges.every((e) => !e.broken)).toBe(true);
  });

  it('draws a pending claim to its closest PV with the failed binder test, broken by pvc-unbindable', () => {
    const graph = graphOf(
      [
        podOn('web', 'web-data'),
        claim('web-data', '  storageClassName: ""\n'),
        `apiVersion: v1
kind: PersistentVolume
metadata: {name: small}
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  nfs: {server: nfs.local, path: /srv}
`,
      ].join('---\n'),
    );
    expect(node(graph, 'PersistentVolumeClaim/shop/web-data')?.state).toBe('pending');
    expect(edge(graph, 'PersistentVolumeClaim/shop/web-data', 'PersistentVolume/small')).toMatchObject({
      kind: 'closest',
      tentative: true,
      label: 'closest, fails capacity',
      broken: { ruleId: 'pvc-unbindable' },
    });
  });

  it('ends a claim on an undeclared class at a missing StorageClass rather than at its closest PV', () => {
    const graph = graphOf(
      [
        claim('fancy', '  storageClassName: fancy-ssd\n'),
        `apiVersion: v1
kind: PersistentVolume
metadata: {name: small}
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  nfs: {server: nfs.local, path: /srv}
`,
      ].join('---\n'),
    );
    expect(graph.edges.filter((e) => e.from === 'PersistentVolumeClaim/shop/fancy')).toEqual([
      expect.objectContaining({
        to: 'missing:StorageClass/fancy-ssd',
        broken: expect.objectContaining({ ruleId: 'pvc-storageclass-not-found' }),
      }),
    ]);
  });

  it('expands StatefulSet claims per ordinal, folds the rest, and links the governing Service', () => {
    const graph = graphOf([CLASS, statefulSet].join('---\n'));
    const claims = graph.edges.filter((e) => e.from === 'StatefulSet/shop/db' && e.kind === 'claims').map((e) => e.to);
    expect(claims).toEqual([
      'PersistentVolumeClaim/shop/data-db-0',
      'PersistentVolumeClaim/shop/data-db-1',
      'PersistentVolumeClaim/shop/data-db-2',
      'more:StatefulSet/shop/db/data-db-3',
    ]);
    expect(node(graph, 'more:StatefulSet/shop/db/data-db-3')?.details).toEqual(['3 more claims of this template']);
    expect(edge(graph, 'PersistentVolumeClaim/shop/data-db-0', 'StorageClass/fast')?.label).toBe('provisions on first consumer');
    expect(edge(graph, 'StatefulSet/shop/db', 'missing:Service/shop/db-headless')?.broken?.ruleId).toBe('sts-service-not-found');
  });

  it('draws ephemeral claims of a named pod, and one template node for pods of a controller', () => {
    const volume = `  volumes:
    - name: scratch
      ephemeral:
        volumeClaimTemplate:
          spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: job, namespace: shop}
spec:
  containers: [{name: app, image: busybox:1.36, volumeMounts: [{name: scratch, mountPath: /tmp}]}]
${volume}`;
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: app, image: busybox:1.36, volumeMounts: [{name: scratch, mountPath: /tmp}]}]
${volume.replace(/^/gm, '    ')}`;
    const graph = graphOf([CLASS, pod, deployment].join('---\n'));
    expect(edge(graph, 'Pod/shop/job', 'PersistentVolumeClaim/shop/job-scratch')?.label).toBe('scratch (ephemeral)');
    expect(edge(graph, 'PersistentVolumeClaim/shop/job-scratch', 'StorageClass/fast')?.kind).toBe('provisions');
    const template = 'ephemeral:Deployment/shop/api/scratch';
    expect(node(graph, template)?.name).toBe('<pod>-scratch');
    expect(edge(graph, template, 'StorageClass/fast')).toBeDefined();
  });

  it('links ConfigMap and Secret volumes; a missing one is broken by configmap-or-secret-not-found', () => {
    const graph = graphOf(`apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec:
  containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: conf, mountPath: /etc/app}, {name: tls, mountPath: /tls}]}]
  volumes:
    - {name: conf, configMap: {name: app-config}}
    - {name: tls, secret: {secretName: app-tls}}
---
apiVersion: v1
kind: Secret
metadata: {name: app-tls, namespace: shop}
`);
    expect(edge(graph, 'Pod/shop/web', 'Secret/shop/app-tls')?.broken).toBeUndefined();
    expect(edge(graph, 'Pod/shop/web', 'missing:ConfigMap/shop/app-config')?.broken?.ruleId).toBe('configmap-or-secret-not-found');
  });

  it('leaves out workloads without volumes and lists inline volumes inside their workload', () => {
    const graph = graphOf(`apiVersion: v1
kind: Pod
metadata: {name: plain, namespace: shop}
spec: {containers: [{name: app, image: nginx:1.27}]}
---
apiVersion: v1
kind: Pod
metadata: {name: cache, namespace: shop}
spec:
  containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: tmp, mountPath: /tmp}]}]
  volumes: [{name: tmp, emptyDir: {}}]
`);
    expect(node(graph, 'Pod/shop/plain')).toBeUndefined();
    expect(node(graph, 'Pod/shop/cache')?.details).toEqual(['tmp: emptyDir']);
  });

  it('focus keeps a node, what it reaches and what reaches it; namespace keeps its objects and the PVs they reach', () => {
    const graph = graphOf(
      [
        CLASS,
        podOn('web', 'web-data'),
        podOn('other', 'other-data'),
        claim('web-data', ''),
        claim('other-data', ''),
        podOn('elsewhere', 'x').replace('namespace: shop', 'namespace: ops'),
      ].join('---\n'),
    );
    const focused = focusGraph(
      graph,
      findFocus(graph, 'pvc/web-data')!.map((n) => n.id),
    );
    expect(focused.nodes.map((n) => n.id).sort()).toEqual(['PersistentVolumeClaim/shop/web-data', 'Pod/shop/web', 'StorageClass/fast']);
    expect(findFocus(graph, 'Pod/shop/web')).toHaveLength(1);
    expect(findFocus(graph, 'Pod/ops/web')).toEqual([]);
    expect(findFocus(graph, 'web')).toBeUndefined();
    const ops = namespaceGraph(graph, 'ops');
    expect(ops.nodes.map((n) => n.id)).toEqual(['Pod/ops/elsewhere', 'missing:PersistentVolumeClaim/ops/x']);
  });
});

describe('bindings table', () => {
  it('names the binder decision per claim and, for a pending claim, the failed test and the closest PV', () => {
    const result = lint(
      [
        {
          file: 'view.yaml',
          text: [
            CLASS,
            claim('dynamic', ''),
            claim('stuck', '  storageClassName: ""\n'),
            `apiVersion: v1
kind: PersistentVolume
metadata: {name: small}
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  nfs: {server: nfs.local, path: /srv}
`,
          ].join('---\n'),
        },
      ],
      { rules, namespace: 'default', kubeVersion: NEWEST_KUBE_VERSION },
    );
    const rows = bindingRows(result.model);
    expect(rows.map((r) => [r.name, r.result, r.storageClass, r.classDefaulted])).toEqual([
      ['dynamic', 'dynamic', 'fast', true],
      ['stuck', 'pending', '', false],
    ]);
    expect(rows[1]).toMatchObject({ closest: 'small', reason: expect.stringContaining('PersistentVolume small has 1Gi') });
    const table = formatBindingsTable(rows);
    expect(table.split('\n')[0]).toMatch(/^CLAIM\s+SIZE\s+MODES\s+CLASS\s+RESULT$/);
    expect(table).toContain('shop/dynamic  5Gi   RWO    fast (default)  dynamically provisioned by StorageClass fast');
    expect(table).toContain('pending: class "" is never provisioned; closest: it requests 5Gi');
  });
});

describe('rules, bindings and the graph agree', () => {
  const view = (text: string) => lint([{ file: 'view.yaml', text }], { rules, namespace: 'default', kubeVersion: NEWEST_KUBE_VERSION });

  it('a claim with a selector on a provisioning class is pending everywhere, as pvc-selector-blocks-provisioning says', () => {
    const text = [CLASS, claim('picky', '  selector: {matchLabels: {tier: gold}}\n')].join('---\n');
    const result = view(text);
    expect(result.findings.map((f) => f.ruleId)).toContain('pvc-selector-blocks-provisioning');
    const [row] = bindingRows(result.model);
    expect(row).toMatchObject({ result: 'pending', reason: expect.stringContaining('claim Selector is not supported') });
    const graph = buildGraph(result.model, activeFindings(result.findings));
    expect(node(graph, 'PersistentVolumeClaim/shop/picky')?.state).toBe('pending');
    expect(edge(graph, 'PersistentVolumeClaim/shop/picky', 'StorageClass/fast')).toMatchObject({
      label: 'provisioning refused (selector)',
      broken: { ruleId: 'pvc-selector-blocks-provisioning' },
    });
  });

  it('an exported claimRef uid does not bind the re-created claim, as restore-claimref-uid says', () => {
    const pv = `apiVersion: v1
kind: PersistentVolume
metadata: {name: exported}
spec:
  storageClassName: ""
  capacity: {storage: 5Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  claimRef: {namespace: shop, name: data, uid: 5d1e0f2a-3b4c-4d5e-8f60-7a8b9c0d1e2f}
  nfs: {server: nfs.local, path: /srv}
`;
    const result = view([pv, claim('data', '  storageClassName: ""\n  volumeName: exported\n')].join('---\n'));
    const rules = result.findings.map((f) => f.ruleId);
    expect(rules).toContain('restore-claimref-uid');
    expect(rules).not.toContain('pvc-volumename-reserved-elsewhere');
    const [row] = bindingRows(result.model);
    expect(row).toMatchObject({ result: 'pending', reason: expect.stringContaining('uid 5d1e0f2a-3b4c-4d5e-8f60-7a8b9c0d1e2f') });
    const graph = buildGraph(result.model, activeFindings(result.findings));
    expect(edge(graph, 'PersistentVolume/exported', 'PersistentVolumeClaim/shop/data')).toMatchObject({
      label: 'claimRef (uid of an earlier claim)',
      broken: { ruleId: 'restore-claimref-uid' },
    });
  });
});
