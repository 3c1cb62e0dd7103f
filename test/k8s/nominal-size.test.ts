import { describe, expect, it } from 'vitest';
import { nominalSizeStorage } from '../../src/k8s/nominal-size.js';

describe('nominalSizeStorage', () => {
  it('knows the provisioners whose volumes ignore the requested size', () => {
    expect(nominalSizeStorage('efs.csi.aws.com')).toBe('Amazon EFS');
    expect(nominalSizeStorage('nfs.csi.k8s.io')).toBe('an NFS share');
    expect(nominalSizeStorage('rancher.io/local-path')).toBe('a node directory');
  });

  it('reads the Helm release prefix of nfs-subdir-external-provisioner', () => {
    expect(nominalSizeStorage('cluster.local/nfs-subdir-external-provisioner')).toBe('an NFS share');
    expect(nominalSizeStorage('cluster.local/media-nfs-subdir-external-provisioner')).toBe('an NFS share');
  });

  it('leaves out drivers that enforce and resize the size: Azure Files, Filestore, block disks', () => {
    for (const provisioner of [
      'file.csi.azure.com',
      'kubernetes.io/azure-file',
      'filestore.csi.storage.gke.io',
      'ebs.csi.aws.com',
      'toString',
    ])
      expect(nominalSizeStorage(provisioner)).toBeUndefined();
  });
});
