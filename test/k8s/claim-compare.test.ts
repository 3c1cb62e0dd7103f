import { describe, expect, it } from 'vitest';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { claimDifferences } from '../../src/k8s/claim-compare.js';

const claim = (spec: Record<string, unknown>, annotations?: Record<string, string>) =>
  ({
    metadata: { annotations },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } }, ...spec },
  }) as unknown as PersistentVolumeClaim;

describe('claimDifferences (what createPersistentVolumeClaims never compares)', () => {
  it('equal or larger claims do not differ; modes compare as sets', () => {
    expect(claimDifferences(claim({ resources: { requests: { storage: '20Gi' } } }), claim({}), undefined)).toEqual([]);
    expect(
      claimDifferences(
        claim({ accessModes: ['ReadOnlyMany', 'ReadWriteOnce'] }),
        claim({ accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] }),
        undefined,
      ),
    ).toEqual([]);
  });
  it('10G is smaller than 10Gi', () => {
    expect(claimDifferences(claim({ resources: { requests: { storage: '10G' } } }), claim({}), undefined)).toEqual([
      { field: 'resources.requests.storage', want: '10Gi (10737418240 bytes)', have: '10G (10000000000 bytes)', value: '10Gi' },
    ]);
  });
  it('classes compare after default-class admission; nil and "" differ when a default exists', () => {
    expect(claimDifferences(claim({ storageClassName: 'std' }), claim({}), 'std')).toEqual([]);
    expect(claimDifferences(claim({ storageClassName: '' }), claim({}), 'std').map((d) => d.field)).toEqual(['storageClassName']);
    expect(claimDifferences(claim({ storageClassName: '' }), claim({}), undefined)).toEqual([]);
    expect(
      claimDifferences(
        claim({ storageClassName: 'b' }, { 'volume.beta.kubernetes.io/storage-class': 'a' }),
        claim({ storageClassName: 'a' }),
        undefined,
      ),
    ).toEqual([]);
  });
  it('volumeMode nil is Filesystem', () => {
    expect(claimDifferences(claim({ volumeMode: 'Filesystem' }), claim({}), undefined)).toEqual([]);
    expect(claimDifferences(claim({ volumeMode: 'Block' }), claim({}), undefined).map((d) => d.field)).toEqual(['volumeMode']);
  });
});
