/**
 * What `ValidatePersistentVolumeSpec` (pkg/apis/core/validation/validation.go) rejects beyond
 * enums, quantities and access modes (those have rules of their own).
 */
import { isObject, objectOf } from '../util/shape.js';
import type { JsonPath } from '../types.js';
import { featureOn } from './feature-versions.js';
import { volumeSourceProblems, type VolumeSourceProblem } from './volume-source.js';

/** Every PersistentVolumeSource field, in the validator's order. */
export const PV_SOURCE_FIELDS = [
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'hostPath',
  'glusterfs',
  'nfs',
  'rbd',
  'quobyte',
  'cinder',
  'cephfs',
  'flexVolume',
  'flocker',
  'azureFile',
  'vsphereVolume',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'local',
  'storageos',
  'csi',
  'iscsi',
  'fc',
] as const;

export type PvSpecProblem = { path: JsonPath } & (
  | { code: 'capacity-missing' }
  | { code: 'capacity-key'; key: string }
  | { code: 'no-source' }
  | { code: 'several-sources'; source: string; first: string }
  | { code: 'required'; source: string; field: string }
  | { code: 'source-field'; problem: VolumeSourceProblem }
  | { code: 'local-affinity' }
  | { code: 'affinity-required' }
  | { code: 'affinity-terms' }
  | { code: 'recycle-root' }
  | { code: 'vac-empty' }
  | { code: 'vac-csi' }
);

/** Fields the PV form of a source requires on top of the pod-volume form. */
const PV_REQUIRED: Partial<Record<string, readonly string[]>> = { local: ['path'], csi: ['driver', 'volumeHandle'] };

const isMissing = (value: unknown) => value === undefined || value === null || value === '';

/** `path.Clean(p) == "/"`: `/`, `//`, `/.`, `/./` and the like. */
const isRootPath = (value: unknown) => typeof value === 'string' && /^\/+(\.\/*)*$/.test(value);

function capacityProblems(spec: Record<string, unknown>, partial: boolean): PvSpecProblem[] {
  const capacity = spec.capacity;
  if (!isObject(capacity))
    return partial || (capacity !== undefined && capacity !== null) ? [] : [{ code: 'capacity-missing', path: ['capacity'] }];
  const problems: PvSpecProblem[] = Object.keys(capacity)
    .filter((key) => key !== 'storage')
    .map((key) => ({ code: 'capacity-key', key, path: ['capacity', key] }));
  if (!('storage' in capacity) && !partial) problems.push({ code: 'capacity-missing', path: ['capacity'] });
  return problems;
}

function sourceProblems(spec: Record<string, unknown>, partial: boolean): PvSpecProblem[] {
  const sources = PV_SOURCE_FIELDS.filter((field) => isObject(spec[field]));
  if (sources.length === 0) return partial ? [] : [{ code: 'no-source', path: [] }];
  const [first, ...extra] = sources;
  const problems: PvSpecProblem[] = extra.map((source) => ({ code: 'several-sources', source, first, path: [source] }));
  const value = spec[first] as Record<string, unknown>;
  const own = PV_REQUIRED[first] ?? [];
  for (const field of own) if (isMissing(value[field])) problems.push({ code: 'required', source: first, field, path: [first, field] });
  // The pod-volume validator covers the shared sources; the PV's own required fields are above.
  for (const problem of volumeSourceProblems({ [first]: value })) {
    if (problem.code === 'required' && own.includes(problem.field)) continue;
    // An enum: schema-invalid-enum lists the allowed types.
    if (problem.code === 'host-path-type') continue;
    problems.push({ code: 'source-field', problem, path: problem.path });
  }
  return problems;
}

function affinityProblems(spec: Record<string, unknown>): PvSpecProblem[] {
  const affinity = spec.nodeAffinity;
  if (!isObject(affinity)) return isObject(spec.local) ? [{ code: 'local-affinity', path: ['nodeAffinity'] }] : [];
  if (!isObject(affinity.required))
    return affinity.required === undefined || affinity.required === null
      ? [{ code: 'affinity-required', path: ['nodeAffinity', 'required'] }]
      : [];
  const terms = affinity.required.nodeSelectorTerms;
  if (terms === undefined || terms === null || (Array.isArray(terms) && terms.length === 0))
    return [{ code: 'affinity-terms', path: ['nodeAffinity', 'required', 'nodeSelectorTerms'] }];
  return [];
}

/**
 * Problems of one PV spec, paths relative to the spec. `partial` (a patch) skips what a patch
 * legitimately leaves out: capacity and the source.
 */
export function pvSpecProblems(spec: Record<string, unknown>, kubeVersion: string, partial = false): PvSpecProblem[] {
  const problems = [...capacityProblems(spec, partial), ...sourceProblems(spec, partial), ...affinityProblems(spec)];
  if (spec.persistentVolumeReclaimPolicy === 'Recycle' && isRootPath(objectOf(spec.hostPath).path))
    problems.push({ code: 'recycle-root', path: ['persistentVolumeReclaimPolicy'] });
  if (featureOn('VolumeAttributesClass', kubeVersion) && typeof spec.volumeAttributesClassName === 'string') {
    if (spec.volumeAttributesClassName === '') problems.push({ code: 'vac-empty', path: ['volumeAttributesClassName'] });
    else if (!isObject(spec.csi)) problems.push({ code: 'vac-csi', path: ['volumeAttributesClassName'] });
  }
  // storageClassName's syntax is object-name-invalid's finding (it checks every field that names an object).
  return problems;
}
