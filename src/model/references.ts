/**
 * One way to resolve a reference (a claimName, a serviceName, a configMap name, a storageClassName,
 * a volumeName, a claimRef): is the object it names in the view, and if not, what is there instead?
 * The answer carries the locations a finding points at as `related`.
 */
import { push } from '../util/multimap.js';
import { editDistance } from '../k8s/names.js';
import { probableProducer } from '../k8s/producers.js';
import type { BrokenDefinition } from '../load/broken-definition.js';
import { declaredNamespace, describe, isClusterScoped, type Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { claimLabel } from './binding-text.js';
import type { Claim } from './claims.js';
import type { ConfigObject, ConfigObjects } from './config-objects.js';
import type { ConfigKind } from './config-references.js';
import type { ProducedEntry } from './produced.js';
import { distance, isRelated, nearest } from './scope.js';

/** A name written in one object that points at another object. */
export interface Reference {
  /** The kind it names, or every kind it accepts; the first is the one a message names. */
  kind: string | readonly string[];
  /** The namespace it is resolved in; undefined for cluster-scoped kinds. */
  namespace: string | undefined;
  name: string;
  /** The referring object and the field that holds the name. */
  from: { resource: Resource; path: JsonPath };
  /**
   * Keys the referrer reads (ConfigMap and Secret references): an object of a confused kind is
   * only a mix-up when it could serve them.
   */
  keys?: readonly string[];
}

export type TargetOrigin = 'object' | 'produced' | 'cluster';

/** An object a reference can point at, with where `related` shows it. */
export interface ReferenceTarget {
  kind: string;
  name: string;
  namespace: string | undefined;
  /** Written in the files, made by another object in the view (a generator, a StatefulSet), or in every cluster. */
  origin: TargetOrigin;
  /** The object, or the one that makes it; none for what every cluster has. */
  resource?: Resource;
  /** In `resource`: the object's name, or the producer's field that names it. */
  path: JsonPath;
  /** How `related` names it: `Service shop/db`, `Certificate shop/tls creates Secret tls`. */
  label: string;
  /** The keys it holds (ConfigMap, Secret); undefined when they are unknown or the kind has none. */
  keys?: ReadonlySet<string>;
}

/**
 * Where a candidate sits relative to the reference, nearest first. Folder-aware ranking (same file,
 * same folder, ancestor, elsewhere) adds its scopes here and in `scopeOf`; the ordering follows.
 */
export const NEAR_MISS_SCOPES = ['namespace', 'cluster'] as const;
export type NearMissScope = (typeof NEAR_MISS_SCOPES)[number];

/** A name close to the one written, with the objects that carry it. */
export interface NearMiss {
  name: string;
  distance: number;
  scope: NearMissScope;
  targets: readonly ReferenceTarget[];
  /** Some object carrying it is written near the referrer (scope.ts `isRelated`), not in an unrelated example. */
  related: boolean;
}

/**
 * `related` on the evidence of a mistake: the object found instead is written near the referrer
 * (same file, folder line, or cousin folders). Evidence from an unrelated example is only a hint.
 */
export type Resolution =
  /** The nearest definitions (several when equally near: a base and its overlays). */
  | { outcome: 'found'; targets: readonly ReferenceTarget[] }
  /** The configuration's `assume:` says the object exists in the cluster; nothing is known of it. */
  | { outcome: 'assumed' }
  /** The name is an object of a kind users confuse with the one wanted (a PV for a claim, a Secret for a ConfigMap). */
  | { outcome: 'other-kind'; kind: string; targets: readonly ReferenceTarget[]; related: boolean }
  /** Same kind and name, but only in other namespaces (sorted, without repeats). */
  | { outcome: 'other-namespace'; namespaces: readonly string[]; targets: readonly ReferenceTarget[]; related: boolean }
  /** Names close to the one written, best first. */
  | { outcome: 'near-miss'; candidates: readonly NearMiss[] }
  /** A document that does not parse would define it: that document is the mistake to fix. */
  | { outcome: 'broken-definition'; definition: BrokenDefinition }
  /** No registry entry explains it, but a custom resource of the namespace is named like part of it. */
  | { outcome: 'probable-producer'; producer: Resource }
  | { outcome: 'not-in-view' };

/** The reference names nothing the view has, and the configuration does not assume it either. */
export const isMissing = (resolution: Resolution) => resolution.outcome !== 'found' && resolution.outcome !== 'assumed';

/** Kinds whose names users write where another kind is wanted. */
const CONFUSED_KINDS: Readonly<Record<string, readonly string[]>> = {
  PersistentVolumeClaim: ['PersistentVolume'],
  ConfigMap: ['Secret'],
  Secret: ['ConfigMap'],
};

const isConfigKind = (kind: string): kind is ConfigKind => kind === 'ConfigMap' || kind === 'Secret';
const kindsOf = (reference: Reference): readonly string[] => (typeof reference.kind === 'string' ? [reference.kind] : reference.kind);
const namespaceFor = (kind: string, namespace: string | undefined) => (isClusterScoped(kind) ? undefined : namespace);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const objectTarget = (resource: Resource): ReferenceTarget => ({
  kind: resource.kind,
  name: resource.name,
  namespace: resource.namespace,
  origin: 'object',
  resource,
  path: ['metadata', 'name'],
  label: describe(resource),
});

/** Claims a StatefulSet or an ephemeral volume will create count as produced by their workload. */
const claimTarget = (claim: Claim): ReferenceTarget => ({
  kind: 'PersistentVolumeClaim',
  name: claim.name,
  namespace: claim.namespace,
  origin: claim.origin === 'object' ? 'object' : 'produced',
  resource: claim.resource,
  path: [...claim.path, 'metadata', 'name'],
  label: claimLabel(claim),
});

/** A ConfigMap or Secret: written, made by a producer (labelled `X creates Secret y`), or in every cluster. */
function configTarget(object: ConfigObject): ReferenceTarget {
  const produced = object.origin !== 'object' && object.origin !== 'cluster';
  return {
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    origin: produced ? 'produced' : object.origin === 'cluster' ? 'cluster' : 'object',
    ...(object.resource ? { resource: object.resource } : {}),
    path: object.path,
    label:
      object.resource && produced
        ? `${describe(object.resource)} creates ${object.kind} ${object.name}`
        : `${object.kind} ${object.namespace}/${object.name}`,
    ...(object.keys ? { keys: new Set(object.keys.keys()) } : {}),
  };
}

/** A Service or StorageClass another object of the view creates (a CloudNativePG Cluster's `-rw` Service). */
const producedTarget = (entry: ProducedEntry): ReferenceTarget => ({
  kind: entry.kind,
  name: entry.name,
  namespace: entry.namespace,
  origin: 'produced',
  resource: entry.resource,
  path: entry.path,
  label: `${describe(entry.resource)} creates ${entry.kind} ${entry.name}`,
});

/** The class the configuration's `defaultStorageClass` says the cluster has. */
const defaultClassTarget = (name: string): ReferenceTarget => ({
  kind: 'StorageClass',
  name,
  namespace: undefined,
  origin: 'cluster',
  path: [],
  label: `StorageClass ${name} (the cluster's default, from the configuration)`,
});

/** How one family of kinds is looked up: what a referrer reaches, the same name anywhere, and the names in scope. */
interface TargetSource {
  reachable(kind: string, namespace: string | undefined, name: string, from: Resource): ReferenceTarget[];
  anywhere(kind: string, name: string): ReferenceTarget[];
  inScope(kind: string, namespace: string | undefined): ReferenceTarget[];
}

/** What resolution reads (the Model provides it). */
export interface ReferenceView {
  readonly resources: readonly Resource[];
  readonly claims: readonly Claim[];
  readonly produced: readonly ProducedEntry[];
  readonly configObjects: ConfigObjects;
  readonly options: { defaultStorageClass?: string };
  readonly brokenDefinitions: readonly BrokenDefinition[];
  claimsNamed(namespace: string, name: string): readonly Claim[];
  findAll(kind: string, name: string, namespace?: string): readonly Resource[];
  findInAnyNamespace(kind: string, name: string): readonly Resource[];
  ofKind(kind: string): readonly Resource[];
  isAssumed(kind: string, name: string, namespace?: string): boolean;
}

/** Builds and memoizes resolutions for one model; the model holds one and delegates to it. */
export class ReferenceResolver {
  private readonly resolved = new Map<Resource, Map<string, Resolution>>();
  private claimsByName?: Map<string, Claim[]>;
  private producedByName?: Map<string, ProducedEntry[]>;
  private claimsByNamespace?: Map<string, Claim[]>;
  private objectsByNamespace?: Map<string, Resource[]>;

  constructor(private readonly model: ReferenceView) {}

  /**
   * Memoized per referring object, whose own namespace and identity take part in the answer
   * (and whose file will, for folder-aware near misses); `from.path` does not.
   */
  resolve(reference: Reference): Resolution {
    const key = [...kindsOf(reference), '', reference.namespace ?? '', reference.name, ...(reference.keys ?? [])].join('\u0000');
    let answers = this.resolved.get(reference.from.resource);
    if (!answers) {
      answers = new Map();
      this.resolved.set(reference.from.resource, answers);
    }
    let resolution = answers.get(key);
    if (!resolution) {
      resolution = this.compute(reference);
      answers.set(key, resolution);
    }
    return resolution;
  }

  private compute(reference: Reference): Resolution {
    const { name, from } = reference;
    const kinds = kindsOf(reference);
    const reach = (kind: string) => this.source(kind).reachable(kind, namespaceFor(kind, reference.namespace), name, from.resource);
    const found = kinds.flatMap(reach);
    if (found.length > 0) return { outcome: 'found', targets: nearest(from.resource, found, (target) => target.resource) };
    if (kinds.some((kind) => this.model.isAssumed(kind, name, namespaceFor(kind, reference.namespace)))) return { outcome: 'assumed' };
    const broken = this.model.brokenDefinitions.find(
      (definition) =>
        kinds.includes(definition.kind) &&
        definition.name === name &&
        definition.namespace === namespaceFor(definition.kind, reference.namespace),
    );
    if (broken) return { outcome: 'broken-definition', definition: broken };

    for (const kind of kinds.flatMap((k) => CONFUSED_KINDS[k] ?? []).filter((k) => !kinds.includes(k))) {
      // The referrer's own object is no mix-up: a PV's claimRef may well repeat the PV's name.
      const mixUps = reach(kind).filter((target) => !isSameObject(target, from.resource));
      if (mixUps.length > 0 && canServe(mixUps, reference.keys ?? []))
        return { outcome: 'other-kind', kind, targets: mixUps, related: nearTo(from.resource, mixUps) };
    }

    const elsewhere = kinds.flatMap((kind) => (isClusterScoped(kind) ? [] : this.source(kind).anywhere(kind, name)));
    if (elsewhere.length > 0) {
      const namespaces = [...new Set(elsewhere.map((target) => target.namespace ?? ''))].sort(byCodeUnit);
      return { outcome: 'other-namespace', namespaces, targets: elsewhere, related: nearTo(from.resource, elsewhere) };
    }

    const candidates = nearMisses(
      name,
      kinds.flatMap((kind) => this.source(kind).inScope(kind, namespaceFor(kind, reference.namespace))),
      from.resource,
    );
    if (candidates.length > 0) return { outcome: 'near-miss', candidates };
    const namespace = kinds.some((kind) => !isClusterScoped(kind)) ? reference.namespace : undefined;
    const producer = probableProducer(name, namespace, this.model.resources);
    return producer ? { outcome: 'probable-producer', producer } : { outcome: 'not-in-view' };
  }

  private readonly claimTargets = new Map<Claim, ReferenceTarget>();

  /** One target per claim, shared by every reference to it. */
  private claimTarget(claim: Claim): ReferenceTarget {
    let target = this.claimTargets.get(claim);
    if (!target) {
      target = claimTarget(claim);
      this.claimTargets.set(claim, target);
    }
    return target;
  }

  private producedNamed(kind: string, name: string): ProducedEntry[] {
    this.producedByName ??= indexBy(this.model.produced, (entry) => `${entry.kind}\u0000${entry.name}`);
    return this.producedByName.get(`${kind}\u0000${name}`) ?? [];
  }

  private source(kind: string): TargetSource {
    if (kind === 'PersistentVolumeClaim') return this.claimSource;
    return isConfigKind(kind) ? this.configSource : this.objectSource;
  }

  /** Claims as the cluster will hold them: written ones, and those StatefulSets and ephemeral volumes create. */
  private readonly claimSource: TargetSource = {
    // The nearest copies only: a view with many copies of one claim would otherwise build a target per copy per reference.
    reachable: (_kind, namespace, name, from) =>
      nearest(from, this.model.claimsNamed(namespace ?? '', name), (claim) => claim.resource).map((claim) => this.claimTarget(claim)),
    anywhere: (_kind, name) => {
      this.claimsByName ??= indexBy(this.model.claims, (claim) => claim.name);
      return (this.claimsByName.get(name) ?? []).map((claim) => this.claimTarget(claim));
    },
    inScope: (_kind, namespace) => {
      this.claimsByNamespace ??= indexBy(this.model.claims, (claim) => claim.namespace);
      return (this.claimsByNamespace.get(namespace ?? '') ?? []).map((claim) => this.claimTarget(claim));
    },
  };

  /**
   * The one place that asks which ConfigMaps and Secrets exist, producers included (kustomize
   * generators, Certificates, SealedSecrets, ExternalSecrets): the producer registry replaces these calls.
   */
  private readonly configSource: TargetSource = {
    reachable: (kind, namespace, name, from) =>
      this.model.configObjects
        .reachable(kind as ConfigKind, namespace ?? '', declaredNamespace(from) !== undefined, name)
        .map(configTarget),
    anywhere: (kind, name) => this.model.configObjects.named(kind as ConfigKind, name).map(configTarget),
    inScope: (kind, namespace) => {
      const objects = this.model.configObjects;
      // Objects meant for every namespace (kustomize generators, kube-root-ca.crt) are no suggestion.
      return [...new Set(objects.namesIn(kind as ConfigKind, namespace ?? ''))].flatMap((name) =>
        objects
          .named(kind as ConfigKind, name)
          .filter((object) => object.namespace === namespace)
          .map(configTarget),
      );
    },
  };

  private readonly objectSource: TargetSource = {
    reachable: (kind, namespace, name) => [
      ...this.model.findAll(kind, name, namespace).map(objectTarget),
      ...this.producedNamed(kind, name)
        .filter((entry) => entry.namespace === undefined || entry.namespace === namespace)
        .map(producedTarget),
      ...(kind === 'StorageClass' && name === this.model.options.defaultStorageClass ? [defaultClassTarget(name)] : []),
    ],
    anywhere: (kind, name) => [
      ...this.model.findInAnyNamespace(kind, name).map(objectTarget),
      ...this.producedNamed(kind, name).map(producedTarget),
    ],
    inScope: (kind, namespace) => {
      if (namespace === undefined) return this.model.ofKind(kind).map(objectTarget);
      this.objectsByNamespace ??= indexBy(this.model.resources, (resource) => `${resource.kind}\u0000${resource.namespace ?? ''}`);
      return (this.objectsByNamespace.get(`${kind}\u0000${namespace}`) ?? []).map(objectTarget);
    },
  };
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) push(index, key(item), item);
  return index;
}

