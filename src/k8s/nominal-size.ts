/**
 * Provisioners whose volumes ignore the requested size: a directory on a shared file system or on
 * the node, with no quota. Growing such a claim changes nothing, so whether its class allows
 * expansion does not matter. Azure Files (`file.csi.azure.com`, `kubernetes.io/azure-file`) and
 * Filestore (`filestore.csi.storage.gke.io`) are not here: the share quota and the instance size
 * follow the request, are enforced, and both drivers resize.
 */
const NOMINAL_SIZE: Readonly<Record<string, string>> = {
  // aws-efs-csi-driver docs/README: EFS (and S3 Files) scale elastically; the capacity is not used.
  'efs.csi.aws.com': 'Amazon EFS',
  // kubernetes-retired/external-storage aws/efs: the efs-provisioner's name in its example deployment.
  'example.com/aws-efs': 'Amazon EFS',
  // kubernetes-csi/csi-driver-nfs: a subdirectory of the share; capacity is only for PV/PVC matching.
  'nfs.csi.k8s.io': 'an NFS share',
  // kubernetes-csi/csi-driver-smb: CreateVolume makes a directory on the SMB server, without quota.
  'smb.csi.k8s.io': 'an SMB share',
  // nfs-subdir-external-provisioner, and nfs-client's former default name.
  'k8s-sigs.io/nfs-subdir-external-provisioner': 'an NFS share',
  'fuseim.pri/ifs': 'an NFS share',
  // Node directories: rancher local-path-provisioner ("the size is not enforced"), minikube,
  // Docker Desktop, MicroK8s and the in-tree test provisioner.
  'rancher.io/local-path': 'a node directory',
  'k8s.io/minikube-hostpath': 'a node directory',
  'docker.io/hostpath': 'a node directory',
  'microk8s.io/hostpath': 'a node directory',
  'kubernetes.io/host-path': 'a node directory',
};

/** What a provisioner's volumes are when their size is nominal (`an NFS share`), else undefined. */
export function nominalSizeStorage(provisioner: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NOMINAL_SIZE, provisioner)) return NOMINAL_SIZE[provisioner];
  // The Helm chart names it `cluster.local/<release>-nfs-subdir-external-provisioner`.
  if (provisioner.endsWith('nfs-subdir-external-provisioner')) return 'an NFS share';
  return undefined;
}
