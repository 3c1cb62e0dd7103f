import type { PersistentVolume } from 'kubernetes-types/core/v1.js';

/**
 * Volume kinds that are mounted without an attach step. The attach/detach controller's Multi-Attach
 * check (IsMultiAttachAllowed) only runs for volumes it attaches, so ReadWriteOnce on these states
 * intent but does not stop a second node. In-tree sources from pkg/volume; CSI drivers whose
 * CSIDriver object ships with `attachRequired: false` (file and object stores).
 */
const NON_ATTACHING_SOURCES = ['nfs', 'hostPath', 'local', 'cephfs', 'glusterfs', 'quobyte', 'flexVolume'];
const NON_ATTACHING_DRIVERS = new Set([
  'efs.csi.aws.com',
  'fsx.csi.aws.com',
  's3.csi.aws.com',
  'nfs.csi.k8s.io',
  'smb.csi.k8s.io',
  'file.csi.azure.com',
  'blob.csi.azure.com',
  'filestore.csi.storage.gke.io',
  'gcsfuse.csi.storage.gke.io',
  'cephfs.csi.ceph.com',
]);

export type AttachRequired = (driver: string) => boolean | undefined;

/** Whether a CSI driver attaches: the CSIDriver object's `attachRequired` when known, else the list above. */
export function driverAttaches(driver: string, attachRequired?: AttachRequired): boolean {
  return attachRequired?.(driver) ?? !NON_ATTACHING_DRIVERS.has(driver);
}

export function volumeAttaches(pv: PersistentVolume, attachRequired?: AttachRequired): boolean {
  const spec = (pv.spec ?? {}) as Record<string, unknown>;
  if (NON_ATTACHING_SOURCES.some((source) => spec[source] !== undefined && spec[source] !== null)) return false;
  const csi = spec.csi as { driver?: unknown } | undefined;
  if (csi && typeof csi.driver === 'string') return driverAttaches(csi.driver, attachRequired);
  return true;
}
