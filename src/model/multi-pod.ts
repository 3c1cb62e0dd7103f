import type { RelatedReport, Resource } from '../load/resource.js';
import { isSingleWriter } from '../k8s/access-modes.js';
import { provisionerAttaches, volumeAttaches, type AttachRequired } from '../k8s/attach.js';
import { claimAccessModes, volumeAccessModes } from '../k8s/pv-match.js';
import type { JsonPath } from '../types.js';
import { pvObject, type Binding } from './binding.js';
import type { Claim } from './claims.js';
import type { Model } from './model.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';
import { inlineDiskOf, type InlineDisk, type SecondNode } from '../k8s/inline-disks.js';
import { kubeMinor, VOLUME_PLUGIN_FATES } from '../k8s/versions.js';

/**
 * Derived views for the multi-pod rules: which modes decide whether a claim can be attached to
 * several nodes, and which claims and inline disks of a workload only one node or pod may use.
 */

/** Where the access modes that decide attachment come from, for messages and related locations. */
export interface ClaimAccess {
  modes: string[];
  /** The PV the claim is bound to, when it is in the view; its modes decide (IsMultiAttachAllowed). */
  volume?: Resource;
  /** Where the deciding modes are written. */
  resource: Resource;
  path: JsonPath;
  /** False for volumes that mount without an attach step (no Multi-Attach check): see claimAttaches. */
  attaches: boolean;
}

/** The CSIDriver objects of the view: `attachRequired` as the API server stores it (defaulted to true). */
function attachRequiredIn(model: Model) {
  return (driver: string) => {
    const csiDriver = model.find('CSIDriver', driver);
    if (!csiDriver) return undefined;
    const value = objectOf(csiDriver.object.spec).attachRequired;
    return typeof value === 'boolean' ? value : true;
  };
}

/**
 * Whether the claim's volume goes through the attach step, the one answer every multi-attach rule
 * uses. Bound: its PV's source. Provisioned: its class's provisioner. Waiting for a PV of a
 * no-provisioner class whose PVs in the view all skip the attach step (local PVs): the cluster's PVs
 * of that class are taken to be of the same kind. Anything else may attach.
 */
function claimAttaches(model: Model, binding: Binding, attachRequired: AttachRequired): boolean {
  switch (binding.kind) {
    case 'bound':
      return volumeAttaches(pvObject(binding.volume), attachRequired);
    case 'dynamic': {
      const provisioner = nonEmptyString(binding.classResource.object.provisioner);
      return provisioner === undefined || provisionerAttaches(provisioner, attachRequired);
    }
    case 'pending': {
      // Only a no-provisioner class says its PVs are made alike (local PVs of a static provisioner); a
      // claim without class or of a class not in the view is provisioned in a real cluster.
      if (binding.why !== 'no-provisioner') return true;
      const pool = model.volumesOfClass(binding.storageClass);
      return pool.length === 0 || pool.some((pv) => volumeAttaches(pvObject(pv), attachRequired));
    }
    case 'prebind-failed':
      return binding.volume === undefined || volumeAttaches(pvObject(binding.volume), attachRequired);
    case 'unresolved':
      return true;
  }
}

/** The bound PV's modes when the PV is known, else the claim's requested modes (a provisioned PV gets exactly those). */
export function claimAccess(model: Model, claim: Claim): ClaimAccess {
  const binding = model.binding(claim);
  const attaches = claimAttaches(model, binding, attachRequiredIn(model));
  if (binding.kind === 'bound') {
    return {
      modes: volumeAccessModes(pvObject(binding.volume)),
      volume: binding.volume,
      resource: binding.volume,
      path: ['spec', 'accessModes'],
      attaches,
    };
  }
  return { modes: claimAccessModes(claim.object), resource: claim.resource, path: [...claim.path, 'spec', 'accessModes'], attaches };
}

interface UseBase {
  workload: Workload;
  volumeName: string;
  /** Where the pod names what it shares: `persistentVolumeClaim.claimName`, or the disk's id field. */
  path: JsonPath;
  /** `ReadWriteOncePod` is stricter: one pod in the whole cluster, whatever the node. */
  podExclusive: boolean;
}

/** A pod volume that names a claim of its namespace which only one node (RWO) or pod (RWOP) may use. */
export interface ClaimUse extends UseBase {
  kind: 'claim';
  claim: Claim;
  access: ClaimAccess;
}

/** A pod volume that names a block disk inline which only one node may use read-write (see inline-disks.ts). */
export interface DiskUse extends UseBase {
  kind: 'disk';
  disk: InlineDisk & { singleNode: SecondNode };
}

/** The one "single-writer use" view: a claim or an inline disk that several pods on several nodes cannot share. */
export type SingleWriterUse = ClaimUse | DiskUse;

/**
 * Whether pods on several nodes are actually stopped (or, for an unguarded disk, harmed): RWO is
 * enforced by the attach step, so a claim whose volume never attaches (NFS, EFS, …) only states
 * intent; RWOP is enforced by the scheduler for every kind; a single-node inline disk always fails.
 */
