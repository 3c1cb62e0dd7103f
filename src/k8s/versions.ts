/**
 * What changes with the Kubernetes minor the user deploys to: removed API versions, in-tree volume
 * plugins, and the environment variable name rule. Sources: the deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), the volume types page
 * (https://kubernetes.io/docs/reference/storage/volume-types/), the CSI migration KEPs, KEP-5040
 * (gitRepo) and KEP-4369 (relaxed env var names).
 */

/** The Kubernetes release linted for when no --kube-version or kubeVersion is given. */
export const NEWEST_KUBE_VERSION = '1.35';

/** `'1.32'` → 32. The CLI accepts only `1.N`; anything else counts as the newest release. */
export function kubeMinor(version: string): number {
  const match = /^1\.(\d+)$/.exec(version.trim());
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * The minors whose changes kstorelint knows: from the oldest deprecation it records (gitRepo and
 * photonPersistentDisk, 1.11) to the newest removal it records (gitRepo and portworxVolume, 1.36).
 * A target outside them would be judged on facts kstorelint does not have.
 */
export const KNOWN_MINORS = { oldest: 11, newest: 36 } as const;

export type ParsedKubeVersion = { ok: true; version: string } | { ok: false; message: string };

/** `1.31`, `1.31.2` and `v1.31.2` (what `kubectl version` prints) all mean the minor `1.31`. */
export function parseKubeVersion(text: string): ParsedKubeVersion {
  const match = /^v?1\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!match) return { ok: false, message: `takes 1.N (like 1.31), not '${text}'` };
  const minor = Number(match[1]);
  const range = `1.${KNOWN_MINORS.oldest} to 1.${KNOWN_MINORS.newest}`;
  if (minor < KNOWN_MINORS.oldest || minor > KNOWN_MINORS.newest)
    return { ok: false, message: `'${text}' is outside the versions kstorelint knows (${range})` };
  return { ok: true, version: `1.${minor}` };
}

// --- API versions -------------------------------------------------------------------------------

export interface RemovedApi {
  /** The Kubernetes minor that stopped serving it. */
  removedIn: number;
  /** The apiVersion to use instead; undefined when the kind has no successor. */
  replacement?: string;
  /** What else must change in the manifest besides the apiVersion. */
  changes?: string;
}

const APPS_V1_CHANGES: Readonly<Record<string, string>> = {
  Deployment:
    'spec.selector is required, immutable and must match the template labels; defaults change (revisionHistoryLimit 10, progressDeadlineSeconds 600, maxSurge/maxUnavailable 25%); spec.rollbackTo is gone',
  StatefulSet:
    'spec.selector is required, immutable and must match the template labels; updateStrategy defaults to RollingUpdate instead of OnDelete',
  DaemonSet:
    'spec.selector is required, immutable and must match the template labels; updateStrategy defaults to RollingUpdate instead of OnDelete',
  ReplicaSet: 'spec.selector is required, immutable and must match the template labels',
};

const INGRESS_V1_CHANGES =
  'spec.backend is spec.defaultBackend, serviceName/servicePort become service.name and service.port.name/number, and every path needs a pathType';

