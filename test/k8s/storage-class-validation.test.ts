import { describe, expect, it } from 'vitest';
import { isQualifiedName } from '../../src/k8s/names.js';
import { storageClassProblems } from '../../src/k8s/storage-class-validation.js';

const paths = (object: Record<string, unknown>) =>
  storageClassProblems({ provisioner: 'ebs.csi.aws.com', ...object }).map((p) => p.path.join('.'));

describe('isQualifiedName (apimachinery IsQualifiedName)', () => {
  it('accepts prefix/name and plain names', () => {
    for (const name of ['ebs.csi.aws.com', 'kubernetes.io/no-provisioner', 'a', 'topology.kubernetes.io/zone', 'a_b.c-d'])
      expect(isQualifiedName(name), name).toBe(true);
  });
  it('rejects empty parts, spaces, bad prefixes, long names', () => {
    for (const name of ['', '/x', 'x/', 'a/b/c', 'with space', '-a', 'a-', 'UPPER.example.com/x', `${'a'.repeat(64)}`])
      expect(isQualifiedName(name), name).toBe(false);
  });
});

describe('storageClassProblems (ValidateStorageClass)', () => {
  it('requires a provisioner and checks it lower-cased', () => {
    expect(storageClassProblems({}).map((p) => p.message)).toEqual(['provisioner is required']);
    expect(paths({ provisioner: 'Example.COM/Driver' })).toEqual([]);
    expect(paths({ provisioner: 'not a name' })).toEqual(['provisioner']);
  });
  it('reclaimPolicy only Delete or Retain; Recycle is refused; null is defaulted', () => {
    expect(paths({ reclaimPolicy: 'Retain' })).toEqual([]);
    expect(paths({ reclaimPolicy: null })).toEqual([]);
    expect(storageClassProblems({ provisioner: 'x.io/y', reclaimPolicy: 'Recycle' })[0].message).toContain('Recycle is not allowed');
    expect(paths({ reclaimPolicy: 'retain' })).toEqual(['reclaimPolicy']);
  });
  it('volumeBindingMode is case-sensitive', () => {
    expect(paths({ volumeBindingMode: 'WaitForFirstConsumer' })).toEqual([]);
    expect(paths({ volumeBindingMode: 'waitForFirstConsumer' })).toEqual(['volumeBindingMode']);
  });
  it('parameters: at most 512 keys and 256 KiB, no empty key', () => {
    const many = Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, 'v']));
    expect(paths({ parameters: many })).toEqual(['parameters']);
    expect(paths({ parameters: { big: 'x'.repeat(256 * 1024) } })).toEqual(['parameters']);
    expect(paths({ parameters: { '': 'v' } })).toEqual(['parameters.']);
    expect(paths({ parameters: { type: 'gp3' } })).toEqual([]);
  });
  it('allowedTopologies: terms equal as key → value sets are duplicates', () => {
    const term = (values: string[]) => ({ matchLabelExpressions: [{ key: 'topology.kubernetes.io/zone', values }] });
    expect(paths({ allowedTopologies: [term(['a', 'b']), term(['b', 'a'])] })).toEqual(['allowedTopologies.1']);
    expect(paths({ allowedTopologies: [term(['a']), term(['b'])] })).toEqual([]);
    expect(paths({ allowedTopologies: [term([])] })).toEqual(['allowedTopologies.0.matchLabelExpressions.0.values']);
    expect(paths({ allowedTopologies: [term(['a', 'a'])] })).toEqual(['allowedTopologies.0.matchLabelExpressions.0.values']);
  });
  it('tolerates malformed shapes', () => {
    expect(() =>
      storageClassProblems({ provisioner: 'x.io/y', parameters: 'x', allowedTopologies: [null, 'x', { matchLabelExpressions: 'x' }] }),
    ).not.toThrow();
  });
});
