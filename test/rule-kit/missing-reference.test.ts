import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/load.js';
import type { Resource } from '../../src/load/resource.js';
import { Model } from '../../src/model/model.js';
import type { Reference, ReferenceTarget } from '../../src/model/references.js';
import type { ResourceReport, RuleContext } from '../../src/rule.js';
import {
  namespacesPhrase,
  relatedOf,
  reportMissingReference,
  type MissingReferenceWording,
  type OtherNamespace,
  type Phrase,
} from '../../src/rule-kit/missing-reference.js';

const view = `apiVersion: v1
kind: Service
metadata: {name: cassandra, namespace: data}
---
apiVersion: v1
kind: Service
metadata: {name: queue, namespace: messaging}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: notes-pv}
spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /a}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: data}
spec: {containers: [{name: web, image: nginx}]}
`;

/** The message set of a rule: the data each outcome's wording must supply is checked against it. */
type Messages = {
  missing: "'{name}' is not in namespace '{namespace}'";
  elsewhere: "'{name}' exists only in {other}";
  mixUp: "'{name}' is a {kind}";
};

const loaded = loadFiles([{ file: 'view.yaml', text: view }], { namespace: 'default' });
const model = new Model(loaded.resources, loaded.problems, loaded.stats, {
  namespace: 'default',
  kubeVersion: '1.35',
  assume: ['Service/data/from-cluster'],
});
const pod = model.ofKind('Pod')[0];
const byName = (kind: string, name: string): Resource => model.ofKind(kind).find((r) => r.name === name)!;

function reportsOf(kind: string, name: string, wording: MissingReferenceWording<Messages>, comment?: string): ResourceReport<Messages>[] {
  const reports: ResourceReport<Messages>[] = [];
  const context: RuleContext<Messages> = {
    model,
    scalarSource: () => undefined,
    trailingComment: () => comment,
    report: (report) => reports.push(report),
    reportFile: () => {
      throw new Error('not a file finding');
    },
  };
  const reference: Reference = { kind, namespace: 'data', name, from: { resource: pod, path: ['spec', 'volumes', 0] } };
  reportMissingReference(context, reference, wording);
  return reports;
}

const elsewhere = ({ where }: OtherNamespace): Phrase<Messages> => ({ messageId: 'elsewhere', data: { name: 'x', other: where } });
const full: MissingReferenceWording<Messages> = {
  notFound: ({ didYouMean }) => ({ messageId: 'missing', data: { name: 'x', namespace: 'data' }, fix: didYouMean }),
  otherNamespace: elsewhere,
  otherKind: ({ kind }) => ({ messageId: 'mixUp', data: { name: 'x', kind } }),
};

