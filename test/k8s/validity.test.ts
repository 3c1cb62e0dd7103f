import { describe, expect, it } from 'vitest';
import { accessModeProblems } from '../../src/k8s/access-mode-validation.js';
import { dataSourceProblems } from '../../src/k8s/datasource.js';
import { featureOn, kubeMinor } from '../../src/k8s/feature-versions.js';
import { labelMapProblems, labelSelectorProblems } from '../../src/k8s/label-selector-validation.js';
import { pvSpecProblems } from '../../src/k8s/pv-spec-validation.js';
import { fractionalFixes, quantityFixes } from '../../src/k8s/quantity-fix.js';
import { parseQuantity, type Quantity } from '../../src/k8s/quantity.js';

const q = (text: string): Quantity => {
  const parsed = parseQuantity(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.quantity;
};
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('quantityFixes', () => {
  it.each([
    ['10GB', ['10G', '10Gi']],
    ['10Gb', ['10G', '10Gi']],
    ['1K', ['1k', '1Ki']],
    ['1KB', ['1k', '1Ki']],
    ['5gi', ['5Gi']],
    ['1 Gi', ['1Gi']],
    ['1KiB', ['1Ki']],
    ['512MiB', ['512Mi']],
    ['500mb', ['500M', '500Mi']],
    ['100B', ['100']],
    ['1,5Gi', ['1.5Gi']],
    ['2 T', ['2T', '2Ti']],
  ])('%s → %j', (text, fixes) => {
    expect(quantityFixes(text)).toEqual(fixes);
  });
  it.each(['1e', '1E', 'Gi', 'abc', '10XB', '1.2.3Gi'])('has no guess for %s', (text) => {
    expect(quantityFixes(text)).toEqual([]);
  });
  it('every guess parses', () => {
    for (const text of ['10GB', '1K', '5gi', '1 Gi', '7tb'])
      for (const fix of quantityFixes(text)) expect(parseQuantity(fix).ok).toBe(true);
  });
});

describe('fractionalFixes', () => {
  it('reads an m suffix as a mistaken M', () => expect(fractionalFixes(q('500m'))).toEqual(['500M', '500Mi']));
  it('otherwise rounds up to whole bytes as Value() does', () => {
    expect(fractionalFixes(q('1.5'))).toEqual(['2']);
    expect(fractionalFixes(q('0.1Ki'))).toEqual(['103']);
  });
  it('has nothing for whole bytes (0.5Ki = 512, 2000m = 2)', () => {
    expect(fractionalFixes(q('0.5Ki'))).toEqual([]);
    expect(fractionalFixes(q('2000m'))).toEqual([]);
  });
});

describe('feature versions', () => {
  it('reads 1.N and falls back to the newest', () => {
    expect(kubeMinor('1.26')).toBe(26);
    expect(kubeMinor('v1.29.3')).toBe(29);
    expect(kubeMinor('latest')).toBe(Number.POSITIVE_INFINITY);
  });
  it('knows the default-on boundaries', () => {
    expect(featureOn('ReadWriteOncePod', '1.26')).toBe(false);
    expect(featureOn('ReadWriteOncePod', '1.27')).toBe(true);
    expect(featureOn('AnyVolumeDataSource', '1.23')).toBe(false);
    expect(featureOn('AnyVolumeDataSource', '1.24')).toBe(true);
  });
});

describe('accessModeProblems', () => {
  it('requires at least one mode (absent, null or [])', () => {
    for (const raw of [undefined, null, []]) expect(codes(accessModeProblems(raw, '1.35'))).toEqual(['empty']);
  });
  it('leaves a non-list to the schema', () => expect(accessModeProblems('ReadWriteOnce', '1.35')).toEqual([]));
  it('reports unknown values at their index with a suggestion', () => {
    expect(accessModeProblems(['ReadWriteOnce', 'ReadWriteOne'], '1.35')).toEqual([
      { code: 'unknown', value: 'ReadWriteOne', suggestion: 'ReadWriteOnce', path: [1] },
    ]);
  });
  it('rejects ReadWriteOncePod with another mode, accepts it alone', () => {
    expect(accessModeProblems(['ReadWriteOncePod', 'ReadWriteOnce'], '1.35')).toEqual([
      { code: 'rwop-mixed', others: ['ReadWriteOnce'], path: [] },
    ]);
    expect(accessModeProblems(['ReadWriteOncePod'], '1.35')).toEqual([]);
  });
  it('rejects ReadWriteOncePod before 1.27 (gate off by default)', () => {
    expect(codes(accessModeProblems(['ReadWriteOncePod'], '1.26'))).toEqual(['rwop-not-available']);
  });
});

describe('label selector validation', () => {
  it('checks operators, values and syntax of matchExpressions', () => {
    const problems = labelSelectorProblems({
      matchExpressions: [
        { key: 'a', operator: 'In' },
        { key: 'b', operator: 'NotIn', values: [] },
        { key: 'c', operator: 'Exists', values: ['x'] },
        { key: 'd', operator: 'in', values: ['x'] },
        { key: 'bad key', operator: 'DoesNotExist' },
        { key: 'e', operator: 'In', values: ['ok', 'not ok'] },
      ],
    });
    expect(problems.map((p) => `${p.code}@${p.path.join('.')}`)).toEqual([
      'values-required@matchExpressions.0.operator',
      'values-required@matchExpressions.1.values',
      'values-forbidden@matchExpressions.2.values',
      'operator@matchExpressions.3.operator',
      'key@matchExpressions.4.key',
      'value@matchExpressions.5.values.1',
    ]);
    expect(problems[3]).toMatchObject({ suggestion: 'In' });
  });
  it('checks matchLabels and plain maps; "" and null values are valid', () => {
    expect(labelSelectorProblems({ matchLabels: { app: 'web', tier: '', 'x/y': null } })).toEqual([]);
    expect(codes(labelMapProblems({ 'team name': 'a', app: 'my app' }))).toEqual(['key', 'value']);
  });
  it('skips unrendered template values and non-objects', () => {
    expect(labelMapProblems({ app: '{{ .Values.app }}' })).toEqual([]);
    expect(labelSelectorProblems('app=web')).toEqual([]);
  });
});

describe('pvSpecProblems', () => {
  const base = { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], nfs: { server: 's', path: '/p' } };
  it('accepts a complete PV', () => expect(pvSpecProblems(base, '1.35')).toEqual([]));
  it('needs capacity.storage and nothing else there', () => {
    expect(codes(pvSpecProblems({ ...base, capacity: undefined }, '1.35'))).toEqual(['capacity-missing']);
    expect(codes(pvSpecProblems({ ...base, capacity: { iops: '3' } }, '1.35'))).toEqual(['capacity-key', 'capacity-missing']);
  });
  it('needs exactly one source, and a patch may leave capacity and source out', () => {
    expect(codes(pvSpecProblems({ capacity: { storage: '1Gi' } }, '1.35'))).toEqual(['no-source']);
    expect(pvSpecProblems({ accessModes: ['ReadWriteOnce'] }, '1.35', true)).toEqual([]);
    expect(pvSpecProblems({ ...base, hostPath: { path: '/x' } }, '1.35')).toMatchObject([
      { code: 'several-sources', source: 'nfs', first: 'hostPath' },
    ]);
  });
  it('requires node affinity with terms for local volumes', () => {
    const local = { capacity: { storage: '1Gi' }, local: { path: '/mnt/a' } };
    expect(codes(pvSpecProblems(local, '1.35'))).toEqual(['local-affinity']);
    expect(codes(pvSpecProblems({ ...local, nodeAffinity: {} }, '1.35'))).toEqual(['affinity-required']);
    expect(codes(pvSpecProblems({ ...local, nodeAffinity: { required: { nodeSelectorTerms: [] } } }, '1.35'))).toEqual(['affinity-terms']);
    expect(
      codes(pvSpecProblems({ capacity: { storage: '1Gi' }, local: {}, nodeAffinity: { required: { nodeSelectorTerms: [{}] } } }, '1.35')),
    ).toEqual(['required']);
  });
  it('forbids Recycle of the root hostPath, in any spelling path.Clean reduces to /', () => {
    for (const path of ['/', '//', '/.', '/./']) {
      expect(
        codes(pvSpecProblems({ capacity: { storage: '1Gi' }, hostPath: { path }, persistentVolumeReclaimPolicy: 'Recycle' }, '1.35')),
      ).toContain('recycle-root');
    }
    expect(
      codes(pvSpecProblems({ capacity: { storage: '1Gi' }, hostPath: { path: '/srv' }, persistentVolumeReclaimPolicy: 'Recycle' }, '1.35')),
    ).toEqual([]);
  });
  it('checks volumeAttributesClassName only where the feature is on (1.34+)', () => {
    expect(codes(pvSpecProblems({ ...base, volumeAttributesClassName: '' }, '1.35'))).toEqual(['vac-empty']);
    expect(codes(pvSpecProblems({ ...base, volumeAttributesClassName: 'gold' }, '1.35'))).toEqual(['vac-csi']);
    expect(pvSpecProblems({ ...base, volumeAttributesClassName: 'gold' }, '1.33')).toEqual([]);
  });
  it('requires csi.volumeHandle and a DNS-subdomain class name', () => {
    expect(codes(pvSpecProblems({ capacity: { storage: '1Gi' }, csi: { driver: 'ebs.csi.aws.com' } }, '1.35'))).toEqual(['required']);
    expect(codes(pvSpecProblems({ ...base, storageClassName: 'Fast_SSD' }, '1.35'))).toEqual([]); // object-name-invalid's finding
  });
});

