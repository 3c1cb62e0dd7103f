import { describe, expect, it } from 'vitest';
import { describeValue, fieldName, firstDifference } from '../../src/k8s/object-difference.js';
import { updateConflict, type UpdateContext } from '../../src/k8s/update-conflicts.js';

type Written = Record<string, unknown>;

const noClasses: UpdateContext = { allowsExpansion: () => undefined };

const claim = (spec: Written, metadata: Written = {}): Written => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', ...metadata },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } }, ...spec },
});

/** The field path the update is refused on, or undefined when the API server accepts it. */
function refused(before: Written, after: Written, context: UpdateContext = noClasses): string | undefined {
  const conflict = updateConflict(String(after.apiVersion), String(after.kind), before, after, context);
  return conflict && fieldName(conflict.path);
}

describe('updateConflict: PersistentVolumeClaim', () => {
  it('refuses other access modes, selector, volumeMode, data source and limits', () => {
    expect(refused(claim({}), claim({ accessModes: ['ReadWriteMany'] }))).toBe('spec.accessModes[0]');
    expect(refused(claim({}), claim({ selector: { matchLabels: { tier: 'a' } } }))).toBe('spec.selector');
    expect(refused(claim({}), claim({ volumeMode: 'Block' }))).toBe('spec.volumeMode');
    expect(refused(claim({}), claim({ dataSource: { kind: 'PersistentVolumeClaim', name: 'src' } }))).toBe('spec.dataSource');
  });

  it('takes a written default for the default (volumeMode: Filesystem, 10Gi as 10240Mi)', () => {
    expect(refused(claim({}), claim({ volumeMode: 'Filesystem' }))).toBeUndefined();
    expect(refused(claim({}), claim({ resources: { requests: { storage: '10240Mi' } } }))).toBeUndefined();
  });

  it('refuses another class, dropping a class, and a class after the default was given; allows a first class where no default exists', () => {
    expect(refused(claim({ storageClassName: 'a' }), claim({ storageClassName: 'b' }))).toBe('spec.storageClassName');
    expect(refused(claim({ storageClassName: 'a' }), claim({}))).toBe('spec.storageClassName');
    expect(refused(claim({}), claim({ storageClassName: 'b' }), { ...noClasses, defaultClass: 'a' })).toBe('spec.storageClassName');
    expect(refused(claim({}), claim({ storageClassName: 'a' }), { ...noClasses, defaultClass: 'a' })).toBeUndefined();
    expect(refused(claim({}), claim({ storageClassName: 'b' }))).toBeUndefined();
    expect(refused(claim({}, { annotations: { 'volume.beta.kubernetes.io/storage-class': 'a' } }), claim({ storageClassName: 'b' }))).toBe(
      'spec.storageClassName',
    );
  });

  it('refuses a smaller request, and a larger one only where the class does not expand', () => {
    const small = claim({ storageClassName: 'gp3', resources: { requests: { storage: '1Gi' } } });
    const large = claim({ storageClassName: 'gp3', resources: { requests: { storage: '100Gi' } } });
    expect(refused(large, small)).toBe('spec.resources.requests.storage');
    expect(refused(small, large)).toBeUndefined();
    expect(refused(small, large, { allowsExpansion: () => false })).toBe('spec.resources.requests.storage');
    expect(refused(small, large, { allowsExpansion: () => true })).toBeUndefined();
  });

  it('lets the PV controller fill volumeName in, but not change or drop a written one', () => {
    expect(refused(claim({}), claim({ volumeName: 'pv-1' }))).toBeUndefined();
    expect(refused(claim({ volumeName: 'pv-1' }), claim({ volumeName: 'pv-2' }))).toBe('spec.volumeName');
    expect(refused(claim({ volumeName: 'pv-1' }), claim({}))).toBe('spec.volumeName');
  });
});

