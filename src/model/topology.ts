import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { RelatedReport, Resource } from '../load/resource.js';
import { NO_PROVISIONER } from '../k8s/storage-class.js';
import { isSingleWriter } from '../k8s/access-modes.js';
import { claimAccessModes } from '../k8s/pv-match.js';
import { NODE_PINNING_PROVISIONERS, unionValues, valuesDisjoint, volumeNodes, type TopologyValues } from '../k8s/topology.js';
import type { JsonPath } from '../types.js';
import type { Claim } from './claims.js';
import type { Model } from './model.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import { describeWorkload, type Workload } from './workloads.js';

/**
 * A claim the pods of a workload mount: named in a volume, created from a StatefulSet template for
 * an ordinal, or a generic ephemeral volume's template (one new claim per pod, never pre-bound).
 */
export interface PodClaim {
  /** The claim as the cluster will hold it; undefined for ephemeral templates and missing claims. */
  claim?: Claim;
  name: string;
  /** The claim object (or template) whose spec decides binding and class. */
  object?: PersistentVolumeClaim;
  /** Where the workload refers to it: the volume's claimName, or the template's name. */
  path: JsonPath;
  /** StatefulSet template claims: the ordinal of the one pod that mounts it. */
  ordinal?: number;
}

/** Every claim the pods of a workload mount, flattened from its volume claims (one per ordinal for templates). */
export function podClaims(model: Model, workload: Workload): PodClaim[] {
  const out: PodClaim[] = [];
  for (const use of model.volumeClaims(workload)) {
    if (use.naming === 'claimName') {
      const claim = use.claims[0]?.claim;
      out.push({ claim, name: use.name, object: claim?.object, path: use.path });
    } else if (use.naming === 'ephemeral') {
      out.push({ name: use.name, object: use.template, path: use.path });
    } else {
      for (const { claim, ordinal } of use.claims) out.push({ claim, name: claim.name, object: claim.object, path: use.path, ordinal });
    }
  }
  return out;
}

/**
 * The PV a claim is (or will be) bound to: the binder's answer, else the PV its volumeName names.
 * `via` tells how sure that is: a simulated match may still go elsewhere in a real cluster.
 */
export function boundVolume(model: Model, claim: Claim): { volume: Resource; via: string } | undefined {
  const binding = model.binding(claim);
  if (binding.kind === 'bound') return { volume: binding.volume, via: binding.via };
  const name = nonEmptyString(objectOf(claim.object.spec).volumeName);
  const volume = name ? model.persistentVolume(name) : undefined;
  return volume ? { volume, via: 'volumeName' } : undefined;
}

/** The StorageClass a claim's volume would be provisioned from, when it is in the view and provisions. */
export function provisioningClass(model: Model, object: PersistentVolumeClaim | undefined): Resource | undefined {
  if (!object) return undefined;
  const storageClass = model.storageClassFor(model.claimClass(object));
  if (!storageClass || storageClass.object.provisioner === NO_PROVISIONER) return undefined;
  return storageClass;
}

/** A claim that will get a new volume: not bound to a PV of the view and not naming one. */
export function isDynamic(model: Model, podClaim: PodClaim): boolean {
  if (podClaim.claim)
    return boundVolume(model, podClaim.claim) === undefined && !nonEmptyString(objectOf(podClaim.claim.object.spec).volumeName);
  return podClaim.object !== undefined;
}

/** volumeBindingMode defaults to Immediate (SetDefaults_StorageClass). */
export const bindingMode = (storageClass: Resource): string => nonEmptyString(storageClass.object.volumeBindingMode) ?? 'Immediate';

/** Who mounts the claim, for messages: the Pod, one StatefulSet pod, or the pods of a workload. */
export function describeConsumer(workload: Workload, podClaim: PodClaim): string {
  if (workload.kind === 'Pod') return describeWorkload(workload);
  if (podClaim.ordinal !== undefined)
    return `Pod ${workload.namespace}/${workload.name}-${podClaim.ordinal} of StatefulSet ${workload.name}`;
  return `Pods of ${describeWorkload(workload)}`;
}

/**
 * The claim and its consumer for messages, and a key under which one problem is reported once: the
 * claims a StatefulSet template creates share their template's problems, ephemeral claims their volume's.
 */
export function consumerLabels(
  workload: Workload,
  podClaim: PodClaim,
): { label: string; consumer: string; key: string; reference: string } {
  const found = labels(workload, podClaim);
  return { ...found, reference: found.reference ?? referenceMessage(podClaim) };
}

function labels(workload: Workload, podClaim: PodClaim): { label: string; consumer: string; key: string; reference?: string } {
  const key = podClaim.path.join('/');
  const pods = `Pods of ${describeWorkload(workload)}`;
  if (!podClaim.claim)
    return {
      label: `the claim of ephemeral volume '${podClaim.name}'`,
      consumer: workload.kind === 'Pod' ? describeWorkload(workload) : pods,
      key,
    };
  if (podClaim.claim.origin === 'statefulset') {
    const template = nonEmptyString(objectOf(podClaim.claim.object.metadata).name) ?? '';
    const claims = `${template}-${workload.name}-<ordinal>`;
    return {
      label: `claim ${workload.namespace}/${claims}`,
      consumer: pods,
      key,
      reference: `Claims ${claims} are created from this template`,
    };
  }
  return {
    label: `claim ${podClaim.claim.namespace}/${podClaim.name}`,
    consumer: describeConsumer(workload, podClaim),
    key: `${key}|${podClaim.name}`,
  };
}

/** Related location for the workload's end of the reference. */
export function referenceMessage(podClaim: PodClaim): string {
  if (!podClaim.claim) return `Ephemeral volume '${podClaim.name}' creates its claim from this template`;
  return podClaim.ordinal !== undefined ? `Claim ${podClaim.name} is created from this template` : `Claim ${podClaim.name} is mounted here`;
}

