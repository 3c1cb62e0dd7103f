import { push } from '../util/multimap.js';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Platform } from '../k8s/platform-classes.js';
import { provisioningOf, type BinderClass, type ClaimProvisioning } from '../k8s/binder.js';
import { matchesObjectPattern, parseObjectPattern, type ObjectPattern } from '../k8s/object-pattern.js';
import { asLabels, matchesEqualitySelector } from '../k8s/labels.js';
import { autoscalerRange, podsAtOnce, type Concurrency, type ReplicaRange } from '../k8s/rollout.js';
import { claimClassOf, isDefaultClass, volumeClass, type ClaimClass } from '../k8s/storage-class.js';
import type { BrokenDefinition } from '../load/broken-definition.js';
import type { FileProblem, LoadStats } from '../load/load.js';
import type { Resource } from '../load/resource.js';
import { runSchemaCheck, type SchemaCheck } from '../schema/problems.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import { simulateBinding, storageClassTable, type Binding } from './binding.js';
import { buildClaimSpecs, type ClaimSpec } from './claim-specs.js';
import { buildClaims, type Claim } from './claims.js';
import { findDuplicates, type Duplicate } from './duplicates.js';
import { findFragments, type FragmentReason } from './fragments.js';
import { ConfigObjects } from './config-objects.js';
import { findPodDnsUses, type PodDnsUse } from './pod-dns.js';
import { buildProduced, type ProducedEntry } from './produced.js';
import { ReferenceResolver, type Reference, type Resolution } from './references.js';
import { nearest } from './scope.js';
import { buildVolumeClaims, type VolumeClaim } from './volume-claims.js';
import { workloadOf, type Workload } from './workloads.js';

export interface ModelOptions {
  namespace: string;
  kubeVersion: string;
  /** The cluster's default StorageClass when no default class is among the files. */
  defaultStorageClass?: string;
  /** Objects that exist in the cluster but not in the files (`Kind/name`, `Kind/namespace/name`, globs). */
  assume?: readonly string[];
  /** The managed or local platform deployed to: its built-in StorageClasses exist. */
  platform?: Platform;
}

/** The HorizontalPodAutoscaler that scales a workload, with its replica bounds. */
export interface Autoscaler {
  resource: Resource;
  range: ReplicaRange;
}

const key = (kind: string, namespace: string | undefined, name: string) => `${kind}\u0000${namespace ?? ''}\u0000${name}`;
const claimKey = (namespace: string, name: string) => `${namespace}\u0000${name}`;

/** A value computed on first use and kept: every derived fact below is one. */
class Lazy<T> {
  private value?: { of: T };
  constructor(private readonly compute: () => T) {}
  get(): T {
    this.value ??= { of: this.compute() };
    return this.value.of;
  }
}

/** Per-key memo for derived facts that take an argument. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    if (cache.has(k)) return cache.get(k)!;
    const value = compute(k);
    cache.set(k, value);
    return value;
  };
}

/**
 * Everything given in one run, as one cluster would hold it: the objects, their indexes, and every
 * fact derived from them that more than one rule, the graph or the bindings report needs. Each fact
 * is worked out here once (by a pure builder in its own module) and read everywhere else; rules
 * never change the model. Indexes are built eagerly, derived facts on first use.
 */
export class Model {
  // ── What was given ────────────────────────────────────────────────────────────────────────────
  readonly resources: readonly Resource[];
  readonly workloads: readonly Workload[];
  /** Written claims, then the claims StatefulSets and literal-named pods create (see buildClaims). */
  readonly claims: readonly Claim[];
  readonly storageClasses: readonly Resource[];
  readonly defaultStorageClasses: readonly Resource[];
  readonly persistentVolumes: readonly Resource[];

  private readonly byKey = new Map<string, Resource[]>();
  private readonly byKindName = new Map<string, Resource[]>();
  private readonly byKind = new Map<string, Resource[]>();
  private readonly claimsByKey = new Map<string, Claim[]>();
  private readonly reservations = new Map<string, Resource[]>();
  private readonly claimsByVolumeName = new Map<string, Claim[]>();
  private readonly assumptions: ObjectPattern[];

