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

/** Where a PV's class is written: the beta annotation when present (it wins), else the field. */
export const volumeClassPath = (volume: Annotated): readonly string[] =>
  annotation(volume, BETA_CLASS_ANNOTATION) !== undefined
    ? ['metadata', 'annotations', BETA_CLASS_ANNOTATION]
    : ['spec', 'storageClassName'];

/**
 * IsDefaultAnnotation: exactly the string "true", GA or beta key. An unquoted `true` or `True` is a
 * YAML boolean, which kubectl cannot decode into the string-valued annotations: never a default.
 */
export function isDefaultClass(storageClass: StorageClass): boolean {
  return defaultClassAnnotations(storageClass).some(({ value }) => value === 'true');
}

/**
 * The class a claim ends up with after the DefaultStorageClass admission plugin: nil becomes the
 * default class when there is exactly one candidate; "" and names are kept.
 */
export function effectiveClaimClass(claim: PersistentVolumeClaim, defaultClass: string | undefined): string {
  return declaredClaimClass(claim) ?? defaultClass ?? '';
}

export const WAIT_FOR_FIRST_CONSUMER = 'WaitForFirstConsumer';
export const DEFAULT_CLASS_ANNOTATIONS = [DEFAULT_CLASS_ANNOTATION, BETA_DEFAULT_CLASS_ANNOTATION] as const;

/**
 * A claim's class as the cluster settles it: what it declares, what it gets after DefaultStorageClass
 * admission, where that is decided and the path (relative to the claim object) a finding about the
 * class points at — the annotation when it is there (it wins), else the field, written or not.
 */
export interface ClaimClass {
  /** undefined = nil: no class requested, admission may give the default. */
  declared: string | undefined;
  /** After admission; "" = no class (static binding only). */
  effective: string;
  source: 'annotation' | 'field' | 'default' | 'none';
  path: readonly ['metadata', 'annotations', typeof BETA_CLASS_ANNOTATION] | readonly ['spec', 'storageClassName'];
}

export function claimClassOf(claim: Annotated & { spec?: PersistentVolumeClaimSpec }, defaultClass: string | undefined): ClaimClass {
  const source = claimClassSource(claim);
  const declared = declaredClaimClass(claim);
  const effective = declared ?? defaultClass ?? '';
  return {
    declared,
    effective,
    source: source ?? (effective === '' ? 'none' : 'default'),
    path: source === 'annotation' ? ['metadata', 'annotations', BETA_CLASS_ANNOTATION] : ['spec', 'storageClassName'],
  };
}

/** Where a claim's class comes from: the beta annotation wins over the field (GetPersistentVolumeClaimClass). */
export function claimClassSource(claim: Annotated & { spec?: PersistentVolumeClaimSpec }): 'annotation' | 'field' | undefined {
  if (annotation(claim, BETA_CLASS_ANNOTATION) !== undefined) return 'annotation';
  const field = claim.spec?.storageClassName;
  return field === null || field === undefined ? undefined : 'field';
}

/** A class the PV controller can provision from (NotSupportedProvisioner means static only). */
export function isDynamicClass(storageClass: StorageClass): boolean {
  const provisioner: unknown = storageClass.provisioner;
  return typeof provisioner === 'string' && provisioner !== '' && provisioner !== NO_PROVISIONER;
}

/**
 * Whether provisioners refuse the claim: the CSI external-provisioner (and most others) rejects any
 * claim with a selector, even `selector: {}` ("claim Selector is not supported"), so a claim the PV
 * controller hands to its class for provisioning stays Pending.
 */
export function selectorBlocksProvisioning(claim: PersistentVolumeClaim): boolean {
  const selector: unknown = claim.spec?.selector;
  return selector !== undefined && selector !== null;
}

/** volumeBindingMode, defaulted to Immediate as SetDefaults_StorageClass does. */
export function bindingModeOf(storageClass: StorageClass): string {
  const mode: unknown = storageClass.volumeBindingMode;
  return typeof mode === 'string' && mode !== '' ? mode : 'Immediate';
}

/** The resize admission plugin only lets a claim grow when this is exactly true. */
export const allowsExpansion = (storageClass: StorageClass) => (storageClass.allowVolumeExpansion as unknown) === true;

/** The is-default-class annotations an object sets, with their raw values (booleans included). */
export function defaultClassAnnotations(storageClass: StorageClass): { key: string; value: unknown }[] {
  const annotations: unknown = storageClass.metadata?.annotations;
  if (typeof annotations !== 'object' || annotations === null) return [];
  return DEFAULT_CLASS_ANNOTATIONS.filter((key) => Object.prototype.hasOwnProperty.call(annotations, key)).map((key) => ({
    key,
    value: (annotations as Record<string, unknown>)[key],
  }));
}

/** Values that plainly mean "not the default"; anything else but "true" looks like a failed attempt at "true". */
const MEANS_FALSE = new Set(['false', 'no', 'off', 'n', '0', '']);

/** Whether an is-default-class value was probably meant as true but is not the exact string "true". */
export function isMisspelledDefault(value: unknown): boolean {
  if (value === 'true') return false;
  if (typeof value === 'string') return !MEANS_FALSE.has(value.trim().toLowerCase());
  return value === true || value === 1;
}