/** Where a claim's class is decided: where it is written, or the claim's name when admission picks the default. */
export function claimClassPath(claim: Claim): JsonPath {
  const { source, path } = claim.storageClass;
  return [...claim.path, ...(source === 'annotation' || source === 'field' ? path : ['metadata', 'name'])];
}

/** A pod claim whose PV is known, with where that PV can be used in one dimension. */
export interface PinnedClaim {
  podClaim: PodClaim;
  volume: Resource;
  /** Where the PV can be used; paths are relative to `volume`. */
  where: TopologyValues;
}

/**
 * The PV of a pod claim, when it is pinned down well enough to judge where it can be used: named by
 * volumeName, reserved by claimRef, or matched by the binder at once (Immediate). A PV the binder
 * would merely pick for a WaitForFirstConsumer claim is not: the scheduler's VolumeBinding plugin
 * binds such a claim to a PV that fits the node it chose for the pod (FindPodVolumes).
 */
export function pinnedVolume(model: Model, podClaim: PodClaim): { volume: Resource; via: string } | undefined {
  const { claim } = podClaim;
  const bound = claim ? boundVolume(model, claim) : undefined;
  if (!claim || !bound || bound.via !== 'match') return bound;
  const storageClass = model.storageClassFor(claim.storageClass);
  return storageClass && bindingMode(storageClass) === 'WaitForFirstConsumer' ? undefined : bound;
}

/**
 * The pod claims of a workload whose PV is pinned to known values of one dimension. A matched PV
 * (Immediate binding) is one of the class's PVs that fit, and which one the real binder takes among
 * equals is not in the files: it counts as pinned to every value those PVs of its class allow.
 */
export function pinnedClaims(model: Model, workload: Workload, where: (pv: unknown) => TopologyValues | undefined): PinnedClaim[] {
  const out: PinnedClaim[] = [];
  for (const podClaim of podClaims(model, workload)) {
    const pinned = pinnedVolume(model, podClaim);
    if (!pinned) continue;
    const own = where(pinned.volume.object);
    if (!own || own.values.size === 0) continue;
    if (pinned.via === 'match' && podClaim.claim) {
      const peers = model.volumesOfClass(podClaim.claim.storageClass.effective).map((pv) => where(pv.object));
      const any = unionValues(peers);
      if (!any || any.values.size !== own.values.size) continue;
    }
    out.push({ podClaim, volume: pinned.volume, where: own });
  }
  return out;
}

/** Whether two pod claims are mounted by one pod: claims shared by all pods, or of the same StatefulSet ordinal. */
export const samePod = (a: PodClaim, b: PodClaim) => a.ordinal === undefined || b.ordinal === undefined || a.ordinal === b.ordinal;

/**
 * Claims of one pod whose volumes share no place: the pod can never be scheduled. Each claim is
 * paired with the first earlier claim it excludes; claims already reported (`skip`) take no part.
 */
export function claimsApart(pinned: readonly PinnedClaim[], skip: ReadonlySet<PinnedClaim>): { claim: PinnedClaim; other: PinnedClaim }[] {
  const pairs: { claim: PinnedClaim; other: PinnedClaim }[] = [];
  const paired = new Set<PinnedClaim>();
  for (const [index, claim] of pinned.entries()) {
    if (skip.has(claim)) continue;
    const other = pinned
      .slice(0, index)
      .find(
        (earlier) =>
          !skip.has(earlier) &&
          !paired.has(earlier) &&
          samePod(earlier.podClaim, claim.podClaim) &&
          valuesDisjoint(earlier.where, claim.where),
      );
    if (!other) continue;
    paired.add(claim);
    pairs.push({ claim, other });
  }
  return pairs;
}

/** Related locations for a pod claim: where the workload names it, and the claim object when it is written elsewhere. */
export function claimReferenceRelated(workload: Workload, podClaim: PodClaim): RelatedReport[] {
  const claim = podClaim.claim;
  const own: RelatedReport = { resource: workload.resource, path: podClaim.path, message: referenceMessage(podClaim) };
  if (!claim || claim.resource === workload.resource) return [own];
  return [
    own,
    {
      resource: claim.resource,
      path: [...claim.path, 'metadata', 'name'],
      message: `PersistentVolumeClaim ${claim.namespace}/${claim.name}`,
    },
  ];
}

/**
 * Why a claim's volume will be pinned to one node once bound, when the files do not say which:
 * its class provisions node-local volumes, or it has no provisioner and every PV of the class in the
 * view is pinned to nodes by hostname (local PVs). Undefined when that is not known.
 */
export function nodeLocalClass(model: Model, claim: Claim): { storageClass: Resource; why: string } | undefined {
  const storageClass = model.storageClassFor(claim.storageClass);
  // A ReadWriteMany or ReadOnlyMany claim of local-path is served from a shared file system
  // (sharedFileSystemPath, without node affinity); node paths only offer single-node modes.
  if (!storageClass || !isSingleWriter(claimAccessModes(claim.object))) return undefined;
  const provisioner = nonEmptyString(storageClass.object.provisioner) ?? '';
  if (NODE_PINNING_PROVISIONERS.includes(provisioner)) return { storageClass, why: `${provisioner} creates each volume on one node` };
  if (provisioner !== NO_PROVISIONER) return undefined;
  const pool = model.volumesOfClass(storageClass.name);
  if (pool.length === 0 || !pool.every((pv) => (volumeNodes(pv.object)?.values.size ?? 0) > 0)) return undefined;
  return { storageClass, why: 'its PersistentVolumes in the view are each pinned to a node' };
}
