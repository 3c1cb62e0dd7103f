import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { asAccessModes, containsAllModes } from './access-modes.js';
import { asLabels, matchesSelector } from './labels.js';
import { compareQuantities, parseQuantity, type Quantity } from './quantity.js';
import { volumeClass } from './storage-class.js';

/**
 * The checks of the PV binder, one at a time, as pure functions over a PV and a claim
 * (component-helpers storage/volume/pv_helpers.go FindMatchingVolume, pv_controller.go
 * checkVolumeSatisfyClaim). Each failure is a typed reason so rules can phrase it.
 */
export type MatchFailure =
  | { kind: 'reserved'; namespace: string; name: string }
  | { kind: 'capacity'; want: Quantity; have?: Quantity }
  | { kind: 'volumeMode'; want: string; have: string }
  | { kind: 'selector' }
  | { kind: 'class'; want: string; have: string }
  | { kind: 'accessModes'; want: string[]; have: string[] };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export interface ClaimIdentity {
  namespace: string;
  name: string;
}

export const volumeModeOf = (object: PersistentVolume | PersistentVolumeClaim) => {
  const mode = record(object.spec).volumeMode;
  return typeof mode === 'string' && mode !== '' ? mode : 'Filesystem';
};

export function volumeCapacity(pv: PersistentVolume): Quantity | undefined {
  const parsed = parseQuantity(record(record(pv.spec).capacity).storage);
  return parsed.ok ? parsed.quantity : undefined;
}

export function claimRequest(claim: PersistentVolumeClaim): Quantity | undefined {
  const parsed = parseQuantity(record(record(record(claim.spec).resources).requests).storage);
  return parsed.ok ? parsed.quantity : undefined;
}

export const volumeAccessModes = (pv: PersistentVolume) => asAccessModes(record(pv.spec).accessModes);
export const claimAccessModes = (claim: PersistentVolumeClaim) => asAccessModes(record(claim.spec).accessModes);

/** The claim a PV's claimRef names; namespace "" when claimRef has none (it is never defaulted). */
export function claimRefOf(pv: PersistentVolume): ClaimIdentity | undefined {
  const ref = record(record(pv.spec).claimRef);
  if (typeof ref.name !== 'string' || ref.name === '') return undefined;
  return { name: ref.name, namespace: typeof ref.namespace === 'string' ? ref.namespace : '' };
}

/** IsVolumeBoundToClaim, without uids (manifests of new claims have none to compare). */
export function isReservedFor(pv: PersistentVolume, claim: ClaimIdentity): boolean {
  const ref = claimRefOf(pv);
  return ref !== undefined && ref.name === claim.name && ref.namespace === claim.namespace;
}

function capacityFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const want = claimRequest(claim);
  if (!want) return undefined;
  const have = volumeCapacity(pv);
  return have && compareQuantities(have, want) >= 0 ? undefined : { kind: 'capacity', want, have };
}

function volumeModeFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const [want, have] = [volumeModeOf(claim), volumeModeOf(pv)];
  return want === have ? undefined : { kind: 'volumeMode', want, have };
}

function accessModesFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const [want, have] = [claimAccessModes(claim), volumeAccessModes(pv)];
  return containsAllModes(have, want) ? undefined : { kind: 'accessModes', want, have };
}

/**
 * Why an unbound claim without volumeName cannot take this PV, in binder order, or undefined when it
 * can. `claimClass` is the claim's effective class (after default-class admission).
 * A PV reserved for this very claim skips the selector and class tests, as the binder does.
 */
export function staticMatchFailure(pv: PersistentVolume, claim: PersistentVolumeClaim, identity: ClaimIdentity, claimClass: string): MatchFailure | undefined {
  const ref = claimRefOf(pv);
  if (ref && !(ref.name === identity.name && ref.namespace === identity.namespace)) return { kind: 'reserved', ...ref };
  const early = accessModesFailure(pv, claim) ?? capacityFailure(pv, claim) ?? volumeModeFailure(pv, claim);
  if (early || ref) return early;
  const selector = record(claim.spec).selector;
  if (selector !== undefined && selector !== null && !matchesSelector(asLabels(record(pv.metadata).labels), record(selector) as LabelSelector)) {
    return { kind: 'selector' };
  }
  const have = volumeClass(pv);
  if (have !== claimClass) return { kind: 'class', want: claimClass, have };
  return undefined;
}

/**
 * checkVolumeSatisfyClaim, for a claim that names its PV in volumeName: capacity, class,
 * volumeMode and access modes; selector and node affinity are deliberately not checked.
 */
export function prebindFailure(pv: PersistentVolume, claim: PersistentVolumeClaim, claimClass: string): MatchFailure | undefined {
  const capacity = capacityFailure(pv, claim);
  if (capacity) return capacity;
  const have = volumeClass(pv);
  if (have !== claimClass) return { kind: 'class', want: claimClass, have };
  return volumeModeFailure(pv, claim) ?? accessModesFailure(pv, claim);
}
