import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import { simulateBinder, type BinderClass, type StaticOnly } from '../k8s/binder.js';
import type { MatchFailure } from '../k8s/pv-match.js';
import type { Resource } from '../load/resource.js';
import type { Claim } from './claims.js';
import { nonEmptyString } from '../util/shape.js';

/**
 * What the PV controller would do with a claim, from the binder simulation (src/k8s/binder.ts).
 * - bound: it gets `volume`, named by its volumeName, reserved for it by the PV's claimRef, or matched;
 * - dynamic: no PV fits and its StorageClass (in the view) provisions one, now or on first consumer;
 * - pending: no PV fits and nothing in the view provisions it; `closest` failed first on `failure`;
 * - prebind-failed: its volumeName names no PV (`volume` absent) or a PV it cannot have;
 * - unresolved: not a claim of this model.
 */
export type Binding =
  | { kind: 'bound'; volume: Resource; via: 'volumeName' | 'claimRef' | 'match' }
  | { kind: 'dynamic'; storageClass: string; classResource: Resource; delayed: boolean }
  | {
      kind: 'pending';
      storageClass: string;
      why: StaticOnly;
      /** The view offers it static volumes: not finding one is a finding, not "the PVs live in the cluster". */
      poolInView: boolean;
      closest?: Resource;
      failure?: MatchFailure;
      /** For failure `taken`: the claim that got the PV. */
      rival?: Claim;
    }
  | { kind: 'prebind-failed'; volumeName: string; volume?: Resource; failure?: MatchFailure; rival?: Claim }
  | { kind: 'unresolved' };

/** The StorageClasses the binder reads, by name (the first of a name wins). */
export function storageClassTable(storageClasses: readonly Resource[]): Map<string, BinderClass> {
  const classes = new Map<string, BinderClass>();
  for (const sc of storageClasses) {
    if (classes.has(sc.name)) continue;
    classes.set(sc.name, {
      provisioner: nonEmptyString(sc.object.provisioner) ?? '',
      delayed: sc.object.volumeBindingMode === 'WaitForFirstConsumer',
    });
  }
  return classes;
}

export interface BindingInput {
  claims: readonly Claim[];
  volumes: readonly Resource[];
  classes: ReadonlyMap<string, BinderClass>;
  defaultClass: string | undefined;
  storageClass(name: string): Resource | undefined;
}

/** The PV controller's decision for every claim, from the binder simulation. */
export function simulateBinding({ claims, volumes, classes, defaultClass, storageClass }: BindingInput): Map<Claim, Binding> {
  const results = simulateBinder({
    volumes: volumes.map((volume) => ({ name: volume.name, object: pvObject(volume) })),
    claims: claims.map((claim) => ({ namespace: claim.namespace, name: claim.name, object: claim.object, ...liveUid(claim) })),
    classes,
    defaultClass,
    // Rules read `closest` only when `poolInView` (pvc-unbindable, pv-contended).
    closestOnlyInPool: true,
  });
  const bindings = new Map<Claim, Binding>();
  results.forEach((result, i) => {
    const claim = claims[i];
    switch (result.kind) {
      case 'bound':
        bindings.set(claim, { kind: 'bound', volume: volumes[result.volume], via: result.via });
        break;
      case 'dynamic':
        bindings.set(claim, { ...result, classResource: storageClass(result.storageClass)! });
        break;
      case 'pending': {
        const { closest, ...rest } = result;
        bindings.set(claim, {
          ...rest,
          ...(closest ? { closest: volumes[closest.volume], failure: closest.failure } : {}),
          ...(closest?.rival !== undefined ? { rival: claims[closest.rival] } : {}),
        });
        break;
      }
      case 'prebind-failed': {
        const { miss } = result;
        bindings.set(claim, {
          kind: 'prebind-failed',
          volumeName: result.volumeName,
          ...(miss ? { volume: volumes[miss.volume], failure: miss.failure } : {}),
          ...(miss?.rival !== undefined ? { rival: claims[miss.rival] } : {}),
        });
        break;
      }
    }
  });
  return bindings;
}

export const pvObject = (volume: Resource) => volume.object as unknown as PersistentVolume;

/** A claim read from the cluster (--cluster) has its uid; one created from a file gets a new one. */
function liveUid(claim: Claim): { uid?: string } {
  const uid = claim.resource.contextOnly ? nonEmptyString(claim.object.metadata?.uid) : undefined;
  return uid ? { uid } : {};
}
