import { describe, expect, it } from 'vitest';
import { controllerFinalizer } from '../../src/k8s/restore.js';

describe('controllerFinalizer', () => {
  it('names the controller that removes attacher, provisioner and snapshot finalizers', () => {
    expect(controllerFinalizer('external-attacher/ebs-csi-aws-com')?.owner).toBe("the external-attacher of CSI driver 'ebs-csi-aws-com'");
    expect(controllerFinalizer('external-provisioner.volume.kubernetes.io/finalizer')?.owner).toContain('external-provisioner');
    expect(controllerFinalizer('snapshot.storage.kubernetes.io/pvc-as-source-protection')?.owner).toBe('the snapshot-controller');
  });

  it('leaves out the finalizers every cluster adds and removes itself', () => {
    for (const finalizer of [
      'kubernetes.io/pv-protection',
      'kubernetes.io/pvc-protection',
      'kubernetes.io/pv-controller',
      'foregroundDeletion',
    ])
      expect(controllerFinalizer(finalizer)).toBeUndefined();
  });
});
