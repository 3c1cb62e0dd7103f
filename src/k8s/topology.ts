import type { JsonPath } from '../types.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { indexedObjectsOf as indexedRecords, objectOf as record } from '../util/shape.js';
import { matchesSelector, type Labels } from './labels.js';

/**
 * Where pods and volumes may be, as the scheduler reads node selectors (component-helpers
 * scheduling/corev1/nodeaffinity: terms ORed, requirements ANDed; storage/volume/helpers.go
 * CheckNodeAffinity for a PV's required node affinity), reduced to one dimension at a time: the
 * zone (zones.ts) or the node. A constraint is a set of values plus where it was written;
 * `undefined` means "nothing known in this dimension", which never produces a finding. Only two
 * known, disjoint sets are a conflict.
 */
export interface TopologyValues {
  values: ReadonlySet<string>;
  /** Where the constraint is written, relative to the object the function was given. */
  paths: readonly JsonPath[];
}

/** One dimension of placement: the node labels (and node fields) whose value names it. */
export interface Dimension {
  /** For messages: `zone(s) a, b`, `node(s) n1`. */
  name: 'zone' | 'node';
  labels: readonly string[];
  /** `matchFields` keys: only `metadata.name` exists (a DaemonSet pod's node, written by its controller). */
  fields: readonly string[];
  /** A pod field that names its value directly: `nodeName`. */
  podField?: string;
}

export const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/**
 * The node dimension. The kubelet sets `kubernetes.io/hostname` to the node's hostname, which is its
 * name unless a cloud provider or `--hostname-override` names it otherwise; local PVs, the static
 * local provisioner and every node-pinning example take the two for one, and so does this model.
 */
export const NODE: Dimension = { name: 'node', labels: [HOSTNAME_LABEL], fields: ['metadata.name'], podField: 'nodeName' };

/** Both constraints hold: intersect the sets; an unknown side leaves the other as it is. */
export function intersectValues(a: TopologyValues | undefined, b: TopologyValues | undefined): TopologyValues | undefined {
  if (!a) return b;
  if (!b) return a;
  return { values: new Set([...a.values].filter((value) => b.values.has(value))), paths: [...a.paths, ...b.paths] };
}

/** Either constraint may hold (ORed terms): the union, unknown as soon as one side is unknown. */
export function unionValues(all: readonly (TopologyValues | undefined)[]): TopologyValues | undefined {
  if (all.length === 0 || all.some((v) => v === undefined)) return undefined;
  const known = all as TopologyValues[];
  return { values: new Set(known.flatMap((v) => [...v.values])), paths: known.flatMap((v) => v.paths) };
}

/** Both sets are known and share no value, and neither is already self-contradictory. */
export function valuesDisjoint(a: TopologyValues | undefined, b: TopologyValues | undefined): boolean {
  if (!a || !b || a.values.size === 0 || b.values.size === 0) return false;
  return [...a.values].every((value) => !b.values.has(value));
}

/** Every value of `a` is allowed by `b` (both known). */
export const valuesWithin = (a: TopologyValues, b: TopologyValues) => a.values.size > 0 && [...a.values].every((v) => b.values.has(v));

export const formatValues = (values: TopologyValues) => [...values.values].sort().join(', ');

/** Non-empty string values of a list; an empty name names nothing (Azure's non-zonal nodes). */
const stringValues = (values: unknown): string[] =>
  Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string' && v !== '') : [];

/**
 * The values one list of requirements allows, ANDed: `In` sets intersect, `NotIn` removes values
 * from a known set; `Exists`, `DoesNotExist`, `Gt`, `Lt` and other keys do not narrow it.
 * `inOperatorOnly` reads a StorageClass's topology selector, whose requirements are all `In`.
 */
export function requirementsValues(
  requirements: unknown,
  path: JsonPath,
  keys: readonly string[],
  inOperatorOnly = false,
): TopologyValues | undefined {
  let result: TopologyValues | undefined;
  const excluded = new Set<string>();
  for (const [requirement, index] of indexedRecords(requirements)) {
    if (typeof requirement.key !== 'string' || !keys.includes(requirement.key)) continue;
    const operator = inOperatorOnly ? 'In' : requirement.operator;
    const values = stringValues(requirement.values);
    if (operator === 'In' && values.length > 0) {
      result = intersectValues(result, { values: new Set(values), paths: [[...path, index, 'values']] });
    } else if (operator === 'NotIn') {
      for (const value of values) excluded.add(value);
    }
  }
  if (!result || excluded.size === 0) return result;
  return { values: new Set([...result.values].filter((value) => !excluded.has(value))), paths: result.paths };
}

