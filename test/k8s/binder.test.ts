import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { describe, expect, it } from 'vitest';
import { accessModeGroups, provisioningOf, simulateBinder, type BinderClass, type BinderInput } from '../../src/k8s/binder.js';

interface PvOptions {
  size?: string;
  modes?: string[];
  className?: string;
  labels?: Record<string, string>;
  claimRef?: { namespace?: string; name: string; uid?: string };
  volumeMode?: string;
}

function pv(name: string, o: PvOptions = {}) {
  const object: PersistentVolume = {
    metadata: { name, ...(o.labels ? { labels: o.labels } : {}) },
    spec: {
      capacity: { storage: o.size ?? '10Gi' },
      accessModes: o.modes ?? ['ReadWriteOnce'],
      ...(o.className !== undefined ? { storageClassName: o.className } : {}),
      ...(o.claimRef ? { claimRef: o.claimRef } : {}),
      ...(o.volumeMode ? { volumeMode: o.volumeMode } : {}),
    },
  };
  return { name, object };
}

interface ClaimOptions {
  size?: string;
  modes?: string[];
  className?: string | null;
  volumeName?: string;
  selector?: PersistentVolumeClaim['spec'] extends infer S ? (S extends { selector?: infer L } ? L : never) : never;
  namespace?: string;
  annotations?: Record<string, string>;
  volumeMode?: string;
}

function claim(name: string, o: ClaimOptions = {}) {
  const object = {
    metadata: { name, ...(o.annotations ? { annotations: o.annotations } : {}) },
    spec: {
      accessModes: o.modes ?? ['ReadWriteOnce'],
      resources: { requests: { storage: o.size ?? '10Gi' } },
      ...(o.className !== undefined ? { storageClassName: o.className } : {}),
      ...(o.volumeName ? { volumeName: o.volumeName } : {}),
      ...(o.selector ? { selector: o.selector } : {}),
      ...(o.volumeMode ? { volumeMode: o.volumeMode } : {}),
    },
  } as PersistentVolumeClaim;
  return { namespace: o.namespace ?? 'default', name, object };
}

const csi: BinderClass = { provisioner: 'ebs.csi.aws.com', delayed: false };
const run = (input: Partial<BinderInput>) => simulateBinder({ volumes: [], claims: [], classes: new Map(), ...input });

describe('access-mode groups (allPossibleMatchingAccessModes)', () => {
  it('lists only sets offering every requested mode, fewest modes first', () => {
    const volumes = [
      pv('a', { modes: ['ReadWriteOnce', 'ReadWriteMany'] }),
      pv('b', { modes: ['ReadWriteOnce'] }),
      pv('c', { modes: ['ReadOnlyMany'] }),
      pv('d', { modes: ['ReadWriteMany', 'ReadWriteOnce'] }),
    ].map((v) => v.object);
    expect(accessModeGroups(volumes, ['ReadWriteOnce'])).toEqual([[1], [0, 3]]);
    expect(accessModeGroups(volumes, ['ReadWriteMany'])).toEqual([[0, 3]]);
  });
});