describe('dataSourceProblems', () => {
  const snapshot = { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 's' };
  it('accepts clones, snapshots, populators and equal pairs', () => {
    expect(dataSourceProblems({ dataSource: { kind: 'PersistentVolumeClaim', name: 'a' } }, '1.35')).toEqual([]);
    expect(dataSourceProblems({ dataSource: snapshot, dataSourceRef: snapshot }, '1.35')).toEqual([]);
    expect(dataSourceProblems({ dataSourceRef: { apiGroup: 'cdi.kubevirt.io', kind: 'VolumeImportSource', name: 'x' } }, '1.35')).toEqual(
      [],
    );
  });
  it('requires name and kind', () => {
    expect(codes(dataSourceProblems({ dataSource: {} }, '1.35'))).toEqual(['required', 'required']);
  });
  it('rejects a core kind other than PersistentVolumeClaim from 1.24, drops it (warning) before', () => {
    expect(dataSourceProblems({ dataSource: { kind: 'VolumeSnapshot', name: 's' } }, '1.35')).toMatchObject([
      { code: 'core-kind', dropped: false },
    ]);
    expect(dataSourceProblems({ dataSource: { kind: 'VolumeSnapshot', name: 's' } }, '1.23')).toMatchObject([
      { code: 'core-kind', dropped: true },
    ]);
  });
  it('rejects an apiGroup with a version and suggests the group', () => {
    expect(dataSourceProblems({ dataSource: { ...snapshot, apiGroup: 'snapshot.storage.k8s.io/v1' } }, '1.35')).toMatchObject([
      { code: 'api-group', suggestion: 'snapshot.storage.k8s.io' },
    ]);
  });
  it('warns about a PersistentVolumeClaim with an apiGroup', () => {
    expect(codes(dataSourceProblems({ dataSourceRef: { apiGroup: 'v1', kind: 'PersistentVolumeClaim', name: 'a' } }, '1.35'))).toEqual([
      'claim-group',
    ]);
  });
  it('before 1.24 drops other dataSource kinds and ignores dataSourceRef', () => {
    expect(codes(dataSourceProblems({ dataSource: { apiGroup: 'x.io', kind: 'Thing', name: 'a' } }, '1.23'))).toEqual(['dropped']);
    expect(dataSourceProblems({ dataSource: { apiGroup: 'x.io', kind: 'Thing', name: 'a' } }, '1.35')).toEqual([]);
    expect(dataSourceProblems({ dataSourceRef: {} }, '1.23')).toEqual([]);
  });
  it('requires both fields to match, and dataSource empty with a cross-namespace ref', () => {
    expect(
      codes(dataSourceProblems({ dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: snapshot }, '1.35')),
    ).toEqual(['mismatch']);
    expect(codes(dataSourceProblems({ dataSource: snapshot, dataSourceRef: { ...snapshot, namespace: 'other' } }, '1.35'))).toEqual([
      'namespace-with-datasource',
    ]);
  });
});

