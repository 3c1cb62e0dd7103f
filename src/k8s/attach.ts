import type { PersistentVolume } from 'kubernetes-types/core/v1.js';

/**
 * Which volumes go through the attach step. The attach/detach controller adds a pod's volume to its
 * desired state only when `FindAttachablePluginBySpec` finds a plugin that implements
 * AttachableVolumePlugin and whose `CanAttach` agrees (pkg/controller/volume/attachdetach/util/util.go
 * ProcessPodVolumes: "Skipping volume … it does not implement attacher interface"). Its Multi-Attach
 * check (IsMultiAttachAllowed, reportMultiAttachError) therefore never sees the others, and
 * ReadWriteOnce on them states intent but does not stop a second node.
 *
 * In-tree sources whose plugin is not attachable (pkg/volume/nfs, hostpath, local — "local volume
 * plugin does not implement AttachableVolumePlugin interface" —, cephfs, glusterfs, quobyte). A flexVolume
 * attaches only when its driver reports the attach capability at init, which no manifest shows, so a
 * Multi-Attach failure on it is never proven by the files.
 */
const NON_ATTACHING_SOURCES = ['nfs', 'hostPath', 'local', 'cephfs', 'glusterfs', 'quobyte', 'flexVolume'];

/** CSI drivers whose CSIDriver object ships with `attachRequired: false` (file and object stores). */
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
  'nfs.csi.ceph.com',
]);

/**
 * Provisioners whose volumes never attach: node-local ones that create a hostPath or local PV on the
 * node of the first pod (k3s/Rancher local-path, Docker Desktop, MicroK8s, minikube, the in-tree test
 * host-path provisioner, OpenEBS LocalPV), and in-tree file stores whose plugins are not attachable.
 */
const NON_ATTACHING_PROVISIONERS = new Set([
  'rancher.io/local-path',
  'docker.io/hostpath',
  'microk8s.io/hostpath',
  'k8s.io/minikube-hostpath',
  'kubernetes.io/host-path',
  'openebs.io/local',
  'kubernetes.io/azure-file',
  'kubernetes.io/glusterfs',
  'kubernetes.io/quobyte',
]);

/** `attachRequired` of the driver's CSIDriver object when the view has one (the API server defaults it to true). */
export type AttachRequired = (driver: string) => boolean | undefined;

/** Whether a CSI driver attaches (csiPlugin.CanAttach): its CSIDriver object when known, else the list above. */
export function driverAttaches(driver: string, attachRequired?: AttachRequired): boolean {
  return attachRequired?.(driver) ?? !NON_ATTACHING_DRIVERS.has(driver);
}

/** Whether the volumes a StorageClass provisioner creates attach. */
export function provisionerAttaches(provisioner: string, attachRequired?: AttachRequired): boolean {
  if (NON_ATTACHING_PROVISIONERS.has(provisioner)) return false;
  return driverAttaches(provisioner, attachRequired);
}

export function volumeAttaches(pv: PersistentVolume, attachRequired?: AttachRequired): boolean {
  const spec = (pv.spec ?? {}) as Record<string, unknown>;
  if (NON_ATTACHING_SOURCES.some((source) => spec[source] !== undefined && spec[source] !== null)) return false;
  const csi = spec.csi as { driver?: unknown } | undefined;
  if (csi && typeof csi.driver === 'string') return driverAttaches(csi.driver, attachRequired);
  return true;
}
