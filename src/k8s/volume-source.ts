/**
 * Pod volume sources as `validateVolumeSource` (pkg/apis/core/validation/validation.go) sees them.
 * A source counts when its field decodes to a non-nil pointer: an object (`emptyDir:` with no value
 * decodes to nil). A volume with no source at all is not an error: `SetDefaults_Volume`
 * (pkg/apis/core/v1/defaults.go) turns it into an emptyDir before validation runs.
 */
import { isObject } from '../util/shape.js';
import { parseQuantity } from './quantity.js';
import { hasBacksteps, isAbsolutePath } from './local-path.js';
import { isDns1123Subdomain } from './names.js';
import type { JsonPath } from '../types.js';

/** Every `VolumeSource` field, in the order the validator checks them (the first one set wins). */
export const VOLUME_SOURCE_FIELDS = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
  'image',
] as const;
export type VolumeSourceField = (typeof VOLUME_SOURCE_FIELDS)[number];

/** `supportedHostPathTypes`; "" (and no type) means no check before mounting. */
export const HOST_PATH_TYPES = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
] as const;

/** String fields the per-source validators reject when empty (`field.Required`). */
const REQUIRED_FIELDS: Partial<Record<VolumeSourceField, readonly string[]>> = {
  hostPath: ['path'],
  gitRepo: ['repository'],
  gcePersistentDisk: ['pdName'],
  awsElasticBlockStore: ['volumeID'],
  secret: ['secretName'],
  nfs: ['server', 'path'],
  iscsi: ['targetPortal', 'iqn'],
  glusterfs: ['endpoints', 'path'],
  persistentVolumeClaim: ['claimName'],
  quobyte: ['registry', 'volume'],
  configMap: ['name'],
  csi: ['driver'],
};

/** The source fields a volume sets, in validator order. */
export function volumeSourcesOf(volume: Readonly<Record<string, unknown>>): VolumeSourceField[] {
  return VOLUME_SOURCE_FIELDS.filter((field) => isObject(volume[field]));
}

/** What a volume is: its first source, or `emptyDir` when it has none (`SetDefaults_Volume`). */
export const volumeSourceOf = (volume: Readonly<Record<string, unknown>>): VolumeSourceField => volumeSourcesOf(volume)[0] ?? 'emptyDir';

export type VolumeSourceProblem = { path: JsonPath } & (
  | { code: 'several-sources'; source: VolumeSourceField; first: VolumeSourceField }
  | { code: 'required'; source: VolumeSourceField; field: string }
  | { code: 'host-path-type'; value: string }
  | { code: 'backsteps'; source: VolumeSourceField; field: string; value: string }
  | { code: 'not-absolute'; source: VolumeSourceField; field: string; value: string }
  | { code: 'negative-size'; value: string }
  | { code: 'csi-driver-name'; value: string }
);

const isMissing = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The problems `validateVolumeSource` finds in one volume's source, one per problem, each with the
 * path (relative to the volume) of the field at fault. Fields of the wrong type are left to the
 * decoder's error and not reported here.
 */
export function volumeSourceProblems(volume: Readonly<Record<string, unknown>>): VolumeSourceProblem[] {
  const sources = volumeSourcesOf(volume);
  // No source is defaulted to an empty emptyDir, which has nothing to check.
  if (sources.length === 0) return [];
  const [first, ...extra] = sources;
  // The validator only looks inside the first source; the others are just "more than 1 volume type".
  return [
    ...extra.map((source): VolumeSourceProblem => ({ code: 'several-sources', source, first, path: [source] })),
    ...sourceFieldProblems(first, volume[first] as Record<string, unknown>),
  ];
}

function sourceFieldProblems(source: VolumeSourceField, spec: Record<string, unknown>): VolumeSourceProblem[] {
  const problems: VolumeSourceProblem[] = [];
  for (const field of REQUIRED_FIELDS[source] ?? []) {
    if (isMissing(spec[field])) problems.push({ code: 'required', source, field, path: [source, field] });
  }
  if (source === 'hostPath') problems.push(...hostPathProblems(spec));
  if (source === 'nfs' && typeof spec.path === 'string' && spec.path !== '' && !isAbsolutePath(spec.path)) {
    problems.push({ code: 'not-absolute', source, field: 'path', value: spec.path, path: [source, 'path'] });
  }
  if (source === 'emptyDir' && isNegativeQuantity(spec.sizeLimit)) {
    problems.push({ code: 'negative-size', value: String(spec.sizeLimit), path: [source, 'sizeLimit'] });
  }
  if (source === 'csi' && typeof spec.driver === 'string' && spec.driver !== '' && !isCsiDriverName(spec.driver)) {
    problems.push({ code: 'csi-driver-name', value: spec.driver, path: [source, 'driver'] });
  }
  return problems;
}

function hostPathProblems(spec: Record<string, unknown>): VolumeSourceProblem[] {
  // An empty path stops the upstream validator before it looks at backsteps or the type.
  if (typeof spec.path !== 'string' || spec.path === '') return [];
  const problems: VolumeSourceProblem[] = [];
  if (hasBacksteps(spec.path))
    problems.push({ code: 'backsteps', source: 'hostPath', field: 'path', value: spec.path, path: ['hostPath', 'path'] });
  if (typeof spec.type === 'string' && !isHostPathType(spec.type))
    problems.push({ code: 'host-path-type', value: spec.type, path: ['hostPath', 'type'] });
  return problems;
}

export const isHostPathType = (value: string) => (HOST_PATH_TYPES as readonly string[]).includes(value);

function isNegativeQuantity(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const parsed = parseQuantity(value);
  return parsed.ok && parsed.quantity.numerator < 0n;
}

/** `ValidateCSIDriverName`: at most 63 characters, a DNS subdomain once lower-cased. */
export const isCsiDriverName = (name: string) => name.length > 0 && name.length <= 63 && isDns1123Subdomain(name.toLowerCase());