export const enforcedAcrossNodes = (use: SingleWriterUse) => use.kind === 'disk' || use.podExclusive || use.access.attaches;

/** What several uses share: the claim object, or the disk (source and id); undefined for a disk whose id is not written. */
export const sharedTarget = (use: SingleWriterUse): Claim | string | undefined =>
  use.kind === 'claim' ? use.claim : use.disk.id === undefined ? undefined : `${use.disk.source}\u0000${use.disk.id}`;

/** An in-tree plugin gone at the target version mounts nothing: deprecated-volume-plugin says so, not a sharing rule. */
function pluginGone(model: Model, source: string): boolean {
  const fate = VOLUME_PLUGIN_FATES[source];
  return fate?.kind === 'gone' && kubeMinor(model.options.kubeVersion) >= fate.removedIn;
}

function diskUses(model: Model, workload: Workload): DiskUse[] {
  const uses: DiskUse[] = [];
  const seen = new Set<string>();
  for (const { volume, path } of workload.volumes) {
    const disk = inlineDiskOf(volume);
    if (!disk?.singleNode || pluginGone(model, disk.source)) continue;
    const key = `${disk.source}\u0000${disk.id ?? String(path.at(-1))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    uses.push({
      kind: 'disk',
      workload,
      volumeName: typeof volume.name === 'string' ? volume.name : '',
      path: [...path, ...disk.path],
      podExclusive: false,
      disk: { ...disk, singleNode: disk.singleNode },
    });
  }
  return uses;
}

/**
 * Every single-writer use of a workload: one per claim (two volumes on one claim are one pod), then
 * one per inline disk that only one node may use.
 */
export function singleWriterUses(model: Model, workload: Workload): SingleWriterUse[] {
  const uses: SingleWriterUse[] = [];
  if (model.isFragment(workload.resource)) return uses;
  const seen = new Set<string>();
  for (const use of model.volumeClaims(workload)) {
    if (use.naming !== 'claimName' || use.replacedByTemplate || seen.has(use.name)) continue;
    seen.add(use.name);
    // Several claims of one name (a base and its overlays): only single-writer if every one is.
    const candidates = use.claims.map(({ claim }) => ({ claim, access: claimAccess(model, claim) }));
    if (candidates.length === 0 || !candidates.every(({ access }) => isSingleWriter(access.modes))) continue;
    const [{ claim, access }] = candidates;
    uses.push({
      kind: 'claim',
      workload,
      claim,
      access,
      volumeName: use.volumeName,
      path: use.path,
      podExclusive: access.modes.includes('ReadWriteOncePod'),
    });
  }
  return [...uses, ...diskUses(model, workload)];
}

/**
 * How a message names what is shared: `PersistentVolumeClaim ns/data (ReadWriteOnce)`, `… bound to
 * PersistentVolume pv-1 (ReadWriteOnce)`, or `gcePersistentDisk 'my-disk' written inline`.
 */
export function describeTarget(use: SingleWriterUse): string {
  if (use.kind === 'claim') return describeAccess(use);
  const inline = `${use.disk.label} written inline`;
  return use.disk.readOnlyIgnored ? `${inline} (${use.disk.readOnlyIgnored})` : inline;
}

/** What a pod on a second node meets, completing "pods on another node …". */
export function secondNodeMeets(disk: Pick<InlineDisk, 'source' | 'id'> & { singleNode: SecondNode }): string {
  switch (disk.singleNode) {
    case 'attach-refused':
      return 'cannot attach it (Multi-Attach error)';
    case 'map-refused':
      return `cannot map it (rbd image${disk.id === undefined ? '' : ` ${disk.id}`} is still being used)`;
    case 'unguarded':
      return 'can mount it read-write too: nothing stops a second node, and two nodes writing one filesystem corrupt it';
  }
}

/** The related location of a finding: where a claim's deciding access modes are written (a disk's line is the finding's own). */
export function targetRelated(use: SingleWriterUse): RelatedReport[] {
  return use.kind === 'claim' ? [accessRelated(use)] : [];
}

/** `PersistentVolumeClaim ns/data (ReadWriteOnce)` or `… bound to PersistentVolume pv-1 (ReadWriteOnce)`. */
export function describeAccess(use: Pick<ClaimUse, 'claim' | 'access'>): string {
  const modes = use.access.modes.join(', ');
  const claim = `PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;
  return use.access.volume ? `${claim}, bound to PersistentVolume ${use.access.volume.name} (${modes})` : `${claim} (${modes})`;
}

/** The related location of a finding: where the deciding access modes are written. */
export function accessRelated(use: Pick<ClaimUse, 'claim' | 'access'>): RelatedReport {
  const owner = use.access.volume
    ? `PersistentVolume ${use.access.volume.name}`
    : `PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;
  return { resource: use.access.resource, path: use.access.path, message: `accessModes of ${owner}: ${use.access.modes.join(', ')}` };
}
