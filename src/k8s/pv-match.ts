import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { asAccessModes, containsAllModes } from './access-modes.js';
import { asLabels, unmetRequirements } from './labels.js';
import { compareQuantities, parseQuantity, quantityBytes, type Quantity } from './quantity.js';
import { volumeClass } from './storage-class.js';
import { objectOf } from '../util/shape.js';

/**
 * The checks of the PV binder, one at a time, as pure functions over a PV and a claim
 * (component-helpers storage/volume/pv_helpers.go FindMatchingVolume, pv_controller.go
 * checkVolumeSatisfyClaim). Each failure is a typed reason so rules can phrase it.
 */
export type MatchFailure =
  | { kind: 'reserved'; namespace: string; name: string; uid?: string }
  | { kind: 'capacity'; want: Quantity; have?: Quantity }
  | { kind: 'volumeMode'; want: string; have: string }
  | { kind: 'taken'; by: ClaimIdentity }
  /** `unmet`: the selector's requirements the PV's labels fail, in kubectl's syntax (`tier=gold`). */
  | { kind: 'selector'; unmet: string[] }
  | { kind: 'class'; want: string; have: string }
  | { kind: 'accessModes'; want: string[]; have: string[] };

export interface ClaimIdentity {
  namespace: string;
  name: string;
  /**
   * A claimRef's uid, or the uid a claim has in the cluster. Absent for a claim created from a
   * manifest: the API server gives every new object a new uid, whatever metadata.uid says.
   */
  uid?: string;
}

export const volumeModeOf = (object: PersistentVolume | PersistentVolumeClaim) => {
  const mode = objectOf(object.spec).volumeMode;
  return typeof mode === 'string' && mode !== '' ? mode : 'Filesystem';
};

export function volumeCapacity(pv: PersistentVolume): Quantity | undefined {
  const parsed = parseQuantity(objectOf(objectOf(pv.spec).capacity).storage);
  return parsed.ok ? parsed.quantity : undefined;
}

export function claimRequest(claim: PersistentVolumeClaim): Quantity | undefined {
  const parsed = parseQuantity(objectOf(objectOf(objectOf(claim.spec).resources).requests).storage);
  return parsed.ok ? parsed.quantity : undefined;
}

export const volumeAccessModes = (pv: PersistentVolume) => asAccessModes(objectOf(pv.spec).accessModes);
export const claimAccessModes = (claim: PersistentVolumeClaim) => asAccessModes(objectOf(claim.spec).accessModes);

/** The claim a PV's claimRef names; namespace "" when claimRef has none (it is never defaulted). */
export function claimRefOf(pv: PersistentVolume): ClaimIdentity | undefined {
  const ref = objectOf(objectOf(pv.spec).claimRef);
  if (typeof ref.name !== 'string' || ref.name === '') return undefined;
  const uid = typeof ref.uid === 'string' && ref.uid !== '' ? ref.uid : undefined;
  return { name: ref.name, namespace: typeof ref.namespace === 'string' ? ref.namespace : '', ...(uid ? { uid } : {}) };
}

/**
 * IsVolumeBoundToClaim: the claimRef names the claim and, when it holds a uid, that uid is the
 * claim's. A claim created from a manifest gets a new uid, so an exported claimRef uid never
 * matches it: the PV controller releases the volume (restore-claimref-uid) instead of binding it.
 */
export function isReservedFor(pv: PersistentVolume, claim: ClaimIdentity): boolean {
  const ref = claimRefOf(pv);
  return (
    ref !== undefined && ref.name === claim.name && ref.namespace === claim.namespace && (ref.uid === undefined || ref.uid === claim.uid)
  );
}

/**
 * FindMatchingVolume compares exact quantities (Cmp); checkVolumeSatisfyClaim compares Value(),
 * whole bytes rounded up, so `1500m` satisfies `2` there but not in the matcher.
 */