describe('reportMissingReference', () => {
  it('says nothing when the reference is found or assumed', () => {
    expect(reportsOf('Service', 'cassandra', full)).toEqual([]);
    expect(reportsOf('Service', 'from-cluster', full)).toEqual([]);
  });

  it('reports a name not in view on the referring field as an error when its folder declares others of the kind', () => {
    expect(reportsOf('Service', 'redis', full)).toEqual([
      {
        messageId: 'missing',
        data: { name: 'x', namespace: 'data' },
        fix: undefined,
        related: [],
        resource: pod,
        path: ['spec', 'volumes', 0],
        severity: 'error',
      },
    ]);
  });

  it('reports a target of a kind the folder does not declare as a warning that says how to declare it', () => {
    expect(reportsOf('ConfigMap', 'settings', full)).toMatchObject([
      { messageId: 'missing', severity: 'warning', fix: expect.stringContaining('assume: [ConfigMap/data/settings]') },
    ]);
  });

  it('reports a name clusters commonly provide as a hint, with the wording the rule gives', () => {
    expect(reportsOf('StorageClass', 'gp2', { ...full, providedByClusters: 'set platform: eks' })).toMatchObject([
      { messageId: 'missing', severity: 'info', fix: 'set platform: eks' },
    ]);
  });

  it('hands a near miss to the not-found wording with the candidate and a did-you-mean', () => {
    let seen: unknown;
    const [report] = reportsOf('Service', 'casandra', {
      ...full,
      notFound: (miss) => {
        seen = miss;
        return full.notFound(miss);
      },
    });
    expect(report).toMatchObject({ messageId: 'missing', fix: "did you mean 'cassandra'?", related: [] });
    expect(seen).toMatchObject({ nearest: { name: 'cassandra', distance: 1 }, didYouMean: "did you mean 'cassandra'?" });
  });

  it('points at the objects found instead of the one named, unless the wording says otherwise', () => {
    const queue = byName('Service', 'queue');
    expect(reportsOf('Service', 'queue', full)).toEqual([
      expect.objectContaining({
        messageId: 'elsewhere',
        data: { name: 'x', other: "namespace 'messaging'" },
        related: [{ resource: queue, path: ['metadata', 'name'], message: 'Service messaging/queue' }],
      }),
    ]);
    const pv = byName('PersistentVolume', 'notes-pv');
    expect(reportsOf('PersistentVolumeClaim', 'notes-pv', full)).toEqual([
      expect.objectContaining({
        messageId: 'mixUp',
        data: { name: 'x', kind: 'PersistentVolume' },
        related: [{ resource: pv, path: ['metadata', 'name'], message: 'PersistentVolume notes-pv' }],
      }),
    ]);
    const [own] = reportsOf('Service', 'queue', { ...full, otherNamespace: (facts) => ({ ...elsewhere(facts), related: [] }) });
    expect(own.related).toEqual([]);
  });

  it('reports a PersistentVolume not in view as a warning even where its folder declares others: PVs come from administrators and provisioners', () => {
    expect(reportsOf('PersistentVolume', 'retained-pv', full)).toMatchObject([
      { messageId: 'missing', severity: 'warning', fix: expect.stringContaining('assume: [PersistentVolume/retained-pv]') },
    ]);
  });

  it('caps the severity at what the wording allows', () => {
    expect(reportsOf('Service', 'casandra', { ...full, atMost: 'info' })).toMatchObject([{ severity: 'info' }]);
    expect(reportsOf('ConfigMap', 'settings', { ...full, atMost: 'error' })).toMatchObject([{ severity: 'warning' }]);
  });

  it('reports a name its comment marks as a fill-in as a hint that quotes the comment', () => {
    expect(reportsOf('Service', 'casandra', full, 'change to your service')).toMatchObject([
      {
        severity: 'info',
        fix: "'# change to your service' marks this as a value to fill in: put the real one before applying; did you mean 'cassandra'?",
      },
    ]);
    expect(reportsOf('Service', 'casandra', full, 'the ring of seeds')).toMatchObject([{ severity: 'error' }]);
  });

  it('words an outcome the rule has no wording for as not found, still pointing at what is there', () => {
    const [report] = reportsOf('PersistentVolumeClaim', 'notes-pv', { notFound: full.notFound });
    expect(report).toMatchObject({ messageId: 'missing', related: [{ message: 'PersistentVolume notes-pv' }] });
    const [inOther] = reportsOf('Service', 'queue', { notFound: full.notFound });
    expect(inOther).toMatchObject({ messageId: 'missing', related: [{ message: 'Service messaging/queue' }] });
  });
});

describe('relatedOf and namespacesPhrase', () => {
  it('leaves out targets that are in no file', () => {
    const clusterWide: ReferenceTarget = {
      kind: 'ConfigMap',
      name: 'kube-root-ca.crt',
      namespace: undefined,
      origin: 'cluster',
      path: [],
      label: '',
    };
    const written: ReferenceTarget = { ...clusterWide, origin: 'object', resource: pod, path: ['metadata', 'name'], label: 'ConfigMap x' };
    expect(relatedOf([clusterWide, written])).toEqual([{ resource: pod, path: ['metadata', 'name'], message: 'ConfigMap x' }]);
  });

  it('says namespace or namespaces', () => {
    expect(namespacesPhrase(['a'])).toBe("namespace 'a'");
    expect(namespacesPhrase(['a', 'b'])).toBe("namespaces 'a', 'b'");
  });
});