describe('placeholders', async () => {
  const { isPlaceholderName, isPlaceholderText } = await import('../../src/k8s/placeholders.js');
  it('recognises template, envsubst and documentation placeholders', () => {
    for (const text of ['{{ .Values.size }}', '${SIZE}', '$APP_INSTANCE_NAME', '$APP-svc', '<mongodb-name>-svc'])
      expect(isPlaceholderText(text)).toBe(true);
    for (const text of ['web', '10Gi', 'a-b', 'x<y']) expect(isPlaceholderText(text)).toBe(false);
  });
  it('reads all-caps names as placeholders where a quantity belongs, not units', () => {
    for (const text of ['FILESTORE_CAPACITY', 'SIZE', 'PV_SIZE']) expect(isPlaceholderName(text)).toBe(true);
    for (const text of ['GB', 'GiB', '10GB', 'KB']) expect(isPlaceholderName(text)).toBe(false);
  });
  it('reads documentation class names as placeholders, not ordinary example names', async () => {
    const { isPlaceholderClassName } = await import('../../src/k8s/placeholders.js');
    for (const name of ['my-storage-class', 'your-storage-class', '<your-class>', '$STORAGE_CLASS', 'STORAGE_CLASS_NAME', 'your_class'])
      expect(isPlaceholderClassName(name)).toBe(true);
    for (const name of ['standard', 'my-azurefile-sc', 'fast-ssd', 'yourself', 'gp3']) expect(isPlaceholderClassName(name)).toBe(false);
  });
  it('reads values where a number belongs', async () => {
    const { isPlaceholderValue } = await import('../../src/k8s/placeholders.js');
    for (const value of ['PORT', '${REPLICAS}', '<ADD LUN ID Here>', '__PORT__', { '{replicas}': null }])
      expect(isPlaceholderValue(value)).toBe(true);
    for (const value of ['80', 'http', 3, { a: 1 }]) expect(isPlaceholderValue(value)).toBe(false);
  });
});