describe('findByClaim', () => {
  it('a 100Gi RWO PV beats a 10Gi RWO+RWX PV for an RWO claim (most specific mode set first)', () => {
    const results = run({
      volumes: [pv('small-rwx', { size: '10Gi', modes: ['ReadWriteOnce', 'ReadWriteMany'] }), pv('big-rwo', { size: '100Gi' })],
      claims: [claim('data', { size: '5Gi', className: '' })],
    });
    expect(results[0]).toEqual({ kind: 'bound', volume: 1, via: 'match' });
  });

  it('takes the smallest fitting PV within a group', () => {
    const results = run({
      volumes: [pv('a', { size: '50Gi' }), pv('b', { size: '20Gi' }), pv('c', { size: '5Gi' })],
      claims: [claim('data', { size: '10Gi', className: '' })],
    });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 1 });
  });

  it('10G does not satisfy 10Gi', () => {
    const [result] = run({ volumes: [pv('data-pv', { size: '10G' })], claims: [claim('data', { size: '10Gi', className: '' })] });
    expect(result).toMatchObject({
      kind: 'pending',
      why: 'empty-class',
      poolInView: true,
      closest: { volume: 0, failure: { kind: 'capacity' } },
    });
  });

  it('1024Mi satisfies 1Gi (values, not strings)', () => {
    const [result] = run({ volumes: [pv('p', { size: '1024Mi' })], claims: [claim('c', { size: '1Gi', className: '' })] });
    expect(result.kind).toBe('bound');
  });

  it('a PV leaves the pool once taken; the loser sees it as taken by the winner', () => {
    const results = run({ volumes: [pv('only')], claims: [claim('first', { className: '' }), claim('second', { className: '' })] });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 0 });
    expect(results[1]).toMatchObject({
      kind: 'pending',
      closest: { volume: 0, failure: { kind: 'taken', by: { name: 'first' } }, rival: 0 },
    });
  });

  it('volumeMode must be equal; nil is Filesystem', () => {
    const results = run({
      volumes: [pv('block', { volumeMode: 'Block' }), pv('fs')],
      claims: [claim('raw', { className: '', volumeMode: 'Block' }), claim('files', { className: '', volumeMode: 'Filesystem' })],
    });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 0 });
    expect(results[1]).toMatchObject({ kind: 'bound', volume: 1 });
  });

  it('applies the selector to unreserved PVs (NotIn matches an absent key)', () => {
    const results = run({
      volumes: [pv('labelled', { labels: { tier: 'slow' } }), pv('plain')],
      claims: [claim('c', { className: '', selector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['slow'] }] } })],
    });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 1 });
  });

  it('survives malformed selectors', () => {
    const broken = claim('c', { className: '' });
    (broken.object.spec as Record<string, unknown>).selector = { matchExpressions: 'nope', matchLabels: 'x' };
    expect(run({ volumes: [pv('p')], claims: [broken] })[0].kind).toBe('bound');
  });
});

