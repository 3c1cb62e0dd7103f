import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { containsAllModes } from './access-modes.js';
import {
  capacityFailure,
  claimAccessModes,
  claimRefOf,
  isReservedFor,
  prebindFailure,
  selectorFailure,
  staticMatchFailure,
  staticMatchFailures,
  volumeAccessModes,
  volumeCapacity,
  volumeModeFailure,
  type ClaimIdentity,
  type MatchFailure,
} from './pv-match.js';
import { compareQuantities } from './quantity.js';
import { declaredClaimClass, NO_PROVISIONER, selectorBlocksProvisioning, volumeClass } from './storage-class.js';

/**
 * A static simulation of the PV controller (pkg/controller/volume/persistentvolume/pv_controller.go
 * syncUnboundClaim, index.go findByClaim, component-helpers FindMatchingVolume) over one set of
 * manifests. The controller handles claims one at a time and a PV leaves the pool once bound; the
 * order between unrelated claims is a race in a real cluster, so the simulation fixes one: claims
 * with volumeName first, then claims a PV reserves through claimRef, then the rest, each in input order.
 */

export interface BinderVolume {
  name: string;
  object: PersistentVolume;
}

export interface BinderClaim extends ClaimIdentity {
  object: PersistentVolumeClaim;
}

/** A StorageClass of the view, as far as binding cares. */
export interface BinderClass {
  provisioner: string;
  /** volumeBindingMode WaitForFirstConsumer: the scheduler binds or provisions once a pod exists. */
  delayed: boolean;
}

export interface BinderInput {
  volumes: readonly BinderVolume[];
  claims: readonly BinderClaim[];
  classes: ReadonlyMap<string, BinderClass>;
  /** The class DefaultStorageClass admission writes into a claim without one. */
  defaultClass?: string;
  /**
   * Find the closest miss only for pending claims whose view offers a pool (the only ones a finding
   * explains): it scans every PV per claim, which made big views quadratic.
   */
  closestOnlyInPool?: boolean;
}

/** Why a claim can only get an existing PV. */
export type StaticOnly =
  /** storageClassName "" (or the beta annotation ""): never provisioned, never defaulted. */
  | 'empty-class'
  /** Its StorageClass has provisioner kubernetes.io/no-provisioner. */
  | 'no-provisioner'
  /** No class and no default StorageClass in the view: it stays "" unless the cluster has a default. */
  | 'no-default'
  /** Names a class that is no StorageClass of the view: provisioning fails unless the cluster has it. */
  | 'unknown-class';

export type ClaimProvisioning =
  { kind: 'dynamic'; storageClass: string; delayed: boolean } | { kind: 'static'; storageClass: string; why: StaticOnly };

/** A PV the claim did not get, and the first binder test it failed. */
export interface Miss {
  volume: number;
  failure: MatchFailure;
  /** For `taken`: the claim that got the PV. */
  rival?: number;
}

export type BinderResult =
  | { kind: 'bound'; volume: number; via: 'volumeName' | 'claimRef' | 'match'; mismatch?: MatchFailure }
  | { kind: 'dynamic'; storageClass: string; delayed: boolean }
  | {
      kind: 'pending';
      storageClass: string;
      why: StaticOnly;
      /** The view offers this claim static volumes (so their absence is not just "they live in the cluster"). */
      poolInView: boolean;
      closest?: Miss;
    }
  /** volumeName set and the named PV cannot be had; no `miss` when no PV has that name. */
  | { kind: 'prebind-failed'; volumeName: string; miss?: Miss };

/**
 * The claim's effective class and whether it can be provisioned: nil becomes the default class at
 * admission; a claim is dynamic only when its class is a StorageClass of the view with a provisioner.
 */
export function provisioningOf(
  claim: PersistentVolumeClaim,
  classes: ReadonlyMap<string, BinderClass>,
  defaultClass: string | undefined,
): ClaimProvisioning {
  const declared = declaredClaimClass(claim);
  const storageClass = declared ?? defaultClass ?? '';
  if (storageClass === '') return { kind: 'static', storageClass, why: declared === undefined ? 'no-default' : 'empty-class' };
  const found = classes.get(storageClass);
  if (!found) return { kind: 'static', storageClass, why: 'unknown-class' };
  if (found.provisioner === NO_PROVISIONER) return { kind: 'static', storageClass, why: 'no-provisioner' };
  return { kind: 'dynamic', storageClass, delayed: found.delayed };
}

