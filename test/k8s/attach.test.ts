import { describe, expect, it } from 'vitest';
import { driverAttaches, provisionerAttaches, volumeAttaches } from '../../src/k8s/attach.js';

describe('which volumes go through the attach step (and so the Multi-Attach check)', () => {
  it('in-tree network and node-local sources do not attach; block devices do', () => {
    expect(volumeAttaches({ spec: { nfs: { server: 'x', path: '/a' } } })).toBe(false);
    expect(volumeAttaches({ spec: { hostPath: { path: '/a' } } })).toBe(false);
    expect(volumeAttaches({ spec: { awsElasticBlockStore: { volumeID: 'vol-1' } } })).toBe(true);
  });
  it('CSI: the CSIDriver object decides when known, else the known file-store drivers do not attach', () => {
    expect(volumeAttaches({ spec: { csi: { driver: 'efs.csi.aws.com', volumeHandle: 'fs-1' } } })).toBe(false);
    expect(volumeAttaches({ spec: { csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-1' } } })).toBe(true);
    expect(driverAttaches('ebs.csi.aws.com', () => false)).toBe(false);
    expect(driverAttaches('efs.csi.aws.com', () => true)).toBe(true);
    expect(driverAttaches('example.com/driver', () => undefined)).toBe(true);
  });
});

describe('provisionerAttaches: what a StorageClass provisions', () => {
  it('node-local provisioners create hostPath or local PVs, which never attach', () => {
    for (const provisioner of ['rancher.io/local-path', 'docker.io/hostpath', 'microk8s.io/hostpath', 'k8s.io/minikube-hostpath'])
      expect(provisionerAttaches(provisioner)).toBe(false);
  });
  it('CSI provisioners follow their driver', () => {
    expect(provisionerAttaches('ebs.csi.aws.com')).toBe(true);
    expect(provisionerAttaches('efs.csi.aws.com')).toBe(false);
    expect(provisionerAttaches('example.com/files', () => false)).toBe(false);
  });
});
