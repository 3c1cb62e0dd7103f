import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import type { Severity, JsonPath } from '../types.js';
import { isObject } from '../util/shape.js';

/** component-helpers storage/volume/pv_helpers.go annotation keys. */
export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';

/**
 * Fields the API server owns. resourceVersion makes a create fail (etcd3 store:
 * ErrResourceVersionSetOnCreate); the others are overwritten or ignored on create
 * (FillObjectMetaSystemFields, PrepareForCreate) and only betray an unsanitised export.
 */
export const SERVER_FIELDS: readonly { field: string; path: JsonPath; severity: Severity }[] = [
  { field: 'metadata.resourceVersion', path: ['metadata', 'resourceVersion'], severity: 'error' },
  { field: 'metadata.uid', path: ['metadata', 'uid'], severity: 'warning' },
  { field: 'metadata.creationTimestamp', path: ['metadata', 'creationTimestamp'], severity: 'warning' },
  { field: 'metadata.selfLink', path: ['metadata', 'selfLink'], severity: 'warning' },
  { field: 'metadata.managedFields', path: ['metadata', 'managedFields'], severity: 'warning' },
  { field: 'metadata.generation', path: ['metadata', 'generation'], severity: 'warning' },
  { field: 'status', path: ['status'], severity: 'warning' },
];

/**
 * Whether a value carries information. `kubectl create --dry-run -o yaml` and kompose write
 * `creationTimestamp: null` and `status: {}` (or `status: {loadBalancer: {}}`); those are not exports.
 * A resourceVersion of "" or "0" is also harmless: the store only refuses a non-zero version.
 */
export function isMeaningful(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return false;
  if (Array.isArray(value)) return value.some(isMeaningful);
  if (isObject(value)) return Object.values(value).some(isMeaningful);
  return true;
}

const isZeroVersion = (value: unknown) => value === '0' || value === 0;

/** The server-owned fields an object carries with real values, in SERVER_FIELDS order. */
export function serverFieldsOf(object: Record<string, unknown>) {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return SERVER_FIELDS.filter(({ path }) => {
    const value = path[0] === 'status' ? object.status : metadata[path[1]];
    return isMeaningful(value) && !(path[1] === 'resourceVersion' && isZeroVersion(value));
  });
}

/** The uid and resourceVersion an exported claimRef still holds ("" when absent). */
export function exportedClaimRef(pv: PersistentVolume): { uid: string; resourceVersion: string } {
  const spec = isObject(pv.spec) ? pv.spec : {};
  const ref = isObject(spec.claimRef) ? spec.claimRef : {};
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  return { uid: text(ref.uid), resourceVersion: text(ref.resourceVersion) };
}

/** persistentVolumeReclaimPolicy; a PV created from a manifest defaults to Retain (SetDefaults_PersistentVolume). */
export function reclaimPolicyOf(pv: PersistentVolume): string {
  const spec = isObject(pv.spec) ? pv.spec : {};
  const policy = spec.persistentVolumeReclaimPolicy;
  return typeof policy === 'string' && policy !== '' ? policy : 'Retain';
}

/** What reclaimVolume does with a Released PV. */
export function releasedOutcome(policy: string): string {
  switch (policy) {
    case 'Delete':
      return 'its reclaim policy Delete deletes the backing disk';
    case 'Recycle':
      return 'its reclaim policy Recycle scrubs its data';
    default:
      return 'never binds again';
  }
}

/** A finalizer that a controller adds to a storage object and that only that controller removes. */
export interface ControllerFinalizer {
  /** Who removes it, as a message names it: `the external-attacher of ebs.csi.aws.com`. */
  owner: string;
  /** When it removes it. */
  when: string;
}

/**
 * Finalizers an exported PV, PVC or snapshot object keeps that belong to a controller outside the
 * API server. Re-declared, they hold the object in Terminating until that controller removes them,
 * forever when it does not run in the cluster (another cluster, a driver not installed). The
 * protection finalizers are left out: `kubernetes.io/pv-protection` and `kubernetes.io/pvc-protection`
 * are added again on every create by the StorageObjectInUseProtection admission plugin and removed by
 * kube-controller-manager, and `kubernetes.io/pv-controller` (KEP-2644, in-tree volumes) by the PV
 * controller, which every cluster runs: keeping them changes nothing.
 */
export function controllerFinalizer(finalizer: string): ControllerFinalizer | undefined {
  const attacher = /^external-attacher\/(.+)$/.exec(finalizer);
  // external-attacher GetFinalizerName: the driver name with every other character than [a-zA-Z0-9-] made '-'.
  if (attacher) return { owner: `the external-attacher of CSI driver '${attacher[1]}'`, when: 'once no VolumeAttachment uses the volume' };
  if (finalizer === 'external-provisioner.volume.kubernetes.io/finalizer')
    return { owner: "the CSI driver's external-provisioner", when: 'after it has deleted the backing volume (KEP-2644)' };
  if (finalizer.startsWith('snapshot.storage.kubernetes.io/'))
    return { owner: 'the snapshot-controller', when: 'once no snapshot is being taken from it or bound to it' };
  return undefined;
}
