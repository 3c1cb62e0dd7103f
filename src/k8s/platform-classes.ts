/**
 * StorageClasses that managed and local Kubernetes platforms create in every cluster. A claim may
 * name one of them without the manifests declaring it: with `platform:` set it exists, without it
 * a class of that name is most likely one of these.
 *
 * Each class carries the documentation that lists it. Where a platform's documentation names the
 * class but not every field, the fields are those of a fresh cluster (`kubectl get sc -o yaml`),
 * noted in `note`. Classes that need an add-on or a version say so in `requires`.
 *
 * Pure data and lookups.
 */
import type { StorageClass } from 'kubernetes-types/storage/v1.js';

export const PLATFORMS = [
  'gke',
  'eks',
  'aks',
  'digitalocean',
  'linode',
  'kind',
  'minikube',
  'k3s',
  'docker-desktop',
  'microk8s',
  'openshift',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export type VolumeBindingMode = 'Immediate' | 'WaitForFirstConsumer';

export interface PlatformClass {
  name: string;
  provisioner: string;
  volumeBindingMode: VolumeBindingMode;
  allowVolumeExpansion: boolean;
  reclaimPolicy: 'Delete' | 'Retain';
  /** Carries `storageclass.kubernetes.io/is-default-class: "true"` on a fresh cluster. */
  isDefault: boolean;
  /** OpenShift only: the infrastructure the class comes with; classes of different variants are alternatives. */
  variant?: string;
  /** What must be on for the class to exist (an add-on, a version). */
  requires?: string;
  note?: string;
  docs: string;
}

export interface PlatformInfo {
  platform: Platform;
  title: string;
  classes: readonly PlatformClass[];
}

const GKE_DOCS = 'https://cloud.google.com/kubernetes-engine/docs/concepts/persistent-volumes#storageclasses';
const FILESTORE_DOCS = 'https://cloud.google.com/filestore/docs/csi-driver#storage-class';
const EKS_GP2_DOCS = 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi-migration-faq.html#csi-migration-faq-default-storageclass';
const EKS_DEFAULT_SC_DOCS = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-standard.html';
const AKS_DOCS = 'https://learn.microsoft.com/azure/aks/concepts-storage#storage-classes';
const AKS_DISK_DOCS =
  'https://learn.microsoft.com/azure/aks/create-volume-azure-disk#built-in-storage-classes-for-dynamic-pvs-with-azure-disks';
const AKS_FILES_DOCS =
  'https://learn.microsoft.com/azure/aks/create-volume-azure-files#use-built-in-storage-classes-to-create-dynamic-pvs-with-azure-files';
const AKS_BLOB_DOCS =
  'https://learn.microsoft.com/azure/aks/create-volume-azure-blob-storage#use-built-in-storage-classes-to-create-dynamic-pvs-with-azure-blob-storage';
const DO_DOCS = 'https://docs.digitalocean.com/products/kubernetes/how-to/add-volumes/';
const LINODE_DOCS =
  'https://techdocs.akamai.com/cloud-computing/docs/deploy-persistent-volume-claims-with-the-linode-block-storage-csi-driver';
/** kind documents no storage page; its node image applies this manifest. */
const KIND_SOURCE = 'https://github.com/kubernetes-sigs/kind/blob/main/pkg/build/nodeimage/const_storage.go';
const OPENSHIFT_DOCS =
  'https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/storage/using-container-storage-interface-csi';

type ClassFields = Omit<PlatformClass, 'name' | 'docs'>;
const classes = (docs: string, fields: ClassFields, names: readonly string[], extra: Partial<PlatformClass> = {}): PlatformClass[] =>
  names.map((name) => ({ name, ...fields, docs, ...extra }));

const pd: ClassFields = {
  provisioner: 'pd.csi.storage.gke.io',
  volumeBindingMode: 'WaitForFirstConsumer',
  allowVolumeExpansion: true,
  reclaimPolicy: 'Delete',
  isDefault: false,
};
const filestore: ClassFields = {
  ...pd,
  provisioner: 'filestore.csi.storage.gke.io',
  requires: 'the Filestore CSI driver add-on (on by default in Autopilot)',
};
const azureDisk: ClassFields = {
  provisioner: 'disk.csi.azure.com',
  volumeBindingMode: 'WaitForFirstConsumer',
  allowVolumeExpansion: true,
  reclaimPolicy: 'Delete',
  isDefault: false,
};
const azureFile: ClassFields = { ...azureDisk, provisioner: 'file.csi.azure.com', volumeBindingMode: 'Immediate' };
const azureBlob: ClassFields = {
  ...azureFile,
  provisioner: 'blob.csi.azure.com',
  requires: 'the Azure Blob storage CSI driver (enable-blob-driver)',
};
const doBlock: ClassFields = {
  provisioner: 'dobs.csi.digitalocean.com',
  volumeBindingMode: 'Immediate',
  allowVolumeExpansion: true,
  reclaimPolicy: 'Delete',
  isDefault: false,
};
const linodeBlock: ClassFields = { ...doBlock, provisioner: 'linodebs.csi.linode.com' };
const localPath: ClassFields = {
  provisioner: 'rancher.io/local-path',
  volumeBindingMode: 'WaitForFirstConsumer',
  allowVolumeExpansion: false,
  reclaimPolicy: 'Delete',
  isDefault: true,
};
const openShiftCsi = (provisioner: string): ClassFields => ({
  provisioner,
  volumeBindingMode: 'WaitForFirstConsumer',
  allowVolumeExpansion: true,
  reclaimPolicy: 'Delete',
  isDefault: false,
});

const LEGACY_AKS = 'in-tree class names AKS keeps creating, served by the CSI driver (listed in the AKS docs until 2022)';

export const PLATFORM_CLASSES: readonly PlatformInfo[] = [
  {
    platform: 'gke',
    title: 'GKE',
    classes: [
      ...classes(GKE_DOCS, { ...pd, isDefault: true }, ['standard-rwo']),
      ...classes(GKE_DOCS, pd, ['premium-rwo']),
      ...classes(GKE_DOCS, { ...pd, provisioner: 'kubernetes.io/gce-pd', volumeBindingMode: 'Immediate' }, ['standard']),
      ...classes(FILESTORE_DOCS, filestore, ['standard-rwx', 'premium-rwx', 'enterprise-rwx', 'enterprise-multishare-rwx', 'zonal-rwx']),
    ],
  },
  {
    platform: 'eks',
    title: 'Amazon EKS',
    classes: [
      ...classes(
        EKS_GP2_DOCS,
        {
          provisioner: 'kubernetes.io/aws-ebs',
          volumeBindingMode: 'WaitForFirstConsumer',
          allowVolumeExpansion: false,
          reclaimPolicy: 'Delete',
          isDefault: false,
        },
        ['gp2'],
        { note: 'the default class of clusters created before Kubernetes 1.30' },
      ),
      ...classes(
        EKS_DEFAULT_SC_DOCS,
        {
          provisioner: 'ebs.csi.aws.com',
          volumeBindingMode: 'WaitForFirstConsumer',
          allowVolumeExpansion: true,
          reclaimPolicy: 'Delete',
          isDefault: true,
        },
        ['ebs-csi-default-sc'],
        { requires: 'the aws-ebs-csi-driver add-on (v1.31.0 or later) with defaultStorageClass.enabled' },
      ),
    ],
  },
  {
    platform: 'aks',
    title: 'AKS',
    classes: [
      ...classes(AKS_DISK_DOCS, { ...azureDisk, isDefault: true }, ['default'], { note: 'the same as managed-csi' }),
      ...classes(AKS_DOCS, azureDisk, ['managed-csi', 'managed-csi-premium']),
      ...classes(AKS_DOCS, azureDisk, ['managed-csi-premium-v2'], { requires: 'Kubernetes 1.35 or later' }),
      ...classes(AKS_DOCS, azureDisk, ['managed', 'managed-premium'], { note: LEGACY_AKS }),
      ...classes(AKS_FILES_DOCS, azureFile, ['azurefile-csi', 'azurefile-csi-premium']),
      ...classes(AKS_FILES_DOCS, azureFile, ['azurefile', 'azurefile-premium'], { note: LEGACY_AKS }),
      ...classes(AKS_BLOB_DOCS, azureBlob, ['azureblob-nfs-premium', 'azureblob-fuse-premium']),
    ],
  },
  {
    platform: 'digitalocean',
    title: 'DigitalOcean Kubernetes',
    classes: [
      ...classes(DO_DOCS, { ...doBlock, isDefault: true }, ['do-block-storage']),
      ...classes(DO_DOCS, doBlock, ['do-block-storage-xfs']),
      ...classes(DO_DOCS, { ...doBlock, reclaimPolicy: 'Retain' }, ['do-block-storage-retain', 'do-block-storage-xfs-retain']),
    ],
  },
  {
    platform: 'linode',
    title: 'Linode Kubernetes Engine',
    classes: [
      ...classes(LINODE_DOCS, linodeBlock, ['linode-block-storage']),
      ...classes(LINODE_DOCS, { ...linodeBlock, reclaimPolicy: 'Retain', isDefault: true }, ['linode-block-storage-retain']),
    ],
  },
  { platform: 'kind', title: 'kind', classes: classes(KIND_SOURCE, localPath, ['standard']) },
  {
    platform: 'minikube',
    title: 'minikube',
    classes: classes(
      'https://minikube.sigs.k8s.io/docs/handbook/persistent_volumes/',
      {
        provisioner: 'k8s.io/minikube-hostpath',
        volumeBindingMode: 'Immediate',
        allowVolumeExpansion: false,
        reclaimPolicy: 'Delete',
        isDefault: true,
      },
      ['standard'],
      { requires: 'the default-storageclass and storage-provisioner add-ons (on by default)' },
    ),
  },
  {
    platform: 'k3s',
    title: 'K3s',
    classes: classes('https://docs.k3s.io/storage#setting-up-the-local-storage-provider', localPath, ['local-path']),
  },
  {
    platform: 'docker-desktop',
    title: 'Docker Desktop',
    classes: classes(
      'https://docs.docker.com/desktop/features/kubernetes/',
      {
        provisioner: 'docker.io/hostpath',
        volumeBindingMode: 'Immediate',
        allowVolumeExpansion: false,
        reclaimPolicy: 'Delete',
        isDefault: true,
      },
      ['hostpath'],
    ),
  },
  {
    platform: 'microk8s',
    title: 'MicroK8s',
    classes: classes(
      'https://microk8s.io/docs/addon-hostpath-storage',
      {
        provisioner: 'microk8s.io/hostpath',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: false,
        reclaimPolicy: 'Delete',
        isDefault: true,
      },
      ['microk8s-hostpath'],
      { requires: 'the hostpath-storage add-on', note: 'releases before the add-on was renamed hostpath-storage bind Immediate' },
    ),
  },
  {
    platform: 'openshift',
    title: 'OpenShift',
    classes: [
      ...classes(OPENSHIFT_DOCS, { ...openShiftCsi('ebs.csi.aws.com'), isDefault: true }, ['gp3-csi'], { variant: 'aws' }),
      ...classes(OPENSHIFT_DOCS, openShiftCsi('ebs.csi.aws.com'), ['gp2-csi'], { variant: 'aws' }),
      ...classes(OPENSHIFT_DOCS, { ...openShiftCsi('pd.csi.storage.gke.io'), isDefault: true }, ['standard-csi'], { variant: 'gcp' }),
      ...classes(OPENSHIFT_DOCS, openShiftCsi('pd.csi.storage.gke.io'), ['ssd-csi'], { variant: 'gcp' }),
      ...classes(OPENSHIFT_DOCS, { ...openShiftCsi('disk.csi.azure.com'), isDefault: true }, ['managed-csi'], { variant: 'azure' }),
      ...classes(OPENSHIFT_DOCS, { ...openShiftCsi('csi.vsphere.vmware.com'), isDefault: true }, ['thin-csi'], { variant: 'vsphere' }),
      ...classes(OPENSHIFT_DOCS, { ...openShiftCsi('cinder.csi.openstack.org'), isDefault: true }, ['standard-csi'], {
        variant: 'openstack',
      }),
    ],
  },
];

const byPlatform = new Map(PLATFORM_CLASSES.map((info) => [info.platform, info]));

export const isPlatform = (name: string): name is Platform => (PLATFORMS as readonly string[]).includes(name);

/** The platform's classes; for OpenShift, those of `variant` when given (aws, gcp, azure, vsphere, openstack). */
export function platformClasses(platform: Platform, variant?: string): readonly PlatformClass[] {
  const all = byPlatform.get(platform)?.classes ?? [];
  return variant === undefined ? all : all.filter((c) => c.variant === undefined || c.variant === variant);
}

export interface WellKnownClass {
  platform: Platform;
  title: string;
  storageClass: PlatformClass;
}

/** Every platform that creates a class of this name, for the hint when no platform is configured. */
export function wellKnownPlatformClass(name: string): WellKnownClass[] {
  return PLATFORM_CLASSES.flatMap((info) =>
    info.classes.filter((c) => c.name === name).map((storageClass) => ({ platform: info.platform, title: info.title, storageClass })),
  );
}

/** The class as the manifest the platform applies, for a model that treats it like a declared one. */
export function asStorageClassObject(storageClass: PlatformClass): StorageClass {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: storageClass.name,
      ...(storageClass.isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}),
    },
    provisioner: storageClass.provisioner,
    reclaimPolicy: storageClass.reclaimPolicy,
    volumeBindingMode: storageClass.volumeBindingMode,
    allowVolumeExpansion: storageClass.allowVolumeExpansion,
  };
}