describe('storage class: nil vs "" vs a name, and default-class injection', () => {
  const classes = new Map([['standard', csi]]);

  it('nil becomes the default class; "" stays ""', () => {
    expect(provisioningOf(claim('a').object, classes, 'standard')).toEqual({ kind: 'dynamic', storageClass: 'standard', delayed: false });
    expect(provisioningOf(claim('a', { className: '' }).object, classes, 'standard')).toEqual({
      kind: 'static',
      storageClass: '',
      why: 'empty-class',
    });
    expect(provisioningOf(claim('a').object, classes, undefined)).toEqual({ kind: 'static', storageClass: '', why: 'no-default' });
    expect(provisioningOf(claim('a', { className: null }).object, classes, 'standard').storageClass).toBe('standard');
  });

  it('the beta annotation wins over the field, even when empty', () => {
    const annotated = claim('a', { className: 'standard', annotations: { 'volume.beta.kubernetes.io/storage-class': '' } });
    expect(provisioningOf(annotated.object, classes, undefined)).toMatchObject({ storageClass: '', why: 'empty-class' });
  });

  it('no-provisioner and unknown classes only bind statically; WaitForFirstConsumer is normal', () => {
    const all = new Map<string, BinderClass>([
      ['local', { provisioner: 'kubernetes.io/no-provisioner', delayed: true }],
      ['wffc', { provisioner: 'pd.csi.storage.gke.io', delayed: true }],
    ]);
    expect(provisioningOf(claim('a', { className: 'local' }).object, all, undefined)).toMatchObject({
      kind: 'static',
      why: 'no-provisioner',
    });
    expect(provisioningOf(claim('a', { className: 'gone' }).object, all, undefined)).toMatchObject({
      kind: 'static',
      why: 'unknown-class',
    });
    expect(provisioningOf(claim('a', { className: 'wffc' }).object, all, undefined)).toEqual({
      kind: 'dynamic',
      storageClass: 'wffc',
      delayed: true,
    });
  });

  it('a claim without class gets the default and no longer binds classless PVs', () => {
    const [result] = run({ volumes: [pv('classless')], claims: [claim('c')], classes, defaultClass: 'standard' });
    expect(result).toEqual({ kind: 'dynamic', storageClass: 'standard', delayed: false });
  });

  it('without a default a claim without class binds classless PVs only', () => {
    const results = run({ volumes: [pv('manual', { className: 'manual' }), pv('classless')], claims: [claim('c')] });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 1 });
  });

  it('a claim without class and without a default in the view is pending but not judged', () => {
    const [result] = run({ volumes: [pv('manual', { className: 'manual' })], claims: [claim('c')] });
    expect(result).toMatchObject({ kind: 'pending', why: 'no-default', poolInView: false, closest: { failure: { kind: 'class' } } });
  });

  it('an unknown class is never judged (the cluster may define it)', () => {
    const results = run({
      volumes: [
        pv('named', { className: 'gold', size: '1Gi' }),
        pv('reserved', { className: 'silver', size: '1Gi', claimRef: { namespace: 'x', name: 'y' } }),
      ],
      claims: [
        claim('a', { className: 'silver' }),
        claim('b', { className: 'gold' }),
        claim('owner', { className: 'gold', volumeName: 'named', size: '1Gi' }),
      ],
    });
    expect(results[0]).toMatchObject({ kind: 'pending', why: 'unknown-class', poolInView: false });
    expect(results[1]).toMatchObject({ kind: 'pending', why: 'unknown-class', poolInView: false });
  });

  it('a dynamic claim still binds a static PV of its class first', () => {
    const [result] = run({ volumes: [pv('gold', { className: 'standard' })], claims: [claim('c', { className: 'standard' })], classes });
    expect(result).toMatchObject({ kind: 'bound', via: 'match' });
  });

  it('an unknown class binds statically to PVs carrying its name, and only they are its pool', () => {
    const results = run({
      volumes: [pv('m', { className: 'manual', size: '1Gi' })],
      claims: [claim('c', { className: 'manual' }), claim('d', { className: 'other' })],
    });
    expect(results[0]).toMatchObject({
      kind: 'pending',
      why: 'unknown-class',
      poolInView: true,
      closest: { failure: { kind: 'capacity' } },
    });
    expect(results[1]).toMatchObject({ kind: 'pending', why: 'unknown-class', poolInView: false });
  });

  it('the configured default class is not judged by the PVs that carry its name: the cluster provisions it', () => {
    const [result] = run({
      volumes: [pv('m', { className: 'standard', size: '1Gi' })],
      claims: [claim('c', {})],
      defaultClass: 'standard',
    });
    expect(result).toMatchObject({ kind: 'pending', why: 'unknown-class', poolInView: false });
  });

  it('a claim with a selector is judged against the PVs its labels pick, or that fail it on the labels alone', () => {
    const selector = { matchLabels: { app: 'data' } };
    const labelled = run({ volumes: [pv('l', { size: '1Gi', labels: { app: 'data' } })], claims: [claim('c', { selector })] });
    expect(labelled[0]).toMatchObject({ kind: 'pending', why: 'no-default', poolInView: true, closest: { failure: { kind: 'capacity' } } });
    const unlabelled = run({ volumes: [pv('u', {})], claims: [claim('c', { selector })] });
    expect(unlabelled[0]).toMatchObject({
      kind: 'pending',
      why: 'no-default',
      poolInView: true,
      closest: { failure: { kind: 'selector', unmet: ['app=data'] } },
    });
    const unrelated = run({ volumes: [pv('u', { size: '1Gi' })], claims: [claim('c', { selector })] });
    expect(unrelated[0]).toMatchObject({ kind: 'pending', why: 'no-default', poolInView: false });
  });
});

