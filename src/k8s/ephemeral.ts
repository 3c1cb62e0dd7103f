/**
 * Generic ephemeral volumes (component-helpers storage/ephemeral, pkg/apis/core/validation
 * `validateEphemeralVolumeSource`).
 */
import { isObject } from '../util/shape.js';

/**
 * ObjectMeta fields `ValidateTemplateObjectMeta` forbids in `volumeClaimTemplate.metadata`:
 * everything but labels and annotations ("cannot be set for an ephemeral volume").
 */
const FORBIDDEN_TEMPLATE_METADATA = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
  'finalizers',
  'managedFields',
] as const;

/**
 * The check compares each field with its Go zero value, so `name: ""` and `creationTimestamp: null`
 * (what `kubectl get -o yaml` prints) pass. Empty lists and maps are treated as unset too: after
 * conversion they are indistinguishable from absent ones in most clients.
 */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return true;
}

export function forbiddenTemplateMetadata(metadata: unknown): string[] {
  if (!isObject(metadata)) return [];
  return FORBIDDEN_TEMPLATE_METADATA.filter((field) => isSet(metadata[field]));
}

export interface OwnerIdentity {
  kind: string;
  name: string;
  uid?: string;
}

/**
 * `metav1.IsControlledBy` as `VolumeIsForPod` uses it: the controller owner reference must be the
 * pod. Manifests rarely carry UIDs; they are compared only when both sides have one.
 */
export function isControlledBy(metadata: unknown, owner: OwnerIdentity): boolean {
  if (!isObject(metadata) || !Array.isArray(metadata.ownerReferences)) return false;
  return metadata.ownerReferences.some(
    (ref) =>
      isObject(ref) &&
      ref.controller === true &&
      ref.kind === owner.kind &&
      ref.name === owner.name &&
      (typeof ref.uid !== 'string' || owner.uid === undefined || ref.uid === owner.uid),
  );
}
