import { describe, expect, it } from 'vitest';
import { forbiddenTemplateMetadata, isControlledBy } from '../../src/k8s/ephemeral.js';

describe('forbiddenTemplateMetadata (ValidateTemplateObjectMeta)', () => {
  it('allows labels and annotations, and zero values', () => {
    expect(forbiddenTemplateMetadata({ labels: { a: 'b' }, annotations: { c: 'd' } })).toEqual([]);
    expect(forbiddenTemplateMetadata({ name: '', creationTimestamp: null, finalizers: [] })).toEqual([]);
    expect(forbiddenTemplateMetadata(null)).toEqual([]);
  });

  it('lists every other field that is set', () => {
    expect(forbiddenTemplateMetadata({ name: 'data', namespace: 'x', labels: {}, finalizers: ['f'] })).toEqual([
      'name',
      'namespace',
      'finalizers',
    ]);
  });

  it('ignores keys ObjectMeta does not have (the decoder drops them)', () => {
    expect(forbiddenTemplateMetadata({ foo: 'bar' })).toEqual([]);
  });
});

describe('isControlledBy (metav1.IsControlledBy)', () => {
  const ref = { apiVersion: 'v1', kind: 'Pod', name: 'web', controller: true };
  it('needs a controller reference of that kind and name', () => {
    expect(isControlledBy({ ownerReferences: [ref] }, { kind: 'Pod', name: 'web' })).toBe(true);
    expect(isControlledBy({ ownerReferences: [{ ...ref, controller: false }] }, { kind: 'Pod', name: 'web' })).toBe(false);
    expect(isControlledBy({ ownerReferences: [{ ...ref, name: 'api' }] }, { kind: 'Pod', name: 'web' })).toBe(false);
    expect(isControlledBy({}, { kind: 'Pod', name: 'web' })).toBe(false);
  });

  it('compares UIDs when both are known', () => {
    expect(isControlledBy({ ownerReferences: [{ ...ref, uid: '1' }] }, { kind: 'Pod', name: 'web', uid: '2' })).toBe(false);
    expect(isControlledBy({ ownerReferences: [{ ...ref, uid: '1' }] }, { kind: 'Pod', name: 'web', uid: '1' })).toBe(true);
    expect(isControlledBy({ ownerReferences: [{ ...ref, uid: '1' }] }, { kind: 'Pod', name: 'web' })).toBe(true);
  });
});
