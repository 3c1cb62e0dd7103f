import { describe, expect, it } from 'vitest';
import { isCsiDriverName, volumeSourceOf, volumeSourceProblems, volumeSourcesOf } from '../../src/k8s/volume-source.js';

const codes = (volume: Record<string, unknown>) => volumeSourceProblems(volume).map((p) => p.code);

describe('volume sources', () => {
  it('counts only object-valued source fields (nil pointers are not sources)', () => {
    expect(volumeSourcesOf({ name: 'a', emptyDir: {} })).toEqual(['emptyDir']);
    expect(volumeSourcesOf({ name: 'a', emptyDir: null })).toEqual([]);
    expect(volumeSourceOf({ name: 'a', configMap: { name: 'x' }, emptyDir: {} })).toBe('emptyDir');
    expect(volumeSourceOf({ name: 'a', configMap: { name: 'x' } })).toBe('configMap');
  });

  it('defaults a volume without source to emptyDir (SetDefaults_Volume), which is valid', () => {
    expect(volumeSourceOf({ name: 'a' })).toBe('emptyDir');
    expect(volumeSourceOf({ name: 'a', hostPath: null })).toBe('emptyDir');
    expect(volumeSourceProblems({ name: 'a' })).toEqual([]);
    expect(volumeSourceProblems({ name: 'a', emptyDir: null })).toEqual([]);
  });

  it('reports every extra source after the first in validator order, and validates only the first', () => {
    const problems = volumeSourceProblems({ name: 'a', secret: {}, emptyDir: {}, configMap: {} });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['several-sources', ['secret']],
      ['several-sources', ['configMap']],
    ]);
  });

  it('requires the fields the per-source validators require', () => {
    expect(codes({ persistentVolumeClaim: {} })).toEqual(['required']);
    expect(codes({ persistentVolumeClaim: { claimName: '' } })).toEqual(['required']);
    expect(codes({ configMap: { optional: true } })).toEqual(['required']);
    expect(codes({ secret: { secretName: 's' } })).toEqual([]);
    expect(volumeSourceProblems({ nfs: {} }).map((p) => p.path)).toEqual([
      ['nfs', 'server'],
      ['nfs', 'path'],
    ]);
    expect(codes({ csi: {} })).toEqual(['required']);
    expect(codes({ hostPath: {} })).toEqual(['required']);
    expect(codes({ emptyDir: {} })).toEqual([]);
  });

  it('checks hostPath backsteps and type', () => {
    expect(codes({ hostPath: { path: '/var/log/../lib' } })).toEqual(['backsteps']);
    expect(codes({ hostPath: { path: '/var/..log' } })).toEqual([]);
    expect(codes({ hostPath: { path: '/run/docker.sock', type: 'socket' } })).toEqual(['host-path-type']);
    for (const type of ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']) {
      expect(codes({ hostPath: { path: '/x', type } })).toEqual([]);
    }
  });

  it('requires an absolute nfs path', () => {
    expect(codes({ nfs: { server: 'nfs.local', path: 'exports/data' } })).toEqual(['not-absolute']);
    expect(codes({ nfs: { server: 'nfs.local', path: '/exports/data' } })).toEqual([]);
  });

  it('rejects a negative emptyDir sizeLimit only', () => {
    expect(codes({ emptyDir: { sizeLimit: '-1Gi' } })).toEqual(['negative-size']);
    expect(codes({ emptyDir: { sizeLimit: '0' } })).toEqual([]);
    expect(codes({ emptyDir: { sizeLimit: 500 } })).toEqual([]);
    expect(codes({ emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } })).toEqual([]);
  });

  it('validates CSI driver names like ValidateCSIDriverName', () => {
    expect(isCsiDriverName('secrets-store.csi.k8s.io')).toBe(true);
    expect(isCsiDriverName('Secrets-Store.CSI.k8s.io')).toBe(true);
    expect(isCsiDriverName('csi_driver')).toBe(false);
    expect(isCsiDriverName('a'.repeat(64))).toBe(false);
    expect(codes({ csi: { driver: 'bad driver' } })).toEqual(['csi-driver-name']);
  });
});