describe('pre-binding', () => {
  it('claimRef pre-binding skips class and selector', () => {
    const [result] = run({
      volumes: [pv('gold', { className: 'gold', claimRef: { namespace: 'default', name: 'c' } })],
      claims: [claim('c', { className: '', selector: { matchLabels: { disk: 'ssd' } } })],
    });
    expect(result).toEqual({ kind: 'bound', volume: 0, via: 'claimRef' });
  });

  it('a claimRef uid binds only the claim with that uid (IsVolumeBoundToClaim); a claim from a file has a new one', () => {
    const volumes = [pv('exported', { className: '', claimRef: { namespace: 'default', name: 'c', uid: 'u-1' } })];
    expect(run({ volumes, claims: [claim('c', { className: '' })] })[0]).toMatchObject({
      kind: 'pending',
      closest: { volume: 0, failure: { kind: 'reserved', name: 'c', uid: 'u-1' } },
    });
    expect(run({ volumes, claims: [claim('c', { className: '', volumeName: 'exported' })] })[0]).toMatchObject({
      kind: 'prebind-failed',
      miss: { failure: { kind: 'reserved', uid: 'u-1' } },
    });
    expect(run({ volumes, claims: [{ ...claim('c', { className: '' }), uid: 'u-1' }] })[0]).toEqual({
      kind: 'bound',
      volume: 0,
      via: 'claimRef',
    });
  });

  it('claimRef pre-binding still needs capacity, volumeMode and the access-mode superset', () => {
    const reserved = { namespace: 'default', name: 'c' };
    for (const volume of [
      pv('p', { size: '1Gi', claimRef: reserved }),
      pv('p', { volumeMode: 'Block', claimRef: reserved }),
      pv('p', { modes: ['ReadOnlyMany'], claimRef: reserved }),
    ]) {
      expect(run({ volumes: [volume], claims: [claim('c', { className: '' })] })[0].kind).toBe('pending');
    }
  });

  it('claimRef without namespace reserves the PV for nobody', () => {
    const [result] = run({ volumes: [pv('p', { claimRef: { name: 'c' } })], claims: [claim('c', { className: '' })] });
    expect(result).toMatchObject({
      kind: 'pending',
      poolInView: false,
      closest: { failure: { kind: 'reserved', namespace: '', name: 'c' } },
    });
  });

  it('a reserved PV in a wider mode group loses to a free PV in a narrower one', () => {
    const results = run({
      volumes: [pv('reserved', { modes: ['ReadWriteOnce', 'ReadWriteMany'], claimRef: { namespace: 'default', name: 'c' } }), pv('free')],
      claims: [claim('c', { className: '' })],
    });
    expect(results[0]).toEqual({ kind: 'bound', volume: 1, via: 'match' });
  });

  it('volumeName checks the class but not the selector', () => {
    const results = run({
      volumes: [pv('gold', { className: 'gold' }), pv('plain', { labels: { disk: 'hdd' } })],
      claims: [
        claim('a', { className: '', volumeName: 'gold' }),
        claim('b', { className: '', volumeName: 'plain', selector: { matchLabels: { disk: 'ssd' } } }),
      ],
    });
    expect(results[0]).toEqual({
      kind: 'prebind-failed',
      volumeName: 'gold',
      miss: { volume: 0, failure: { kind: 'class', want: '', have: 'gold' } },
    });
    expect(results[1]).toEqual({ kind: 'bound', volume: 1, via: 'volumeName' });
  });

  it('volumeName compares whole bytes (Value), rounded up', () => {
    const [result] = run({ volumes: [pv('p', { size: '1500m' })], claims: [claim('c', { className: '', size: '2', volumeName: 'p' })] });
    expect(result.kind).toBe('bound');
  });

  it('volumeName naming no PV, a PV reserved elsewhere, or a PV another volumeName claim got', () => {
    const results = run({
      volumes: [pv('theirs', { claimRef: { namespace: 'other', name: 'x' } }), pv('shared')],
      claims: [
        claim('a', { className: '', volumeName: 'missing' }),
        claim('b', { className: '', volumeName: 'theirs' }),
        claim('c', { className: '', volumeName: 'shared' }),
        claim('d', { className: '', volumeName: 'shared' }),
      ],
    });
    expect(results[0]).toEqual({ kind: 'prebind-failed', volumeName: 'missing' });
    expect(results[1]).toMatchObject({ kind: 'prebind-failed', miss: { failure: { kind: 'reserved', namespace: 'other', name: 'x' } } });
    expect(results[2]).toMatchObject({ kind: 'bound', volume: 1 });
    expect(results[3]).toMatchObject({ kind: 'prebind-failed', miss: { volume: 1, failure: { kind: 'taken' }, rival: 2 } });
  });

  it('a mutually pre-bound pair binds without checkVolumeSatisfyClaim', () => {
    const [result] = run({
      volumes: [pv('p', { size: '1Gi', className: 'gold', claimRef: { namespace: 'default', name: 'c' } })],
      claims: [claim('c', { className: '', volumeName: 'p' })],
    });
    expect(result).toMatchObject({ kind: 'bound', via: 'volumeName', mismatch: { kind: 'capacity' } });
  });
});

