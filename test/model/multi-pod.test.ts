import { describe, expect, it } from 'vitest';
import { claimAccess } from '../../src/model/multi-pod.js';
import { lintTexts } from '../helpers.js';

const claim = (name: string, storageClass: string, size = '1Gi') => `---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: ${name}}
spec:
  storageClassName: ${storageClass}
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: ${size}}}
`;

const localPv = `---
apiVersion: v1
kind: PersistentVolume
metadata: {name: local-ssd}
spec:
  storageClassName: local-storage
  capacity: {storage: 5Gi}
  accessModes: [ReadWriteOnce]
  local: {path: /mnt/disks/ssd1}
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]
`;

const storageClass = (name: string, provisioner: string) => `---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: ${name}}
provisioner: ${provisioner}
`;

function attaches(files: string, claimName: string): boolean {
  const { model } = lintTexts({ 'all.yaml': files });
  const found = model.claims.find((c) => c.name === claimName);
  if (!found) throw new Error(`no claim ${claimName}`);
  return claimAccess(model, found).attaches;
}

describe('claimAccess().attaches: one answer for every multi-attach rule', () => {
  it('a claim waiting for a static PV of a class whose PVs in the view are all local does not attach', () => {
    const files = storageClass('local-storage', 'kubernetes.io/no-provisioner') + localPv + claim('big', 'local-storage', '50Gi');
    expect(attaches(files, 'big')).toBe(false);
  });
  it('a claim without class may attach, whatever classless PVs the view has (a real cluster provisions it)', () => {
    const hostPathPv = `---
apiVersion: v1
kind: PersistentVolume
metadata: {name: host}
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  hostPath: {path: /srv}
`;
    const classless = `---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 50Gi}}
`;
    expect(attaches(hostPathPv + classless, 'data')).toBe(true);
  });
  it('a claim of a class with no PV in the view may attach', () => {
    expect(attaches(storageClass('local-storage', 'kubernetes.io/no-provisioner') + claim('any', 'local-storage'), 'any')).toBe(true);
  });
  it('a CSIDriver object without attachRequired attaches (the API server defaults it to true)', () => {
    const driver = `---
apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata: {name: efs.csi.aws.com}
spec: {}
`;
    expect(attaches(storageClass('efs', 'efs.csi.aws.com') + claim('files', 'efs'), 'files')).toBe(false);
    expect(attaches(driver + storageClass('efs', 'efs.csi.aws.com') + claim('files', 'efs'), 'files')).toBe(true);
  });
  it('a claim bound to a local PV does not attach; one provisioned by rancher.io/local-path neither', () => {
    expect(
      attaches(storageClass('local-storage', 'kubernetes.io/no-provisioner') + localPv + claim('small', 'local-storage'), 'small'),
    ).toBe(false);
    expect(attaches(storageClass('local-path', 'rancher.io/local-path') + claim('data', 'local-path'), 'data')).toBe(false);
  });
});
