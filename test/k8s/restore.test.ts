import { describe, expect, it } from 'vitest';
import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import { exportedClaimRef, isMeaningful, reclaimPolicyOf, releasedOutcome, serverFieldsOf } from '../../src/k8s/restore.js';

const pv = (spec: unknown) => ({ spec }) as unknown as PersistentVolume;

describe('serverFieldsOf', () => {
  it('reports exported values in a fixed order', () => {
    const object = {
      metadata: {
        uid: 'u',
        resourceVersion: '12',
        creationTimestamp: '2025-01-01T00:00:00Z',
        generation: 2,
        selfLink: '/x',
        managedFields: [{ manager: 'kubectl' }],
      },
      status: { phase: 'Bound' },
    };
    expect(serverFieldsOf(object).map((f) => f.field)).toEqual([
      'metadata.resourceVersion',
      'metadata.uid',
      'metadata.creationTimestamp',
      'metadata.selfLink',
      'metadata.managedFields',
      'metadata.generation',
      'status',
    ]);
  });
  it('ignores what dry-run output and Lists write: null, "", {}, nested empties, version "0"', () => {
    expect(serverFieldsOf({ metadata: { creationTimestamp: null, resourceVersion: '' }, status: { loadBalancer: {} } })).toEqual([]);
    expect(serverFieldsOf({ metadata: { resourceVersion: '0' } })).toEqual([]);
    expect(serverFieldsOf({ metadata: 'x', status: [] })).toEqual([]);
  });
  it('isMeaningful looks inside objects and arrays', () => {
    expect(isMeaningful({ a: { b: [] } })).toBe(false);
    expect(isMeaningful({ a: [{ b: 'x' }] })).toBe(true);
  });
});

describe('exported claimRef and reclaim', () => {
  it('reads uid and resourceVersion, "" when absent or malformed', () => {
    expect(exportedClaimRef(pv({ claimRef: { name: 'a', uid: 'u', resourceVersion: 7 } }))).toEqual({ uid: 'u', resourceVersion: '7' });
    expect(exportedClaimRef(pv({ claimRef: 'x' }))).toEqual({ uid: '', resourceVersion: '' });
    expect(exportedClaimRef(pv(null))).toEqual({ uid: '', resourceVersion: '' });
  });
  it('a manifest PV defaults to Retain', () => {
    expect(reclaimPolicyOf(pv({}))).toBe('Retain');
    expect(reclaimPolicyOf(pv({ persistentVolumeReclaimPolicy: 'Delete' }))).toBe('Delete');
    expect(releasedOutcome('Delete')).toContain('deletes the backing disk');
    expect(releasedOutcome('Retain')).toBe('never binds again');
  });
});