describe('binder order', () => {
  it('volumeName claims go first, then claimRef reservations, then the rest in input order', () => {
    const results = run({
      volumes: [pv('named'), pv('kept', { claimRef: { namespace: 'default', name: 'reserved' } }), pv('free', { size: '20Gi' })],
      claims: [
        claim('greedy', { className: '' }),
        claim('reserved', { className: '' }),
        claim('explicit', { className: '', volumeName: 'named' }),
      ],
    });
    expect(results[2]).toMatchObject({ kind: 'bound', volume: 0, via: 'volumeName' });
    expect(results[1]).toMatchObject({ kind: 'bound', volume: 1, via: 'claimRef' });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 2, via: 'match' });
  });

  it('a failed volumeName leaves the PV in the pool', () => {
    const results = run({
      volumes: [pv('p', { size: '5Gi' })],
      claims: [claim('big', { className: '', volumeName: 'p' }), claim('small', { className: '', size: '1Gi' })],
    });
    expect(results[0]).toMatchObject({ kind: 'prebind-failed', miss: { failure: { kind: 'capacity' } } });
    expect(results[1]).toMatchObject({ kind: 'bound', volume: 0 });
  });
});

describe('objects given twice', () => {
  it('a claim or PV given twice is one object: copies neither compete nor add volumes', () => {
    const results = run({
      volumes: [pv('p'), pv('p', { size: '100Gi' })],
      claims: [claim('c', { className: '' }), claim('c', { className: '' }), claim('d', { className: '' })],
    });
    expect(results[0]).toMatchObject({ kind: 'bound', volume: 0 });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toMatchObject({ kind: 'pending', closest: { volume: 0, failure: { kind: 'taken' } } });
  });
});

describe('closest miss', () => {
  it('prefers the later failing test, and the largest PV among capacity misses', () => {
    const results = run({
      volumes: [pv('tiny', { size: '1Gi' }), pv('almost', { size: '9Gi' }), pv('rwx', { modes: ['ReadWriteMany'] })],
      claims: [claim('c', { className: '' })],
    });
    expect(results[0]).toMatchObject({ closest: { volume: 2, failure: { kind: 'accessModes' } } });
    const capacityOnly = run({
      volumes: [pv('tiny', { size: '1Gi' }), pv('almost', { size: '9Gi' })],
      claims: [claim('c', { className: '' })],
    });
    expect(capacityOnly[0]).toMatchObject({ closest: { volume: 1, failure: { kind: 'capacity' } } });
  });

  it("prefers a PV of the claim's class that is too small to a big PV of another class", () => {
    const [result] = run({
      volumes: [pv('gold', { className: 'gold' }), pv('small', { size: '1Gi' })],
      claims: [claim('c', { className: '' })],
    });
    expect(result).toMatchObject({ closest: { volume: 1, failure: { kind: 'capacity' } } });
  });

  it("offers a PV of the claim's class even when it fails more tests than one of another class", () => {
    const [result] = run({
      volumes: [pv('gold', { className: 'gold' }), pv('raw', { size: '1Gi', volumeMode: 'Block' })],
      claims: [claim('c', { className: '' })],
    });
    expect(result).toMatchObject({ closest: { volume: 1, failure: { kind: 'capacity' } } });
  });

  it('reports taken only for a PV the claim could otherwise use', () => {
    const results = run({
      volumes: [pv('gold', { className: 'gold' })],
      claims: [claim('winner', { className: 'gold' }), claim('loser', { className: '' })],
    });
    expect(results[1]).toMatchObject({ kind: 'pending', closest: { failure: { kind: 'class' } } });
  });

  it('reports reserved elsewhere when every PV is reserved for another claim', () => {
    const [result] = run({
      volumes: [pv('p', { claimRef: { namespace: 'default', name: 'other' } })],
      claims: [claim('c', { className: '' })],
    });
    expect(result).toMatchObject({ kind: 'pending', poolInView: false, closest: { failure: { kind: 'reserved', name: 'other' } } });
  });

  it('a pending claim with no PV at all has no closest', () => {
    expect(run({ claims: [claim('c', { className: '' })] })[0]).toEqual({
      kind: 'pending',
      storageClass: '',
      why: 'empty-class',
      poolInView: false,
      closest: undefined,
    });
  });
});
