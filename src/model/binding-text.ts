import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import { ACCESS_MODE_SHORT, type AccessMode } from '../k8s/access-modes.js';
import type { ClaimIdentity, MatchFailure } from '../k8s/pv-match.js';
import { describeQuantity } from '../k8s/quantity.js';
import { volumeClassPath } from '../k8s/storage-class.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import type { Claim } from './claims.js';

/**
 * Shared phrasing and locations for binding findings, so every binding rule names a claim and a
 * failed binder test the same way.
 */

/** `PersistentVolumeClaim ns/name`, or `claim ns/data-web-0 of StatefulSet ns/web` for generated claims. */
export function claimLabel(claim: Claim): string {
  const id = `${claim.namespace}/${claim.name}`;
  if (claim.origin === 'object') return `PersistentVolumeClaim ${id}`;
  const owner = claim.owner ? ` of ${claim.owner.kind} ${claim.owner.namespace}/${claim.owner.name}` : '';
  return `${claim.origin === 'ephemeral' ? 'ephemeral claim' : 'claim'} ${id}${owner}`;
}

export const identityLabel = (claim: ClaimIdentity) =>
  claim.namespace === '' ? `'${claim.name}' (no namespace)` : `${claim.namespace}/${claim.name}`;
export const classLabel = (name: string) => JSON.stringify(name);
const modes = (list: readonly string[]) =>
  list.length === 0 ? 'none' : list.map((m) => ACCESS_MODE_SHORT[m as AccessMode] ?? m).join(', ');

/** "requests 10Gi (10737418240 bytes) but PersistentVolume data-pv has 10G (10000000000 bytes)". */
export function describeFailure(failure: MatchFailure, volume: string): string {
  const pv = `PersistentVolume ${volume}`;
  switch (failure.kind) {
    case 'reserved':
      return failure.uid
        ? `${pv} is reserved by its claimRef for the claim ${identityLabel(failure)} with uid ${failure.uid}, which a claim created from the files never has`
        : `${pv} is reserved for claim ${identityLabel(failure)} by its claimRef`;
    case 'capacity':
      return `it requests ${describeQuantity(failure.want)} but ${pv} has ${failure.have ? describeQuantity(failure.have) : 'no valid capacity.storage'}`;
    case 'volumeMode':
      return `it wants volumeMode ${failure.want} but ${pv} is ${failure.have}`;
    case 'taken':
      return `${pv} goes to claim ${identityLabel(failure.by)}`;
    case 'selector':
      return `${pv} lacks the labels its selector asks for: ${failure.unmet.join(', ')}`;
    case 'class':
      return `its class is ${classLabel(failure.want)} but ${pv} has class ${classLabel(failure.have)}`;
    case 'accessModes':
      return `it requests access modes ${modes(failure.want)} but ${pv} offers ${modes(failure.have)}`;
  }
}

/** For a class failure on a claim that names no class: the class it has came from admission. */
export function defaultedNote(failure: MatchFailure, claim: Claim): string {
  return failure.kind === 'class' && claim.storageClass.declared === undefined
    ? `; ${classLabel(failure.want)} is the default StorageClass, given because the claim names none`
    : '';
}

/** Where a failed test shows in the claim (relative to the claim object) and in the PV. */
export function failurePaths(failure: MatchFailure, claim: Claim, volume: Resource): { claim: JsonPath; volume: JsonPath } {
  const pv = volume.object as unknown as PersistentVolume;
  switch (failure.kind) {
    case 'capacity':
      return { claim: ['spec', 'resources', 'requests', 'storage'], volume: ['spec', 'capacity', 'storage'] };
    case 'volumeMode':
      return { claim: ['spec', 'volumeMode'], volume: ['spec', 'volumeMode'] };
    case 'selector':
      return { claim: ['spec', 'selector'], volume: ['metadata', 'labels'] };
    case 'class':
      return { claim: claim.storageClass.path, volume: volumeClassPath(pv) };
    case 'accessModes':
      return { claim: ['spec', 'accessModes'], volume: ['spec', 'accessModes'] };
    case 'reserved':
      return { claim: ['metadata', 'name'], volume: ['spec', 'claimRef'] };
    case 'taken':
      return { claim: ['metadata', 'name'], volume: ['metadata', 'name'] };
  }
}

/**
 * A StatefulSet template (or ephemeral volume template) stands for one claim per pod; findings on
 * it are grouped so that a template mistake is reported once, naming the first claim and the count.
 * `tag` separates findings of different kinds on the same template.
 */
export function groupByTemplate<T extends { claim: Claim }>(
  items: readonly T[],
  tag: (item: T) => string = () => '',
): { first: T; count: number }[] {
  const groups = new Map<unknown, { first: T; count: number }>();
  for (const item of items) {
    const { claim } = item;
    const key = claim.origin === 'object' ? item : `${claim.resource.order}\u0000${JSON.stringify(claim.path)}\u0000${tag(item)}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: item, count: 1 });
  }
  return [...groups.values()];
}

/** "" or " (and 2 more claims of this template)". */
export const moreClaims = (count: number) => (count > 1 ? ` (and ${count - 1} more claim${count > 2 ? 's' : ''} of this template)` : '');
