/**
 * Whether the files prove that a claim was meant to get a particular PersistentVolume. PVs outside
 * the files (a static provisioner's, volumes made by hand) can always exist, so "no PV in the files
 * fits" fails in any cluster only when the files tie the claim to the PV they give: the claim
 * prebinds it (volumeName), the PV reserves itself for the claim (claimRef), or both are written in
 * one file (or rendered by one kustomization, which applies them together).
 */
import type { Resource } from '../load/resource.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import type { Claim } from './claims.js';
import { distance } from './scope.js';

export type PairingEvidence = 'volumeName' | 'claimRef' | 'same file' | 'same kustomization';

/** How the files tie the claim to the volume, or undefined when they do not. */
export function pairingEvidence(claim: Claim, volume: Resource): PairingEvidence | undefined {
  if (nonEmptyString(objectOf(claim.object.spec).volumeName) === volume.name) return 'volumeName';
  const claimRef = objectOf(objectOf(volume.object.spec).claimRef);
  if (nonEmptyString(claimRef.name) === claim.name && nonEmptyString(claimRef.namespace) === claim.namespace) return 'claimRef';
  const unit = claim.resource.source.unit;
  if (unit !== undefined && unit === volume.source.unit) return 'same kustomization';
  return distance(claim.resource, volume).nearness === 'file' ? 'same file' : undefined;
}
