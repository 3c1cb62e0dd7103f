import type { FileProblem, LoadStats } from '../load/load.js';
import type { Resource } from '../load/resource.js';
import { isDefaultClass } from '../k8s/storage-class.js';
import { matchesObjectPattern, parseObjectPattern, type ObjectPattern } from '../k8s/object-pattern.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { simulateBinding, type Binding } from './binding.js';
import { ephemeralClaims, statefulSetClaims, startOrdinal, MAX_ORDINALS, type Claim } from './claims.js';
import { workloadOf, type Workload } from './workloads.js';
import { isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';

export interface ModelOptions {
  namespace: string;
  kubeVersion: string;
  /** The cluster's default StorageClass when no default class is among the files. */
  defaultStorageClass?: string;
  /** Objects that exist in the cluster but not in the files (`Kind/name`, `Kind/namespace/name`, globs). */
  assume?: readonly string[];
}

/** A pod volume that names a claim, with where it is. */
export interface ClaimUse {
  workload: Workload;
  volumeIndex: number;
  claimName: string;
}

const key = (kind: string, namespace: string | undefined, name: string) => `${kind}\u0000${namespace ?? ''}\u0000${name}`;
const claimKey = (namespace: string, name: string) => `${namespace}\u0000${name}`;

function push<K, V>(map: Map<K, V[]>, k: K, v: V) {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * Everything given in one run, as one cluster would hold it, with the indexes rules need.
 * Rules read it and never change it; every lookup is an index, never a scan per resource.
 */
export class Model {
  readonly resources: readonly Resource[];
  readonly workloads: readonly Workload[];
  readonly claims: readonly Claim[];
  readonly storageClasses: readonly Resource[];
  readonly defaultStorageClasses: readonly Resource[];
  readonly persistentVolumes: readonly Resource[];

  private readonly byKey = new Map<string, Resource[]>();
  private readonly byKindName = new Map<string, Resource[]>();
  private readonly byKind = new Map<string, Resource[]>();
  private readonly claimsByKey = new Map<string, Claim[]>();
  private readonly claimUses = new Map<string, ClaimUse[]>();
  private readonly reservations = new Map<string, Resource[]>();
  private readonly claimsByVolumeName = new Map<string, Claim[]>();
  private bindingCache?: Map<Claim, Binding>;
  private readonly assumptions: ObjectPattern[];

  constructor(
    resources: readonly Resource[],
    readonly problems: readonly FileProblem[],
    readonly stats: LoadStats,
    readonly options: ModelOptions,
  ) {
    this.assumptions = (options.assume ?? []).flatMap((text) => parseObjectPattern(text) ?? []);
    this.resources = [...resources].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    for (const resource of this.resources) {
      push(this.byKey, key(resource.kind, resource.namespace, resource.name), resource);
      push(this.byKindName, key(resource.kind, undefined, resource.name), resource);
      push(this.byKind, resource.kind, resource);
    }
    this.persistentVolumes = this.ofKind('PersistentVolume');
    this.storageClasses = this.ofKind('StorageClass');
    this.defaultStorageClasses = this.storageClasses.filter((sc) => isDefaultClass(sc.object as unknown as StorageClass));
    for (const volume of this.persistentVolumes) {
      const claimRef = objectOf(objectOf(volume.object.spec).claimRef);
      const name = nonEmptyString(claimRef.name);
      if (name) push(this.reservations, claimKey(nonEmptyString(claimRef.namespace) ?? '', name), volume);
    }

    const workloads: Workload[] = [];
    for (const resource of this.resources) {
      const workload = workloadOf(resource);
      if (workload) workloads.push(workload);
    }
    this.workloads = workloads;

    const claims: Claim[] = [];
    for (const resource of this.ofKind('PersistentVolumeClaim')) {
      if (!isObject(resource.object.spec) && resource.object.spec !== undefined) continue;
      claims.push({
        origin: 'object',
        name: resource.name,
        namespace: resource.namespace ?? options.namespace,
        object: resource.object as unknown as PersistentVolumeClaim,
        resource,
        path: [],
      });
    }
    const written = new Set(claims.map((claim) => claimKey(claim.namespace, claim.name)));
    for (const workload of workloads) {
      // A StatefulSet adopts an existing claim of the right name as is, so written claims win.
      if (workload.kind === 'StatefulSet') {
        for (const claim of statefulSetClaims(workload)) {
          if (!written.has(claimKey(claim.namespace, claim.name))) claims.push(claim);
        }
      }
      const podNames = this.literalPodNames(workload);
      for (const claim of ephemeralClaims(workload, podNames)) claims.push(claim);
      for (const { volume, index: volumeIndex } of workload.volumes) {
        const claimName = nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName);
        if (claimName) push(this.claimUses, claimKey(workload.namespace, claimName), { workload, volumeIndex, claimName });
      }
    }
    this.claims = claims;
    for (const claim of claims) {
      push(this.claimsByKey, claimKey(claim.namespace, claim.name), claim);
      const volumeName = nonEmptyString(objectOf(claim.object.spec).volumeName);
      if (volumeName) push(this.claimsByVolumeName, volumeName, claim);
    }
  }

  /** Pod names that are known before the cluster runs: a Pod's own, a StatefulSet's `<sts>-<n>`. */
  literalPodNames(workload: Workload): string[] {
    if (workload.kind === 'Pod') return workload.name ? [workload.name] : [];
    if (workload.kind !== 'StatefulSet') return [];
    const first = startOrdinal(workload.resource.object as unknown as StatefulSet);
    const count = Math.min(Math.max(workload.replicas, 0), MAX_ORDINALS);
    return Array.from({ length: count }, (_, i) => `${workload.name}-${first + i}`);
  }

  ofKind(kind: string): Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Objects of a kind with a name, in a namespace (omit it for cluster-scoped kinds). */
  find(kind: string, name: string, namespace?: string): Resource | undefined {
    return this.byKey.get(key(kind, namespace, name))?.[0];
  }

  findAll(kind: string, name: string, namespace?: string): Resource[] {
    return this.byKey.get(key(kind, namespace, name)) ?? [];
  }

  /** Objects of a kind with this name in any namespace: for "it exists, but in namespace X". */
  findInAnyNamespace(kind: string, name: string): Resource[] {
    return this.byKindName.get(key(kind, undefined, name)) ?? [];
  }

  persistentVolume(name: string): Resource | undefined {
    return this.find('PersistentVolume', name);
  }

  storageClass(name: string): Resource | undefined {
    return this.find('StorageClass', name);
  }

  /**
   * The class admission gives a claim without one: newest default wins, ties by name (manifests carry
   * no age); else the cluster's default declared in the configuration.
   */
  get defaultStorageClassName(): string | undefined {
    return [...this.defaultStorageClasses].map((sc) => sc.name).sort()[0] ?? (this.options.defaultStorageClass || undefined);
  }

  /**
   * True when the configuration declares that such an object exists in the cluster. Rules that
   * report a missing target ask this before reporting; nothing is known of the object's content.
   */
  isAssumed(kind: string, name: string, namespace?: string): boolean {
    return this.assumptions.some((pattern) => matchesObjectPattern(pattern, kind, name, namespace));
  }

  claim(namespace: string, name: string): Claim | undefined {
    return this.claimsByKey.get(claimKey(namespace, name))?.[0];
  }

  claimsNamed(namespace: string, name: string): Claim[] {
    return this.claimsByKey.get(claimKey(namespace, name)) ?? [];
  }

  /** Pod volumes (of every workload) that reference this claim by name. */
  usesOfClaim(namespace: string, name: string): ClaimUse[] {
    return this.claimUses.get(claimKey(namespace, name)) ?? [];
  }

  /** Claims whose spec.volumeName names this PV. */
  claimsNaming(volumeName: string): Claim[] {
    return this.claimsByVolumeName.get(volumeName) ?? [];
  }

  /** PVs whose claimRef names this claim (namespace "" when claimRef has none). */
  volumesReservedFor(namespace: string, name: string): Resource[] {
    return this.reservations.get(claimKey(namespace, name)) ?? [];
  }

  /** The simulated PV controller's decision for every claim, computed once. */
  binding(claim: Claim): Binding {
    this.bindingCache ??= simulateBinding(this);
    return this.bindingCache.get(claim) ?? { kind: 'unresolved' };
  }
}