/** A term with no requirements at all; a malformed list is not "empty", just unreadable. */
export const isEmptyTerm = (term: Record<string, unknown>, lists: readonly string[]) =>
  lists.every((list) => term[list] === undefined || term[list] === null || (Array.isArray(term[list]) && term[list].length === 0));

/**
 * Node selector terms are ORed (MatchNodeSelectorTerms): the union of each term's values, unknown
 * when any term leaves the dimension open. A term with no requirements matches no node, so it adds
 * none. Within a term, label expressions and field requirements are ANDed.
 */
export function nodeSelectorTermsValues(terms: unknown, path: JsonPath, dimension: Dimension): TopologyValues | undefined {
  const indexed = indexedRecords(terms);
  if (indexed.length === 0) return undefined;
  return unionValues(
    indexed.map(([term, index]) =>
      isEmptyTerm(term, ['matchExpressions', 'matchFields'])
        ? { values: new Set<string>(), paths: [] }
        : intersectValues(
            requirementsValues(term.matchExpressions, [...path, index, 'matchExpressions'], dimension.labels),
            requirementsValues(term.matchFields, [...path, index, 'matchFields'], dimension.fields),
          ),
    ),
  );
}

export const REQUIRED_TERMS_PATH = ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];

/**
 * Where a pod may run in one dimension: `nodeName` (the node dimension), `nodeSelector` AND the
 * required node affinity terms (GetRequiredNodeAffinity). Paths are relative to the PodSpec.
 */
export function podValues(podSpec: unknown, dimension: Dimension): TopologyValues | undefined {
  const spec = record(podSpec);
  const selector = record(spec.nodeSelector);
  let result: TopologyValues | undefined;
  const direct = dimension.podField ? spec[dimension.podField] : undefined;
  if (typeof direct === 'string' && direct !== '') result = { values: new Set([direct]), paths: [[dimension.podField!]] };
  for (const key of dimension.labels) {
    const value = selector[key];
    if (typeof value === 'string' && value !== '')
      result = intersectValues(result, { values: new Set([value]), paths: [['nodeSelector', key]] });
  }
  const required = record(record(record(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);
  return intersectValues(result, nodeSelectorTermsValues(required.nodeSelectorTerms, REQUIRED_TERMS_PATH, dimension));
}

/** The nodes a PV may be used on: its required node affinity on the hostname label (a local PV's). Paths are relative to the PV. */
export function volumeNodes(pv: unknown): TopologyValues | undefined {
  const required = record(record(record(record(pv).spec).nodeAffinity).required);
  return nodeSelectorTermsValues(required.nodeSelectorTerms, ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms'], NODE);
}

/**
 * Whether a pod's required anti-affinity keeps its own pods on different nodes: a term on the
 * hostname label whose selector matches the pod's labels (in its own namespace, the default).
 * Returns the term's path relative to the PodSpec.
 */
export function selfAntiAffinityPath(podSpec: unknown, podLabels: Labels): JsonPath | undefined {
  const terms = record(record(record(podSpec).affinity).podAntiAffinity).requiredDuringSchedulingIgnoredDuringExecution;
  for (const [term, index] of indexedRecords(terms)) {
    if (term.topologyKey !== HOSTNAME_LABEL || term.namespaces !== undefined || term.namespaceSelector !== undefined) continue;
    // A term without labelSelector selects no pod; `{}` selects every pod, its own among them.
    if (
      term.labelSelector !== undefined &&
      term.labelSelector !== null &&
      matchesSelector(podLabels, record(term.labelSelector) as LabelSelector)
    )
      return ['affinity', 'podAntiAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', index];
  }
  return undefined;
}

/**
 * Provisioners that create a volume on the node of the first pod and pin it there by a required
 * node affinity on the hostname: Rancher/k3s local-path (hostPath or local PVs) and OpenEBS LocalPV.
 * Docker Desktop's and minikube's hostpath provisioners serve one-node clusters and pin nothing.
 */
export const NODE_PINNING_PROVISIONERS: readonly string[] = ['rancher.io/local-path', 'openebs.io/local'];