const modeKey = (modes: readonly string[]) => [...new Set(modes)].sort().join(',');

/**
 * allPossibleMatchingAccessModes: every distinct access-mode set of the PVs that offers all the
 * requested modes, fewest modes first (ties, unordered upstream, by name here).
 */
export function accessModeGroups(volumes: readonly PersistentVolume[], requested: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  volumes.forEach((pv, index) => {
    const modes = volumeAccessModes(pv);
    if (!containsAllModes(modes, requested)) return;
    const key = modeKey(modes);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const size = (key: string) => (key === '' ? 0 : key.split(',').length);
  return [...groups.entries()].sort(([a], [b]) => size(a) - size(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([, members]) => members);
}

function smaller(a: PersistentVolume, b: PersistentVolume): boolean {
  const [qa, qb] = [volumeCapacity(a), volumeCapacity(b)];
  return qa !== undefined && qb !== undefined && compareQuantities(qa, qb) < 0;
}

export function simulateBinder(input: BinderInput): BinderResult[] {
  const { volumes, claims } = input;
  const pvs = volumes.map((v) => v.object);
  const byName = new Map<string, number>();
  volumes.forEach((v, i) => byName.has(v.name) || byName.set(v.name, i));
  // An object given twice is one object in the cluster: later copies take no part in matching.
  // A PV without a valid capacity is rejected by the API server (often an unrendered placeholder).
  const isCopy = (volume: number) => byName.get(volumes[volume].name) !== volume || volumeCapacity(pvs[volume]) === undefined;
  const firstClaim = new Map<string, number>();
  claims.forEach((c, i) => firstClaim.has(claimKey(c)) || firstClaim.set(claimKey(c), i));
  const original = (i: number) => firstClaim.get(claimKey(claims[i]))!;
  const takenBy = new Map<number, number>();
  const results: (BinderResult | undefined)[] = claims.map(() => undefined);
  const provisioning = claims.map((c) => provisioningOf(c.object, input.classes, input.defaultClass));
  const volumeNameOf = (c: BinderClaim) => {
    const name = c.object.spec?.volumeName;
    return typeof name === 'string' && name !== '' ? name : undefined;
  };

  const take = (volume: number, claim: number, via: 'volumeName' | 'claimRef' | 'match', mismatch?: MatchFailure): BinderResult => {
    takenBy.set(volume, claim);
    return mismatch ? { kind: 'bound', volume, via, mismatch } : { kind: 'bound', volume, via };
  };

  // syncUnboundClaim, volumeName branch.
  const prebind = (i: number): BinderResult => {
    const claim = claims[i];
    const volumeName = volumeNameOf(claim)!;
    const volume = byName.get(volumeName);
    if (volume === undefined) return { kind: 'prebind-failed', volumeName };
    const pv = pvs[volume];
    const ref = claimRefOf(pv);
    if (ref && !isReservedFor(pv, claim))
      return { kind: 'prebind-failed', volumeName, miss: { volume, failure: { kind: 'reserved', ...ref } } };
    const rival = takenBy.get(volume);
    if (rival !== undefined) {
      return { kind: 'prebind-failed', volumeName, miss: { volume, failure: { kind: 'taken', by: identity(claims[rival]) }, rival } };
    }
    const failure = prebindFailure(pv, claim.object, provisioning[i].storageClass);
    // A PV whose claimRef names this claim is bound without checkVolumeSatisfyClaim.
    if (ref) return take(volume, i, 'volumeName', failure);
    if (failure) return { kind: 'prebind-failed', volumeName, miss: { volume, failure } };
    return take(volume, i, 'volumeName');
  };

  // The groups depend only on the PVs and the requested set: computing them per claim was quadratic.
  const groupCache = new Map<string, number[][]>();
  const groupsFor = (requested: readonly string[]) => {
    const key = JSON.stringify(requested);
    let groups = groupCache.get(key);
    if (!groups) groupCache.set(key, (groups = accessModeGroups(pvs, requested)));
    return groups;
  };

  /**
   * The members of a group this claim could take, in group order: PVs reserved for it, and PVs
   * reserved for nobody of its class. Every other PV fails staticMatchFailure (reserved elsewhere,
   * or class), so skipping them changes nothing but the cost, which was claims x PVs.
   */
  const bucketOf = pvs.map((pv) => {
    const ref = claimRefOf(pv);
    return ref ? `ref\u0000${claimKey(ref)}` : `class\u0000${volumeClass(pv)}`;
  });
  const bucketCache = new WeakMap<number[], Map<string, number[]>>();
  const candidatesIn = (group: number[], claim: BinderClaim, claimClass: string): number[] => {
    let buckets = bucketCache.get(group);
    if (!buckets) {
      buckets = new Map();
      for (const volume of group) {
        const members = buckets.get(bucketOf[volume]);
        if (members) members.push(volume);
        else buckets.set(bucketOf[volume], [volume]);
      }
      bucketCache.set(group, buckets);
    }
    return mergeAscending(buckets.get(`ref\u0000${claimKey(claim)}`) ?? [], buckets.get(`class\u0000${claimClass}`) ?? []);
  };

  // findByClaim: the first access-mode group that yields a PV decides.
  const match = (i: number): BinderResult => {
    const claim = claims[i];
    const claimClass = provisioning[i].storageClass;
    for (const group of groupsFor(claimAccessModes(claim.object))) {
      let best: number | undefined;
      for (const volume of candidatesIn(group, claim, claimClass)) {
        if (takenBy.has(volume) || isCopy(volume)) continue;
        const pv = pvs[volume];
        if (isReservedFor(pv, claim)) {
          if (!capacityFailure(pv, claim.object) && !volumeModeFailure(pv, claim.object)) return take(volume, i, 'claimRef');
          continue;
        }
        if (staticMatchFailure(pv, claim.object, claim, claimClass)) continue;
        if (best === undefined || smaller(pv, pvs[best])) best = volume;
      }
      if (best !== undefined) return take(best, i, 'match');
    }
    const how = provisioning[i];
    if (how.kind === 'dynamic') return { kind: 'dynamic', storageClass: how.storageClass, delayed: how.delayed };
    const inView = poolInView(i, how);
    return {
      kind: 'pending',
      storageClass: how.storageClass,
      why: how.why,
      poolInView: inView,
      closest: inView || !input.closestOnlyInPool ? closest(i) : undefined,
    };
  };

  const named = new Set<string>();
  for (const claim of claims) {
    const name = volumeNameOf(claim);
    if (name !== undefined) named.add(name);
  }
  // Claim key → the uids its reservations hold (undefined: a claimRef without uid, open to any claim of that name).
  const reservations = new Map<string, (string | undefined)[]>();
  let offered = 0;
  const offeredOfClass = new Map<string, number>();
  const isOffered = volumes.map((volume) => {
    const ref = claimRefOf(volume.object);
    if (ref) reservations.set(claimKey(ref), [...(reservations.get(claimKey(ref)) ?? []), ref.uid]);
    else if (!named.has(volume.name) && volumeCapacity(volume.object)) {
      offered++;
      offeredOfClass.set(volumeClass(volume.object), (offeredOfClass.get(volumeClass(volume.object)) ?? 0) + 1);
      return true;
    }
    return false;
  });
  const hasReservation = (claim: BinderClaim) =>
    (reservations.get(claimKey(claim)) ?? []).some((uid) => uid === undefined || uid === claim.uid);

  /**
   * Whether the view offers PVs to claims like this one, so that none fitting is a finding rather
   * than "its volume lives in the cluster": a PV reserved for it; for "" and no-provisioner classes
   * any PV pre-bound to nobody; for a class that no StorageClass of the view defines, PVs of that
   * class (the class exists in the files only as their storageClassName; a rule weighs whether the
   * cluster may still have such a StorageClass: docker-desktop's `hostpath` and GKE's `standard-rwo`
   * are real classes that static PVs also name); for a claim with a selector, which provisioners
   * refuse, a PV its labels pick or one that fails it on the labels alone. A claim without class
   * when the view has no default is not judged otherwise (clusters almost always have one), nor a
   * class that is the configured default.
   */
  const poolInView = (i: number, { why, storageClass }: { why: StaticOnly; storageClass: string }): boolean => {
    const claim = claims[i];
    if (hasReservation(claim)) return true;
    if ((why === 'empty-class' || why === 'no-provisioner') && offered > 0) return true;
    if (why === 'unknown-class' && storageClass !== input.defaultClass && (offeredOfClass.get(storageClass) ?? 0) > 0) return true;
    return selectorBlocksProvisioning(claim.object) && offersLabelledVolume(i, storageClass);
  };

  /** An offered PV the claim's selector picks, or one that would fit it but for the labels. */
  const offersLabelledVolume = (i: number, storageClass: string): boolean =>
    pvs.some((pv, volume) => {
      if (!isOffered[volume] || isCopy(volume)) return false;
      if (!selectorFailure(pv, claims[i].object)) return true;
      const failures = staticMatchFailures(pv, claims[i].object, claims[i], storageClass);
      return failures.length === 1 && failures[0].kind === 'selector';
    });

  /**
   * A PV of the claim's class before any other (the binder never looks at another class, so one of
   * those is only the closest when the class has none); then the PV failing the fewest tests; then one
   * whose selector and claimRef say it is meant for this claim; then the one failing latest in binder
   * order; then the largest.
   */
  const closest = (i: number): Miss | undefined => {
    const claim = claims[i];
    let best: (Miss & { score: number[] }) | undefined;
    pvs.forEach((pv, volume) => {
      if (isCopy(volume)) return;
      const rival = takenBy.get(volume);
      const failures = staticMatchFailures(pv, claim.object, claim, provisioning[i].storageClass);
      const failure = failures[0] ?? (rival !== undefined ? ({ kind: 'taken', by: identity(claims[rival]) } as const) : undefined);
      if (!failure) return;
      const meantForOthers = failures.some((f) => f.kind === 'class' || f.kind === 'selector' || f.kind === 'reserved');
      const ofItsClass = failures.every((f) => f.kind !== 'class');
      const score = [ofItsClass ? 1 : 0, -failures.length, meantForOthers ? 0 : 1, FAILURE_RANK[failure.kind]];
      const better =
        !best || compareScores(score, best.score) > 0 || (compareScores(score, best.score) === 0 && smaller(pvs[best.volume], pv));
      if (better) best = { volume, failure, score, ...(failure.kind === 'taken' ? { rival } : {}) };
    });
    if (!best) return undefined;
    const { score: _score, ...miss } = best;
    return miss;
  };

  const originals = claims.flatMap((_, i) => (original(i) === i ? [i] : []));
  const order = [
    ...originals.filter((i) => volumeNameOf(claims[i])),
    ...originals.filter((i) => !volumeNameOf(claims[i]) && hasReservation(claims[i])),
    ...originals.filter((i) => !volumeNameOf(claims[i]) && !hasReservation(claims[i])),
  ];
  for (const i of order) results[i] = volumeNameOf(claims[i]) ? prebind(i) : match(i);
  claims.forEach((_, i) => (results[i] ??= results[original(i)]));
  return results as BinderResult[];
}

/**
 * How near a miss is, for choosing the PV to show: a later failing test is nearer. A PV another
 * claim took counts as taken only when it passes every other test, so "taken" always means
 * "this claim could have used it".
 */
const FAILURE_RANK: Record<MatchFailure['kind'], number> = {
  reserved: 0,
  capacity: 1,
  volumeMode: 2,
  selector: 3,
  class: 4,
  accessModes: 5,
  taken: 6,
};

const compareScores = (a: readonly number[], b: readonly number[]) => a.reduce((order, value, k) => order || value - b[k], 0);

function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return b as number[];
  if (b.length === 0) return a as number[];
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}

const claimKey = (claim: ClaimIdentity) => `${claim.namespace}\u0000${claim.name}`;
const identity = (claim: BinderClaim): ClaimIdentity => ({ namespace: claim.namespace, name: claim.name });