export function capacityFailure(
  pv: PersistentVolume,
  claim: PersistentVolumeClaim,
  compare: 'exact' | 'bytes' = 'exact',
): MatchFailure | undefined {
  const want = claimRequest(claim);
  if (!want) return undefined;
  const have = volumeCapacity(pv);
  if (!have) return { kind: 'capacity', want, have };
  const fits = compare === 'exact' ? compareQuantities(have, want) >= 0 : quantityBytes(have) >= quantityBytes(want);
  return fits ? undefined : { kind: 'capacity', want, have };
}

export function volumeModeFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const [want, have] = [volumeModeOf(claim), volumeModeOf(pv)];
  return want === have ? undefined : { kind: 'volumeMode', want, have };
}

export function accessModesFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const [want, have] = [claimAccessModes(claim), volumeAccessModes(pv)];
  return containsAllModes(have, want) ? undefined : { kind: 'accessModes', want, have };
}

const stringList = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A claim selector read defensively: malformed parts are dropped rather than trusted. */
export function asLabelSelector(value: unknown): LabelSelector {
  const selector = objectOf(value);
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.map(objectOf) : [];
  return {
    matchLabels: asLabels(selector.matchLabels),
    matchExpressions: expressions
      .filter((e) => typeof e.key === 'string' && typeof e.operator === 'string')
      .map((e) => ({ key: e.key as string, operator: e.operator as string, values: stringList(e.values) })),
  };
}

/** An absent (or null) selector filters nothing; `{}` matches every PV. */
export function selectorFailure(pv: PersistentVolume, claim: PersistentVolumeClaim): MatchFailure | undefined {
  const selector = objectOf(claim.spec).selector;
  if (selector === undefined || selector === null) return undefined;
  const unmet = unmetRequirements(asLabels(objectOf(pv.metadata).labels), asLabelSelector(selector));
  return unmet.length === 0 ? undefined : { kind: 'selector', unmet };
}

export function classFailure(pv: PersistentVolume, claimClass: string): MatchFailure | undefined {
  const have = volumeClass(pv);
  return have === claimClass ? undefined : { kind: 'class', want: claimClass, have };
}

/**
 * Why an unbound claim without volumeName cannot take this PV, or undefined when it can.
 * `claimClass` is the claim's effective class (after default-class admission).
 * The order is the binder's (reserved elsewhere, capacity, volumeMode, then selector and class),
 * with the access-mode superset last: the binder applies it first, as the choice of index group,
 * but a PV that fails only on modes is the nearest miss to show a user.
 * A PV reserved for this very claim skips the selector and class tests, as the binder does.
 */
export function staticMatchFailure(
  pv: PersistentVolume,
  claim: PersistentVolumeClaim,
  identity: ClaimIdentity,
  claimClass: string,
): MatchFailure | undefined {
  return staticMatchFailures(pv, claim, identity, claimClass)[0];
}

/** Every test of staticMatchFailure this PV fails, in the same order: how far it is from fitting. */
export function staticMatchFailures(
  pv: PersistentVolume,
  claim: PersistentVolumeClaim,
  identity: ClaimIdentity,
  claimClass: string,
): MatchFailure[] {
  const ref = claimRefOf(pv);
  const elsewhere = ref && !isReservedFor(pv, identity);
  const failures = [
    elsewhere ? ({ kind: 'reserved', ...ref } as const) : undefined,
    capacityFailure(pv, claim),
    volumeModeFailure(pv, claim),
    ref ? undefined : selectorFailure(pv, claim),
    ref ? undefined : classFailure(pv, claimClass),
    accessModesFailure(pv, claim),
  ];
  return failures.filter((failure): failure is MatchFailure => failure !== undefined);
}

/**
 * checkVolumeSatisfyClaim, for a claim that names its PV in volumeName: capacity, class,
 * volumeMode and access modes; selector and node affinity are deliberately not checked.
 */
export function prebindFailure(pv: PersistentVolume, claim: PersistentVolumeClaim, claimClass: string): MatchFailure | undefined {
  return (
    capacityFailure(pv, claim, 'bytes') ?? classFailure(pv, claimClass) ?? volumeModeFailure(pv, claim) ?? accessModesFailure(pv, claim)
  );
}
