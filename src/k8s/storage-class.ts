import type { PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimSpec } from 'kubernetes-types/core/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';

export const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
export const BETA_DEFAULT_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

type Annotated = { metadata?: { annotations?: Record<string, string> } };

function annotation(object: Annotated, key: string): string | undefined {
  const annotations = object.metadata?.annotations;
  if (!annotations || !Object.prototype.hasOwnProperty.call(annotations, key)) return undefined;
  const value = annotations[key];
  return value === null || value === undefined ? '' : String(value);
}

/**
 * GetPersistentVolumeClaimClass: the beta annotation wins (even when empty), then the field.
 * `undefined` means "no class requested" (nil), which admission may replace by the default class.
 */
export function declaredClaimClass(claim: Annotated & { spec?: PersistentVolumeClaimSpec }): string | undefined {
  const fromAnnotation = annotation(claim, BETA_CLASS_ANNOTATION);
  if (fromAnnotation !== undefined) return fromAnnotation;
  const field = claim.spec?.storageClassName;
  return field === null || field === undefined ? undefined : String(field);
}

/** GetPersistentVolumeClass: annotation, else the field; "" is "no class". */
export function volumeClass(volume: PersistentVolume): string {
  return annotation(volume, BETA_CLASS_ANNOTATION) ?? (volume.spec?.storageClassName ? String(volume.spec.storageClassName) : '');
}

/** IsDefaultAnnotation: exactly the string "true", GA or beta key. */
export function isDefaultClass(storageClass: StorageClass): boolean {
  return annotation(storageClass, DEFAULT_CLASS_ANNOTATION) === 'true' || annotation(storageClass, BETA_DEFAULT_CLASS_ANNOTATION) === 'true';
}

/**
 * The class a claim ends up with after the DefaultStorageClass admission plugin: nil becomes the
 * default class when there is exactly one candidate; "" and names are kept.
 */
export function effectiveClaimClass(claim: PersistentVolumeClaim, defaultClass: string | undefined): string {
  return declaredClaimClass(claim) ?? defaultClass ?? '';
}