/** `group/version` → kind → removal; `*` stands for every kind of that group version. */
const REMOVED_APIS: Readonly<Record<string, Readonly<Record<string, RemovedApi>>>> = {
  'extensions/v1beta1': {
    Deployment: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.Deployment },
    DaemonSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.DaemonSet },
    ReplicaSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.ReplicaSet },
    NetworkPolicy: { removedIn: 16, replacement: 'networking.k8s.io/v1' },
    PodSecurityPolicy: {
      removedIn: 16,
      replacement: 'policy/v1beta1',
      changes: 'PodSecurityPolicy itself is gone from 1.25; use Pod Security Admission',
    },
    Ingress: { removedIn: 22, replacement: 'networking.k8s.io/v1', changes: INGRESS_V1_CHANGES },
    '*': { removedIn: 22 },
  },
  'apps/v1beta1': {
    Deployment: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.Deployment },
    StatefulSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.StatefulSet },
    ReplicaSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.ReplicaSet },
    '*': { removedIn: 16, replacement: 'apps/v1' },
  },
  'apps/v1beta2': {
    Deployment: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.Deployment },
    StatefulSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.StatefulSet },
    DaemonSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.DaemonSet },
    ReplicaSet: { removedIn: 16, replacement: 'apps/v1', changes: APPS_V1_CHANGES.ReplicaSet },
    '*': { removedIn: 16, replacement: 'apps/v1' },
  },
  'storage.k8s.io/v1beta1': {
    StorageClass: { removedIn: 22, replacement: 'storage.k8s.io/v1' },
    CSIDriver: { removedIn: 22, replacement: 'storage.k8s.io/v1' },
    CSINode: { removedIn: 22, replacement: 'storage.k8s.io/v1' },
    VolumeAttachment: { removedIn: 22, replacement: 'storage.k8s.io/v1' },
    CSIStorageCapacity: { removedIn: 27, replacement: 'storage.k8s.io/v1' },
  },
  'networking.k8s.io/v1beta1': {
    Ingress: { removedIn: 22, replacement: 'networking.k8s.io/v1', changes: INGRESS_V1_CHANGES },
    IngressClass: { removedIn: 22, replacement: 'networking.k8s.io/v1' },
  },
  'rbac.authorization.k8s.io/v1beta1': { '*': { removedIn: 22, replacement: 'rbac.authorization.k8s.io/v1' } },
  'rbac.authorization.k8s.io/v1alpha1': { '*': { removedIn: 22, replacement: 'rbac.authorization.k8s.io/v1' } },
  'scheduling.k8s.io/v1beta1': { PriorityClass: { removedIn: 22, replacement: 'scheduling.k8s.io/v1' } },
  'scheduling.k8s.io/v1alpha1': { PriorityClass: { removedIn: 22, replacement: 'scheduling.k8s.io/v1' } },
  'apiextensions.k8s.io/v1beta1': {
    CustomResourceDefinition: {
      removedIn: 22,
      replacement: 'apiextensions.k8s.io/v1',
      changes:
        'every version needs spec.versions[*].schema.openAPIV3Schema (structural), spec.version/validation/subresources move into spec.versions[*]',
    },
  },
  'admissionregistration.k8s.io/v1beta1': {
    '*': {
      removedIn: 22,
      replacement: 'admissionregistration.k8s.io/v1',
      changes: 'webhooks[*].admissionReviewVersions and sideEffects are required',
    },
  },
  'apiregistration.k8s.io/v1beta1': { APIService: { removedIn: 22, replacement: 'apiregistration.k8s.io/v1' } },
  'certificates.k8s.io/v1beta1': {
    CertificateSigningRequest: { removedIn: 22, replacement: 'certificates.k8s.io/v1', changes: 'spec.signerName is required' },
  },
  'coordination.k8s.io/v1beta1': { Lease: { removedIn: 22, replacement: 'coordination.k8s.io/v1' } },
  'batch/v1beta1': { CronJob: { removedIn: 25, replacement: 'batch/v1' } },
  'batch/v2alpha1': { CronJob: { removedIn: 21, replacement: 'batch/v1' } },
  'policy/v1beta1': {
    PodDisruptionBudget: {
      removedIn: 25,
      replacement: 'policy/v1',
      changes: 'an empty spec.selector selects every pod of the namespace in policy/v1 (none in v1beta1)',
    },
    PodSecurityPolicy: {
      removedIn: 25,
      changes: 'PodSecurityPolicy has no successor; use Pod Security Admission (namespace labels pod-security.kubernetes.io/*)',
    },
  },
  'discovery.k8s.io/v1beta1': {
    EndpointSlice: {
      removedIn: 25,
      replacement: 'discovery.k8s.io/v1',
      changes: 'topology["kubernetes.io/hostname"] is nodeName and topology zones are zone',
    },
  },
  'events.k8s.io/v1beta1': { Event: { removedIn: 25, replacement: 'events.k8s.io/v1' } },
  'node.k8s.io/v1beta1': { RuntimeClass: { removedIn: 25, replacement: 'node.k8s.io/v1' } },
  'autoscaling/v2beta1': {
    HorizontalPodAutoscaler: {
      removedIn: 25,
      replacement: 'autoscaling/v2',
      changes: 'metric targets move into target: {type, averageUtilization | averageValue | value}',
    },
  },
  'autoscaling/v2beta2': {
    HorizontalPodAutoscaler: {
      removedIn: 26,
      replacement: 'autoscaling/v2',
      changes: 'behavior.scaleDown/scaleUp selectPolicy: Disabled replaces the removed policies',
    },
  },
  'flowcontrol.apiserver.k8s.io/v1beta1': { '*': { removedIn: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1' } },
  'flowcontrol.apiserver.k8s.io/v1beta2': { '*': { removedIn: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1' } },
  'flowcontrol.apiserver.k8s.io/v1beta3': { '*': { removedIn: 32, replacement: 'flowcontrol.apiserver.k8s.io/v1' } },
  /*
   * VolumeSnapshot* are CRDs of kubernetes-csi/external-snapshotter: v1 from its 4.0 (Kubernetes
   * 1.20), v1beta1 no longer served from its 6.0, whose CRDs go with Kubernetes 1.24 and later.
   */
  'snapshot.storage.k8s.io/v1beta1': {
    VolumeSnapshot: { removedIn: 24, replacement: 'snapshot.storage.k8s.io/v1' },
    VolumeSnapshotContent: { removedIn: 24, replacement: 'snapshot.storage.k8s.io/v1' },
    VolumeSnapshotClass: { removedIn: 24, replacement: 'snapshot.storage.k8s.io/v1' },
  },
  'snapshot.storage.k8s.io/v1alpha1': {
    VolumeSnapshot: { removedIn: 17, replacement: 'snapshot.storage.k8s.io/v1' },
    VolumeSnapshotContent: { removedIn: 17, replacement: 'snapshot.storage.k8s.io/v1' },
    VolumeSnapshotClass: { removedIn: 17, replacement: 'snapshot.storage.k8s.io/v1' },
  },
};

/** The removal of `apiVersion` for `kind`, if that API version of the kind is gone or going. */
export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  const kinds = REMOVED_APIS[apiVersion.trim()];
  if (!kinds) return undefined;
  return kinds[kind] ?? kinds['*'];
}

export type Lifecycle = 'removed' | 'deprecated';

/** Removed at the target minor, or still served but going away. */
export const apiLifecycle = (api: RemovedApi, minor: number): Lifecycle => (minor >= api.removedIn ? 'removed' : 'deprecated');

// --- Volume plugins -------------------------------------------------------------------------------

export type PluginFate =
  /** The in-tree driver is gone and nothing takes its place: pods using it do not start. */
  | { kind: 'gone'; deprecatedIn: number; removedIn: number }
  /** Calls are translated to a CSI driver, which must be installed. */
  | { kind: 'csi'; deprecatedIn: number; removedIn: number; driver: string }
  /** Deprecated but working (flexVolume), or on its way out (gitRepo). */
  | { kind: 'deprecated'; deprecatedIn: number; removedIn?: number; replacement: string };

/** Volume source fields of pods and PVs (same JSON names in both) that are in-tree plugins. */
export const VOLUME_PLUGIN_FATES: Readonly<Record<string, PluginFate>> = {
  awsElasticBlockStore: { kind: 'csi', deprecatedIn: 19, removedIn: 27, driver: 'ebs.csi.aws.com' },
  azureDisk: { kind: 'csi', deprecatedIn: 19, removedIn: 27, driver: 'disk.csi.azure.com' },
  azureFile: { kind: 'csi', deprecatedIn: 21, removedIn: 30, driver: 'file.csi.azure.com' },
  cinder: { kind: 'csi', deprecatedIn: 18, removedIn: 26, driver: 'cinder.csi.openstack.org' },
  gcePersistentDisk: { kind: 'csi', deprecatedIn: 17, removedIn: 28, driver: 'pd.csi.storage.gke.io' },
  vsphereVolume: { kind: 'csi', deprecatedIn: 19, removedIn: 30, driver: 'csi.vsphere.vmware.com' },
  portworxVolume: { kind: 'csi', deprecatedIn: 25, removedIn: 36, driver: 'pxd.portworx.com' },
  cephfs: { kind: 'gone', deprecatedIn: 28, removedIn: 31 },
  rbd: { kind: 'gone', deprecatedIn: 28, removedIn: 31 },
  glusterfs: { kind: 'gone', deprecatedIn: 25, removedIn: 26 },
  flocker: { kind: 'gone', deprecatedIn: 22, removedIn: 25 },
  quobyte: { kind: 'gone', deprecatedIn: 22, removedIn: 25 },
  storageos: { kind: 'gone', deprecatedIn: 22, removedIn: 25 },
  scaleIO: { kind: 'gone', deprecatedIn: 16, removedIn: 22 },
  photonPersistentDisk: { kind: 'gone', deprecatedIn: 11, removedIn: 16 },
  flexVolume: { kind: 'deprecated', deprecatedIn: 23, replacement: 'a CSI driver' },
  // KEP-5040: kubelet gate GitRepoVolumeDriver off by default in 1.33, locked off in 1.36.
  gitRepo: { kind: 'deprecated', deprecatedIn: 11, removedIn: 36, replacement: 'an init container that clones into an emptyDir' },
};

/** The gitRepo driver is off by default from this minor (the admin can still turn it on until 1.36). */
export const GIT_REPO_OFF_BY_DEFAULT = 33;

/** In-tree provisioner names of StorageClasses, with the volume plugin they provision. */
export const IN_TREE_PROVISIONERS: Readonly<Record<string, string>> = {
  'kubernetes.io/aws-ebs': 'awsElasticBlockStore',
  'kubernetes.io/azure-disk': 'azureDisk',
  'kubernetes.io/azure-file': 'azureFile',
  'kubernetes.io/cinder': 'cinder',
  'kubernetes.io/gce-pd': 'gcePersistentDisk',
  'kubernetes.io/vsphere-volume': 'vsphereVolume',
  'kubernetes.io/portworx-volume': 'portworxVolume',
  'kubernetes.io/rbd': 'rbd',
  'kubernetes.io/glusterfs': 'glusterfs',
  'kubernetes.io/quobyte': 'quobyte',
  'kubernetes.io/storageos': 'storageos',
  'kubernetes.io/scaleio': 'scaleIO',
  'kubernetes.io/photon-pd': 'photonPersistentDisk',
  'kubernetes.io/flocker': 'flocker',
};

export type PluginSeverity = 'error' | 'warning' | 'info';

/**
 * How bad a plugin is at the target minor: `error` when pods using it cannot work there,
 * `warning` when it depends on a CSI driver or is deprecated and on its way out, `info` for the
 * deprecated but working flexVolume (and for plugins not yet deprecated at that minor).
 */
export function pluginSeverity(fate: PluginFate, minor: number): PluginSeverity {
  if (fate.removedIn !== undefined && minor >= fate.removedIn && fate.kind !== 'csi') return 'error';
  if (minor < fate.deprecatedIn) return 'info';
  if (fate.kind === 'deprecated' && fate.removedIn === undefined) return 'info';
  return 'warning';
}

// --- Environment variable names -----------------------------------------------------------------

/** KEP-4369: RelaxedEnvironmentVariableValidation alpha 1.30 (off), beta and on by default 1.32, GA 1.34. */
export const RELAXED_ENV_NAMES_SINCE = 32;

export const usesRelaxedEnvNames = (minor: number) => minor >= RELAXED_ENV_NAMES_SINCE;
