import { describe, expect, it } from 'vitest';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import {
  allowsExpansion,
  bindingModeOf,
  claimClassSource,
  defaultClassAnnotations,
  isDefaultClass,
  isDynamicClass,
  isMisspelledDefault,
} from '../../src/k8s/storage-class.js';

const sc = (fields: Record<string, unknown>) =>
  ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'x' }, ...fields }) as unknown as StorageClass;
const claim = (fields: Record<string, unknown>) => fields as unknown as PersistentVolumeClaim;

describe('claimClassSource (GetPersistentVolumeClaimClass precedence)', () => {
  it('the beta annotation wins, even when empty', () => {
    expect(
      claimClassSource(
        claim({ metadata: { annotations: { 'volume.beta.kubernetes.io/storage-class': '' } }, spec: { storageClassName: 'a' } }),
      ),
    ).toBe('annotation');
  });
  it('"" in the field is a class; nil is none', () => {
    expect(claimClassSource(claim({ spec: { storageClassName: '' } }))).toBe('field');
    expect(claimClassSource(claim({ spec: { storageClassName: null } }))).toBeUndefined();
    expect(claimClassSource(claim({ spec: {} }))).toBeUndefined();
  });
});

describe('StorageClass properties', () => {
  it('no-provisioner and a missing provisioner are not dynamic', () => {
    expect(isDynamicClass(sc({ provisioner: 'ebs.csi.aws.com' }))).toBe(true);
    expect(isDynamicClass(sc({ provisioner: 'kubernetes.io/no-provisioner' }))).toBe(false);
    expect(isDynamicClass(sc({}))).toBe(false);
  });
  it('volumeBindingMode defaults to Immediate', () => {
    expect(bindingModeOf(sc({}))).toBe('Immediate');
    expect(bindingModeOf(sc({ volumeBindingMode: 'WaitForFirstConsumer' }))).toBe('WaitForFirstConsumer');
  });
  it('allowVolumeExpansion must be the boolean true', () => {
    expect(allowsExpansion(sc({ allowVolumeExpansion: true }))).toBe(true);
    expect(allowsExpansion(sc({ allowVolumeExpansion: 'true' }))).toBe(false);
    expect(allowsExpansion(sc({}))).toBe(false);
  });
});

describe('default class annotation (IsDefaultAnnotation)', () => {
  const annotated = (annotations: Record<string, unknown>) => sc({ metadata: { name: 'x', annotations } });
  it('only the exact string "true" makes a default, on either key', () => {
    expect(isDefaultClass(annotated({ 'storageclass.kubernetes.io/is-default-class': 'true' }))).toBe(true);
    expect(isDefaultClass(annotated({ 'storageclass.beta.kubernetes.io/is-default-class': 'true' }))).toBe(true);
    expect(isDefaultClass(annotated({ 'storageclass.kubernetes.io/is-default-class': 'True' }))).toBe(false);
  });
  it('lists raw values, booleans included', () => {
    expect(defaultClassAnnotations(annotated({ 'storageclass.kubernetes.io/is-default-class': true, other: 'x' }))).toEqual([
      { key: 'storageclass.kubernetes.io/is-default-class', value: true },
    ]);
    expect(defaultClassAnnotations(sc({ metadata: { name: 'x', annotations: null } }))).toEqual([]);
  });
  it('flags values meant as true, not values meant as false', () => {
    for (const value of ['True', 'TRUE', 'yes', '1', ' true', 'enabled', true, 1])
      expect(isMisspelledDefault(value), String(value)).toBe(true);
    for (const value of ['true', 'false', 'False', 'no', '0', '', false, null])
      expect(isMisspelledDefault(value), String(value)).toBe(false);
  });
});
