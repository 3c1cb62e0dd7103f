/**
 * The ConfigMaps and Secrets a cluster built from this view will hold: the objects written in the
 * files, and those that something in the view generates (a kustomize generator, a cert-manager
 * Certificate, a SealedSecret, an ExternalSecret), as the producer registry describes them.
 * Generated ones have keys nobody can list here.
 */
import { push } from '../util/multimap.js';
import { declaredNamespace, type Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import type { ConfigKind } from './config-references.js';
import type { ProducedEntry } from './produced.js';
import { isObject } from '../util/shape.js';

export type ConfigObjectOrigin = 'object' | 'cluster' | 'produced';

export interface ConfigObject {
  kind: ConfigKind;
  name: string;
  /** Undefined for kustomize generators and cluster-provided objects: they are in every namespace. */
  namespace: string | undefined;
  /**
   * False when the namespace is the one of the apply (no `metadata.namespace`): `kubectl apply -n`
   * or a kustomize `namespace:` may put it next to any pod.
   */
  namespaceDeclared: boolean;
  origin: ConfigObjectOrigin;
  /** The object, or the one that generates it; none for objects every cluster has. */
  resource?: Resource;
  /** Path to the name in `resource`. */
  path: JsonPath;
  /** Keys it holds, with the path of each; undefined when they are filled in outside the view. */
  keys?: ReadonlyMap<string, JsonPath>;
}

/** Where each kind keeps its keys (`stringData` is merged into `data` on write). */
const KEY_FIELDS: Record<ConfigKind, readonly string[]> = { ConfigMap: ['data', 'binaryData'], Secret: ['data', 'stringData'] };

/**
 * ConfigMaps every namespace has: the root CA publisher (kube-controller-manager, GA in 1.21)
 * writes `kube-root-ca.crt` with key `ca.crt` into each namespace.
 */
const CLUSTER_CONFIG_MAPS: Readonly<Record<string, readonly string[]>> = { 'kube-root-ca.crt': ['ca.crt'] };

/** Secrets whose data a controller fills in: the token controller for service account tokens. */
const CONTROLLER_FILLED_SECRET_TYPES = new Set(['kubernetes.io/service-account-token']);

export function objectKeys(kind: ConfigKind, object: Readonly<Record<string, unknown>>): Map<string, JsonPath> {
  const keys = new Map<string, JsonPath>();
  for (const field of KEY_FIELDS[kind]) {
    const data = object[field];
    if (!isObject(data)) continue;
    for (const key of Object.keys(data)) if (!keys.has(key)) keys.set(key, [field, key]);
  }
  return keys;
}

const indexKey = (kind: string, namespace: string | undefined, name: string) => `${kind}\u0000${namespace ?? ''}\u0000${name}`;

/** What ConfigObjects is built from (the Model provides it). */
export interface ConfigView {
  ofKind(kind: string): readonly Resource[];
  defaultNamespace: string;
  produced: readonly ProducedEntry[];
}

export class ConfigObjects {
  private readonly byKey = new Map<string, ConfigObject[]>();
  private readonly byName = new Map<string, ConfigObject[]>();
  private readonly byNamespace = new Map<string, ConfigObject[]>();
  private readonly anyNamespace = new Map<string, ConfigObject[]>();

  /** The written ConfigMaps and Secrets, and what producers in the view create (their keys unknown). */
  constructor(view: ConfigView) {
    for (const kind of ['ConfigMap', 'Secret'] as const) {
      for (const resource of view.ofKind(kind)) {
        const controllerFilled = kind === 'Secret' && CONTROLLER_FILLED_SECRET_TYPES.has(String(resource.object.type));
        const keys = objectKeys(kind, resource.object);
        this.add({
          kind,
          name: resource.name,
          namespace: resource.namespace ?? view.defaultNamespace,
          namespaceDeclared: declaredNamespace(resource) !== undefined,
          origin: 'object',
          resource,
          path: ['metadata', 'name'],
          // An object without any key is a placeholder that a patch, a generator or a tool fills in.
          keys: controllerFilled || keys.size === 0 ? undefined : keys,
        });
      }
    }
    for (const [name, keys] of Object.entries(CLUSTER_CONFIG_MAPS)) {
      this.add({
        kind: 'ConfigMap',
        name,
        namespace: undefined,
        namespaceDeclared: false,
        origin: 'cluster',
        path: [],
        keys: new Map(keys.map((k) => [k, []])),
      });
    }
    for (const produced of view.produced) {
      if (produced.kind !== 'ConfigMap' && produced.kind !== 'Secret') continue;
      this.add({
        kind: produced.kind,
        name: produced.name,
        namespace: produced.namespace,
        namespaceDeclared: produced.namespaceDeclared,
        origin: 'produced',
        resource: produced.resource,
        path: produced.path,
      });
    }
  }

  private add(object: ConfigObject) {
    if (object.namespace === undefined) push(this.anyNamespace, indexKey(object.kind, undefined, object.name), object);
    else {
      push(this.byKey, indexKey(object.kind, object.namespace, object.name), object);
      push(this.byNamespace, indexKey(object.kind, object.namespace, ''), object);
    }
    push(this.byName, indexKey(object.kind, undefined, object.name), object);
  }

  /** What the kubelet would find for `kind` `name` in `namespace`. */
  find(kind: ConfigKind, namespace: string, name: string): ConfigObject[] {
    return [...(this.byKey.get(indexKey(kind, namespace, name)) ?? []), ...(this.anyNamespace.get(indexKey(kind, undefined, name)) ?? [])];
  }

  /**
   * What a pod in `namespace` can count on: the objects there; failing that, when the pod's or the
   * object's namespace is only the one of the apply, an object of that name in another namespace
   * (`kubectl apply -n` or kustomize will likely put them together, so this is not reported).
   */
  reachable(kind: ConfigKind, namespace: string, podNamespaceDeclared: boolean, name: string): ConfigObject[] {
    const here = this.find(kind, namespace, name);
    if (here.length > 0) return here;
    return this.named(kind, name).filter((o) => !podNamespaceDeclared || !o.namespaceDeclared);
  }

  /** Every object of that kind and name, whatever its namespace. */
  named(kind: ConfigKind, name: string): ConfigObject[] {
    return this.byName.get(indexKey(kind, undefined, name)) ?? [];
  }

  /** Names of that kind a pod in `namespace` can use, for "did you mean" hints. */
  namesIn(kind: ConfigKind, namespace: string): string[] {
    return (this.byNamespace.get(indexKey(kind, namespace, '')) ?? []).map((o) => o.name);
  }

  /**
   * Keys a reference can rely on: the union over every copy of the object in the view (overlays
   * often carry several), or undefined when any copy's keys are unknown.
   */
  keysOf(objects: readonly ConfigObject[]): Map<string, JsonPath> | undefined {
    const keys = new Map<string, JsonPath>();
    for (const object of objects) {
      if (!object.keys) return undefined;
      for (const [key, path] of object.keys) if (!keys.has(key)) keys.set(key, path);
    }
    return keys;
  }
}
