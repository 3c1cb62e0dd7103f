import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../load/resource.js';
import type { Claim } from './claims.js';
import type { Model } from './model.js';

/**
 * What the PV controller would do with a claim. Only explicit pre-binding through `volumeName`
 * and `claimRef` is resolved here so far; the full binder simulation replaces this module.
 */
export type Binding =
  | { kind: 'bound'; volume: Resource; via: 'volumeName' | 'claimRef' | 'match' }
  | { kind: 'unresolved' };

export function simulateBinding(model: Model): Map<Claim, Binding> {
  const result = new Map<Claim, Binding>();
  for (const claim of model.claims) {
    const volumeName = claim.object.spec?.volumeName;
    const byName = typeof volumeName === 'string' && volumeName !== '' ? model.persistentVolume(volumeName) : undefined;
    if (byName) {
      result.set(claim, { kind: 'bound', volume: byName, via: 'volumeName' });
      continue;
    }
    const reserved = model.volumesReservedFor(claim.namespace, claim.name)[0];
    result.set(claim, reserved ? { kind: 'bound', volume: reserved, via: 'claimRef' } : { kind: 'unresolved' });
  }
  return result;
}

export const pvObject = (volume: Resource) => volume.object as unknown as PersistentVolume;