  constructor(
    resources: readonly Resource[],
    readonly problems: readonly FileProblem[],
    readonly stats: LoadStats,
    readonly options: ModelOptions,
    /** Objects that documents kubectl cannot read would define: a reference to one is no "not found". */
    readonly brokenDefinitions: readonly BrokenDefinition[] = [],
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
    this.workloads = this.resources.flatMap((resource) => workloadOf(resource) ?? []);
    this.claims = buildClaims(this.ofKind('PersistentVolumeClaim'), this.workloads, options.namespace, this.defaultStorageClassName);
    for (const claim of this.claims) {
      push(this.claimsByKey, claimKey(claim.namespace, claim.name), claim);
      const volumeName = nonEmptyString(objectOf(claim.object.spec).volumeName);
      if (volumeName) push(this.claimsByVolumeName, volumeName, claim);
    }
  }

  // ── Lookups ───────────────────────────────────────────────────────────────────────────────────
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

  nearestClaims(from: Resource, namespace: string, name: string): Claim[] {
    return nearest(from, this.claimsNamed(namespace, name), (claim) => claim.resource);
  }

  /** A claim given twice (same namespace and name) is one object; findings go to the first copy only. */
  isFirstCopy(claim: Claim): boolean {
    return this.claimsNamed(claim.namespace, claim.name)[0] === claim;
  }

  /** Claims whose spec.volumeName names this PV. */
  claimsNaming(volumeName: string): Claim[] {
    return this.claimsByVolumeName.get(volumeName) ?? [];
  }

  /** PVs whose claimRef names this claim (namespace "" when claimRef has none). */
  volumesReservedFor(namespace: string, name: string): Resource[] {
    return this.reservations.get(claimKey(namespace, name)) ?? [];
  }

  /**
   * The class admission gives a claim without one: newest default wins, ties by name (manifests carry
   * no age); else the cluster's default declared in the configuration.
   */
  get defaultStorageClassName(): string | undefined {
    return [...this.defaultStorageClasses].map((sc) => sc.name).sort()[0] ?? (this.options.defaultStorageClass || undefined);
  }

  // ── Derived facts ─────────────────────────────────────────────────────────────────────────────

  /** Which claims each pod volume of a workload uses (see VolumeClaim): the one answer for rules and pictures. */
  readonly volumeClaims = memo((workload: Workload): readonly VolumeClaim[] => buildVolumeClaims(workload, this));

  private readonly fragments = new Lazy(() => findFragments(this.resources, this.ofKind('Kustomization')));

  /** Why an object is a patch or partial object rather than a whole one, or undefined for a whole object. */
  isFragment(resource: Resource): FragmentReason | undefined {
    return this.fragments.get().get(resource);
  }

  private readonly duplicateDefinitions = new Lazy(() =>
    findDuplicates(this.resources, (resource) => this.isFragment(resource) !== undefined),
  );

  /** Objects defined more than once: each later definition with the earlier ones it can meet in one cluster (see duplicates.ts). */
  get duplicates(): readonly Duplicate[] {
    return this.duplicateDefinitions.get();
  }

  private readonly schema = new Lazy(() => runSchemaCheck(this.resources, (resource) => this.isFragment(resource) !== undefined));

  /** Every object against its kind's schema (built in, or a CRD of the view), shared by the schema rules. */
  get schemaCheck(): SchemaCheck {
    return this.schema.get();
  }

  /** The class of a claim or claim template, declared and after admission (a Claim carries its own as `storageClass`). */
  claimClass(object: PersistentVolumeClaim): ClaimClass {
    return claimClassOf(object, this.defaultStorageClassName);
  }

  /** The StorageClass object a claim's effective class names, when the view defines it. */
  storageClassFor(claimClass: ClaimClass): Resource | undefined {
    return claimClass.effective === '' ? undefined : this.storageClass(claimClass.effective);
  }

  private readonly binderClasses = new Lazy((): ReadonlyMap<string, BinderClass> => storageClassTable(this.storageClasses));

  /** Whether anything in the view provisions the claim's effective class, and why not. */
  provisioning(claim: Claim | PersistentVolumeClaim): ClaimProvisioning {
    const object = 'origin' in claim ? claim.object : claim;
    return provisioningOf(object, this.binderClasses.get(), this.defaultStorageClassName);
  }

  private readonly bindings = new Lazy(() =>
    simulateBinding({
      claims: this.claims,
      volumes: this.persistentVolumes,
      classes: this.binderClasses.get(),
      defaultClass: this.defaultStorageClassName,
      storageClass: (name) => this.storageClass(name),
    }),
  );

  /** The simulated PV controller's decision for a claim. */
  binding(claim: Claim): Binding {
    return this.bindings.get().get(claim) ?? { kind: 'unresolved' };
  }

  private readonly specs = new Lazy(() => buildClaimSpecs(this.claims, this.workloads, this.defaultStorageClassName));