describe('updateConflict: other kinds', () => {
  const pv = (spec: Written): Written => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec });
  const storageClass = (fields: Written): Written => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'fast' },
    provisioner: 'ebs.csi.aws.com',
    ...fields,
  });
  const statefulSet = (spec: Written): Written => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec });
  const service = (spec: Written): Written => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec });

  it('PersistentVolume: the volume source and volumeMode are fixed, capacity and class are not', () => {
    expect(refused(pv({ nfs: { server: 'a', path: '/x' } }), pv({ nfs: { server: 'b', path: '/x' } }))).toBe('spec.nfs.server');
    expect(refused(pv({ nfs: { server: 'a', path: '/x' } }), pv({ hostPath: { path: '/x' } }))).toBe('spec.hostPath');
    expect(
      refused(
        pv({ hostPath: { path: '/x' }, capacity: { storage: '1Gi' } }),
        pv({ hostPath: { path: '/x' }, capacity: { storage: '5Gi' } }),
      ),
    ).toBeUndefined();
  });

  it('StorageClass: provisioner, parameters, reclaimPolicy and volumeBindingMode are fixed; written defaults are no change', () => {
    expect(refused(storageClass({}), storageClass({ parameters: { type: 'io2' } }))).toBe('parameters');
    expect(refused(storageClass({ reclaimPolicy: 'Retain' }), storageClass({}))).toBe('reclaimPolicy');
    expect(refused(storageClass({}), storageClass({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' }))).toBeUndefined();
    expect(refused(storageClass({}), storageClass({ allowVolumeExpansion: true }))).toBeUndefined();
  });

  it('StatefulSet: claim templates and serviceName are fixed, replicas and template are not', () => {
    const template = (size: string) => [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: size } } } }];
    expect(refused(statefulSet({ volumeClaimTemplates: template('1Gi') }), statefulSet({ volumeClaimTemplates: template('2Gi') }))).toBe(
      'spec.volumeClaimTemplates[0].spec.resources.requests.storage',
    );
    expect(refused(statefulSet({ serviceName: 'a' }), statefulSet({ serviceName: 'b' }))).toBe('spec.serviceName');
    // apps/v1beta1 defaulted a missing selector from the template labels: only two written selectors compare.
    expect(refused(statefulSet({}), statefulSet({ selector: { matchLabels: { app: 'db' } } }))).toBeUndefined();
    expect(
      refused(statefulSet({ selector: { matchLabels: { app: 'a' } } }), statefulSet({ selector: { matchLabels: { app: 'b' } } })),
    ).toBe('spec.selector.matchLabels.app');
    expect(
      refused(statefulSet({ replicas: 1 }), statefulSet({ replicas: 3, template: { metadata: { labels: { v: '2' } } } })),
    ).toBeUndefined();
  });

  it('Service: becoming headless or changing a written cluster IP is refused; leaving it out keeps the allocated one', () => {
    expect(refused(service({}), service({ clusterIP: 'None' }))).toBe('spec.clusterIP');
    expect(refused(service({ clusterIP: '10.0.0.1' }), service({ clusterIP: '10.0.0.2' }))).toBe('spec.clusterIP');
    expect(refused(service({ clusterIP: '10.0.0.1' }), service({}))).toBeUndefined();
    expect(refused(service({ type: 'ExternalName', externalName: 'a' }), service({ clusterIP: 'None' }))).toBeUndefined();
  });

  it('Deployment selector, Job template, Secret type, immutable ConfigMap data and RoleBinding roleRef', () => {
    const deployment = (labels: Written): Written => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: { selector: { matchLabels: labels } },
    });
    expect(refused(deployment({ app: 'a' }), deployment({ app: 'a', tier: 'web' }))).toBe('spec.selector.matchLabels.tier');
    const job = (image: string): Written => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      spec: { template: { spec: { containers: [{ name: 'a', image }] } } },
    });
    expect(refused(job('busybox:1'), job('busybox:2'))).toBe('spec.template.spec.containers[0].image');
    expect(refused({ apiVersion: 'v1', kind: 'Secret' }, { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls' })).toBe('type');
    expect(refused({ apiVersion: 'v1', kind: 'Secret' }, { apiVersion: 'v1', kind: 'Secret', type: 'Opaque' })).toBeUndefined();
    const config = (value: string, immutable?: boolean): Written => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { a: value },
      ...(immutable ? { immutable } : {}),
    });
    expect(refused(config('1', true), config('2', true))).toBe('data.a');
    expect(refused(config('1'), config('2'))).toBeUndefined();
    const binding = (role: string): Written => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      roleRef: { kind: 'Role', name: role },
    });
    expect(refused(binding('a'), binding('b'))).toBe('roleRef.name');
  });

  it('accepts any change of a kind it knows nothing fixed in', () => {
    const pod = (image: string): Written => ({ apiVersion: 'example.com/v1', kind: 'Widget', spec: { image } });
    expect(refused(pod('a'), pod('b'))).toBeUndefined();
  });
});

describe('firstDifference and describeValue', () => {
  it('finds the first differing path, in the later copy’s field order, with null and absence alike', () => {
    expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 3] }, a: 2 })).toEqual({ path: ['b', 'c', 1], before: 2, after: 3 });
    expect(firstDifference({ metadata: { creationTimestamp: null } }, { metadata: {} })).toBeUndefined();
    expect(firstDifference({ spec: { type: 'x' } }, { spec: {} })).toEqual({ path: ['spec', 'type'], before: 'x', after: undefined });
  });

  it('shows values short, on one line', () => {
    expect(describeValue(undefined)).toBe('not set');
    expect(describeValue('fast')).toBe("'fast'");
    expect(describeValue('{\n  "a": 1\n}')).toBe(`'{ "a": 1 }'`);
    expect(describeValue(['ReadWriteOnce'])).toBe('[ReadWriteOnce]');
    expect(describeValue({ app: 'db', tier: { x: 1 } })).toBe('{app: db, tier: {x: 1}}');
    expect(describeValue('x'.repeat(100))).toHaveLength(60);
  });
});
