import { describe, expect, it } from 'vitest';
import { declaredClaimClass, effectiveClaimClass, isDefaultClass, volumeClass } from '../../src/k8s/storage-class.js';

const beta = 'volume.beta.kubernetes.io/storage-class';

describe('claim and volume classes (component-helpers helpers.go)', () => {
  it('the beta annotation wins over the field, even when empty', () => {
    expect(declaredClaimClass({ metadata: { annotations: { [beta]: '' } }, spec: { storageClassName: 'fast' } })).toBe('');
    expect(volumeClass({ metadata: { annotations: { [beta]: 'slow' } }, spec: { storageClassName: 'fast' } })).toBe('slow');
  });
  it('nil is not "": only nil gets the default class', () => {
    expect(declaredClaimClass({ spec: {} })).toBeUndefined();
    expect(effectiveClaimClass({ spec: {} }, 'standard')).toBe('standard');
    expect(effectiveClaimClass({ spec: { storageClassName: '' } }, 'standard')).toBe('');
    expect(effectiveClaimClass({ spec: {} }, undefined)).toBe('');
  });
  it('a class is default only for the exact string "true"', () => {
    const sc = (value: string) => ({
      provisioner: 'x',
      metadata: { annotations: { 'storageclass.kubernetes.io/is-default-class': value } },
    });
    expect(isDefaultClass(sc('true'))).toBe(true);
    expect(isDefaultClass(sc('True'))).toBe(false);
    expect(isDefaultClass(sc('yes'))).toBe(false);
    // An unquoted `true`/`True` is a YAML boolean that kubectl cannot decode into the annotations.
    expect(isDefaultClass(sc(true as unknown as string))).toBe(false);
    expect(
      isDefaultClass({ provisioner: 'x', metadata: { annotations: { 'storageclass.beta.kubernetes.io/is-default-class': 'true' } } }),
    ).toBe(true);
  });
});