  /** Every place a claim spec is written (PVC, StatefulSet template, ephemeral template), with the claims it yields. */
  get claimSpecs(): readonly ClaimSpec[] {
    return this.specs.get();
  }

  private readonly volumesByClass = new Lazy(() => {
    const index = new Map<string, Resource[]>();
    for (const pv of this.persistentVolumes) push(index, volumeClass(pv.object as unknown as PersistentVolume), pv);
    return index;
  });

  /** PVs in the view by class ("" = classless). */
  volumesOfClass(className: string): readonly Resource[] {
    return this.volumesByClass.get().get(className) ?? [];
  }

  private readonly autoscalers = new Lazy(() => {
    const index = new Map<string, Resource[]>();
    for (const hpa of this.ofKind('HorizontalPodAutoscaler')) {
      const target = objectOf(objectOf(hpa.object.spec).scaleTargetRef);
      const kind = nonEmptyString(target.kind);
      const name = nonEmptyString(target.name);
      if (kind && name) push(index, key(kind, hpa.namespace ?? this.options.namespace, name), hpa);
    }
    return index;
  });

  /**
   * The HPA that scales this workload, if one in the view targets it (the first, when several fight).
   * An HPA scales the nearest workload of the name it targets: a sibling example's copy is not it.
   */
  autoscalerOf(workload: Workload): Autoscaler | undefined {
    for (const resource of this.autoscalers.get().get(key(workload.kind, workload.namespace, workload.name)) ?? []) {
      const targets = nearest(resource, this.findAll(workload.kind, workload.name, workload.namespace), (target) => target);
      if (!targets.includes(workload.resource)) continue;
      const range = autoscalerRange(resource.object.spec);
      if (range) return { resource, range };
    }
    return undefined;
  }

  /** How many pods of the workload run at once, and why (replicas, parallelism, HPA bounds, one per node). */
  readonly concurrency = memo((workload: Workload): Concurrency | undefined =>
    podsAtOnce(workload.kind, workload.resource.object, this.autoscalerOf(workload)?.range),
  );

  /**
   * A StatefulSet's governing Service as a whole object: the nearest of the name; when several are
   * equally near (a base and its overlays), the one that works (headless, selecting the pods) wins, so that only a view
   * where none works is reported.
   */
  readonly governingService = memo((statefulSet: Workload): Resource | undefined => {
    const name = nonEmptyString(objectOf(statefulSet.resource.object.spec).serviceName);
    const written = name ? this.findAll('Service', name, statefulSet.namespace).filter((service) => !this.isFragment(service)) : [];
    const candidates = nearest(statefulSet.resource, written, (service) => service);
    const headless = candidates.filter((service) => objectOf(service.object.spec).clusterIP === 'None');
    return (
      headless.find((service) => matchesEqualitySelector(statefulSet.podLabels, asLabels(objectOf(service.object.spec).selector))) ??
      headless[0] ??
      candidates[0]
    );
  });

  private readonly podDnsUses = new Lazy(() =>
    findPodDnsUses(
      this.resources,
      this.workloads.filter((workload) => workload.kind === 'StatefulSet'),
    ),
  );

  /**
   * Where the view uses a per-pod DNS name of a StatefulSet (`zk-0.zk-hs`, `$(POD_NAME).mysql`), the
   * one nearest to it; undefined when nothing in the files addresses its pods by name, so that its
   * governing Service matters to nothing the files show.
   */
  podDnsUse(statefulSet: Workload): PodDnsUse | undefined {
    return this.podDnsUses.get().get(statefulSet);
  }

  private readonly producedEntries = new Lazy(() => buildProduced(this.resources));

  /** Objects that objects of the view create (Secrets, ConfigMaps, Services), from the producer registry. */
  get produced(): readonly ProducedEntry[] {
    return this.producedEntries.get();
  }

  private readonly configIndex = new Lazy(
    () => new ConfigObjects({ ofKind: (kind) => this.ofKind(kind), defaultNamespace: this.options.namespace, produced: this.produced }),
  );

  /** The ConfigMaps and Secrets pods can count on: written, produced, or in every cluster. */
  get configObjects(): ConfigObjects {
    return this.configIndex.get();
  }

  private readonly references = new Lazy(() => new ReferenceResolver(this));

  /** Whether the object a reference names is in the view, and if not what is there instead; computed once per reference. */
  resolveReference(reference: Reference): Resolution {
    return this.references.get().resolve(reference);
  }
}