const isSameObject = (target: ReferenceTarget, resource: Resource) =>
  target.kind === resource.kind && target.name === resource.name && target.namespace === resource.namespace;

/** Copies of one object (a base and its overlays) serve a key when any holds it; unknown keys serve anything. */
function canServe(targets: readonly ReferenceTarget[], keys: readonly string[]): boolean {
  if (targets.some((target) => target.keys === undefined)) return true;
  return keys.every((key) => targets.some((target) => target.keys?.has(key)));
}

const scopeOf = (target: ReferenceTarget): NearMissScope => (target.namespace === undefined ? 'cluster' : 'namespace');

/** Whether any target is written near the referrer; what every cluster has (no object) is near everyone. */
const nearTo = (from: Resource, targets: readonly ReferenceTarget[]) =>
  targets.some((target) => target.resource === undefined || isRelated(distance(from, target.resource)));

/**
 * Names within edit distance max(2, ⌊length/3⌋) of the one written (case folded, as `closest` in
 * k8s/names counts): names written near the referrer first, then nearest scope, then by distance,
 * then by name.
 */
export function nearMisses(name: string, candidates: readonly ReferenceTarget[], from?: Resource): NearMiss[] {
  const maxDistance = Math.max(2, Math.floor(name.length / 3));
  const byName = new Map<string, ReferenceTarget[]>();
  for (const candidate of candidates) if (candidate.name !== '' && candidate.name !== name) push(byName, candidate.name, candidate);
  const misses: NearMiss[] = [];
  for (const [candidate, targets] of byName) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance > maxDistance) continue;
    const scope = NEAR_MISS_SCOPES[Math.min(...targets.map((target) => NEAR_MISS_SCOPES.indexOf(scopeOf(target))))];
    misses.push({ name: candidate, distance, scope, targets, related: from === undefined || nearTo(from, targets) });
  }
  return misses.sort(
    (a, b) =>
      Number(b.related) - Number(a.related) ||
      NEAR_MISS_SCOPES.indexOf(a.scope) - NEAR_MISS_SCOPES.indexOf(b.scope) ||
      a.distance - b.distance ||
      byCodeUnit(a.name, b.name),
  );
}
