import type { Resource } from '../load/resource.js';
import { isSingleWriter } from '../k8s/access-modes.js';
import { driverAttaches, volumeAttaches } from '../k8s/attach.js';
import { claimAccessModes, volumeAccessModes } from '../k8s/pv-match.js';
import { autoscalerRange, podsAtOnce, type Concurrency, type ReplicaRange } from '../k8s/rollout.js';
import type { RelatedReport } from '../rule.js';
import type { JsonPath } from '../types.js';
import { pvObject } from './binding.js';
import type { Claim } from './claims.js';
import type { Model } from './model.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import { isWorkloadFragment } from './fragments.js';
import { claimTemplateNames } from './statefulset.js';
import type { Workload } from './workloads.js';

/**
 * Derived views for the multi-pod rules: which autoscaler drives a workload, which modes decide
 * whether a claim can be attached to several nodes, and how many pods use a template at once.
 */

const targetKey = (namespace: string, kind: string, name: string) => `${namespace}\u0000${kind}\u0000${name}`;
const autoscalerIndexes = new WeakMap<Model, Map<string, Resource[]>>();

/** HorizontalPodAutoscalers by the workload their scaleTargetRef names, built once per model. */
function autoscalerIndex(model: Model): Map<string, Resource[]> {
  let index = autoscalerIndexes.get(model);
  if (index) return index;
  index = new Map();
  for (const hpa of model.ofKind('HorizontalPodAutoscaler')) {
    const target = objectOf(objectOf(hpa.object.spec).scaleTargetRef);
    const kind = nonEmptyString(target.kind);
    const name = nonEmptyString(target.name);
    if (!kind || !name) continue;
    const k = targetKey(hpa.namespace ?? model.options.namespace, kind, name);
    index.set(k, [...(index.get(k) ?? []), hpa]);
  }
  autoscalerIndexes.set(model, index);
  return index;
}

export interface Autoscaler {
  resource: Resource;
  range: ReplicaRange;
}

/** The HPA that scales this workload, if one in the view targets it (the first, when several fight). */
export function autoscalerOf(model: Model, workload: Workload): Autoscaler | undefined {
  for (const resource of autoscalerIndex(model).get(targetKey(workload.namespace, workload.kind, workload.name)) ?? []) {
    const range = autoscalerRange(resource.object.spec);
    if (range) return { resource, range };
  }
  return undefined;
}

export function workloadConcurrency(model: Model, workload: Workload): Concurrency | undefined {
  return podsAtOnce(workload.kind, workload.resource.object, autoscalerOf(model, workload)?.range);
}

/** Where the access modes that decide attachment come from, for messages and related locations. */
export interface ClaimAccess {
  modes: string[];
  /** The PV the claim is bound to, when it is in the view; its modes decide (IsMultiAttachAllowed). */
  volume?: Resource;
  /** Where the deciding modes are written. */
  resource: Resource;
  path: JsonPath;
  /** False for file and network volumes that mount without an attach step (no Multi-Attach check). */
  attaches: boolean;
}

/** The bound PV's modes when the PV is known, else the claim's requested modes (a provisioned PV gets exactly those). */
export function claimAccess(model: Model, claim: Claim): ClaimAccess {
  const binding = model.binding(claim);
  const attachRequired = (driver: string) => {
    const value = objectOf(model.find('CSIDriver', driver)?.object.spec).attachRequired;
    return typeof value === 'boolean' ? value : undefined;
  };
  if (binding.kind === 'bound') {
    const pv = pvObject(binding.volume);
    return {
      modes: volumeAccessModes(pv),
      volume: binding.volume,
      resource: binding.volume,
      path: ['spec', 'accessModes'],
      attaches: volumeAttaches(pv, attachRequired),
    };
  }
  const provisioner = binding.kind === 'dynamic' ? nonEmptyString(binding.classResource.object.provisioner) : undefined;
  const attaches = provisioner === undefined || driverAttaches(provisioner, attachRequired);
  return { modes: claimAccessModes(claim.object), resource: claim.resource, path: [...claim.path, 'spec', 'accessModes'], attaches };
}

/** A pod volume that names a claim of its namespace which only one node (RWO) or pod (RWOP) may use. */
export interface SingleWriterUse {
  workload: Workload;
  volumeName: string;
  /** Path to `persistentVolumeClaim.claimName`. */
  path: JsonPath;
  claim: Claim;
  access: ClaimAccess;
  /** `ReadWriteOncePod` is stricter: one pod in the whole cluster, whatever the node. */
  podExclusive: boolean;
}

/**
 * Whether pods on several nodes are actually stopped: RWO is enforced by the attach step, so a volume
 * that never attaches (NFS, EFS, …) only states intent; RWOP is enforced by the scheduler for every kind.
 */
export const enforcedAcrossNodes = (use: SingleWriterUse) => use.podExclusive || use.access.attaches;

/** Every single-writer claim use of a workload, one per claim (two volumes on one claim are one pod). */
export function singleWriterUses(model: Model, workload: Workload): SingleWriterUse[] {
  const uses: SingleWriterUse[] = [];
  if (isWorkloadFragment(workload)) return uses;
  const seen = new Set<string>();
  const replaced = claimTemplateNames(workload);
  for (const { volume, path } of workload.volumes) {
    // A StatefulSet replaces a template volume named like a claim template: its claim is never used.
    if (typeof volume.name === 'string' && replaced.has(volume.name)) continue;
    const claimName = nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName);
    if (!claimName || seen.has(claimName)) continue;
    seen.add(claimName);
    // Several claims of one name (a base and its overlays): only single-writer if every one is.
    const candidates = model.claimsNamed(workload.namespace, claimName).map((claim) => ({ claim, access: claimAccess(model, claim) }));
    if (candidates.length === 0 || !candidates.every(({ access }) => isSingleWriter(access.modes))) continue;
    const [{ claim, access }] = candidates;
    uses.push({
      workload,
      claim,
      access,
      volumeName: typeof volume.name === 'string' ? volume.name : '',
      path: [...path, 'persistentVolumeClaim', 'claimName'],
      podExclusive: access.modes.includes('ReadWriteOncePod'),
    });
  }
  return uses;
}

/** `PersistentVolumeClaim ns/data (ReadWriteOnce)` or `… bound to PersistentVolume pv-1 (ReadWriteOnce)`. */
export function describeAccess(use: Pick<SingleWriterUse, 'claim' | 'access'>): string {
  const modes = use.access.modes.join(', ');
  const claim = `PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;
  return use.access.volume ? `${claim}, bound to PersistentVolume ${use.access.volume.name} (${modes})` : `${claim} (${modes})`;
}

/** The related location of a finding: where the deciding access modes are written. */
export function accessRelated(use: Pick<SingleWriterUse, 'claim' | 'access'>): RelatedReport {
  const owner = use.access.volume
    ? `PersistentVolume ${use.access.volume.name}`
    : `PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;
  return { resource: use.access.resource, path: use.access.path, message: `accessModes of ${owner}: ${use.access.modes.join(', ')}` };
}

export const describeWorkload = (workload: Workload) => `${workload.kind} ${workload.namespace}/${workload.name}`;
