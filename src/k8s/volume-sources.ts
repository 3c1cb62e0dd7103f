import type { Volume } from 'kubernetes-types/core/v1.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { JsonPath } from '../types.js';

/**
 * Volumes whose files the kubelet writes from API objects (pkg/volume/{configmap,secret,downwardapi,
 * projected}): they share `defaultMode`, `items[].path`/`mode` and read-only, atomically swapped content.
 */
export const FILE_SOURCE_KINDS = ['configMap', 'secret', 'downwardAPI', 'projected'] as const;
export type FileSourceKind = (typeof FILE_SOURCE_KINDS)[number];

/** One source of files: a configMap/secret/downwardAPI volume itself, or one entry of `projected.sources`. */
export const PROJECTION_KINDS = ['configMap', 'secret', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle'] as const;
export type ProjectionKind = (typeof PROJECTION_KINDS)[number];

export interface Projection {
  kind: ProjectionKind;
  source: Record<string, unknown>;
  /** Path from the volume to the source object, e.g. ['projected', 'sources', 1, 'secret']. */
  path: JsonPath;
  /** Which object the files come from, as upstream warnings phrase it: `ConfigMap "app"`. */
  label: string;
}

export interface FileSource {
  kind: FileSourceKind;
  source: Record<string, unknown>;
}

/** The file-projecting source of a volume, if it has one (validity of several sources is another rule's concern). */
export function fileSourceOf(volume: Volume): FileSource | undefined {
  const record = volume as unknown as Record<string, unknown>;
  for (const kind of FILE_SOURCE_KINDS) {
    if (isObject(record[kind])) return { kind, source: record[kind] };
  }
  return undefined;
}

function label(kind: ProjectionKind, source: Record<string, unknown>): string {
  switch (kind) {
    case 'configMap':
      return `ConfigMap "${nonEmptyString(source.name) ?? ''}"`;
    case 'secret':
      // A secret volume says secretName, a projected secret source says name.
      return `Secret "${nonEmptyString(source.secretName) ?? nonEmptyString(source.name) ?? ''}"`;
    case 'downwardAPI':
      return 'DownwardAPI';
    case 'serviceAccountToken':
      return 'ServiceAccountToken';
    case 'clusterTrustBundle':
      return `ClusterTrustBundle "${nonEmptyString(source.name) ?? nonEmptyString(source.signerName) ?? ''}"`;
  }
}

/** The sources files come from, in order: one for a plain volume, one per usable `projected.sources` entry. */
export function projectionsOf(volume: Volume): Projection[] {
  const found = fileSourceOf(volume);
  if (!found) return [];
  if (found.kind !== 'projected')
    return [{ kind: found.kind, source: found.source, path: [found.kind], label: label(found.kind, found.source) }];
  const projections: Projection[] = [];
  for (const [entry, index] of indexedObjectsOf(found.source.sources)) {
    const kind = PROJECTION_KINDS.find((k) => isObject(entry[k]));
    if (!kind) continue;
    const source = entry[kind] as Record<string, unknown>;
    projections.push({ kind, source, path: ['projected', 'sources', index, kind], label: label(kind, source) });
  }
  return projections;
}

/** A value written in the manifest, with its path from the volume. */
export interface VolumeField {
  path: JsonPath;
  value: unknown;
  projection?: Projection;
}

const hasItems = (kind: ProjectionKind) => kind === 'configMap' || kind === 'secret' || kind === 'downwardAPI';

/** `defaultMode` of the volume and `mode` of every item; only fields that are present (null counts as absent). */
export function modeFields(volume: Volume): VolumeField[] {
  const found = fileSourceOf(volume);
  if (!found) return [];
  const fields: VolumeField[] = [];
  if (found.source.defaultMode !== undefined && found.source.defaultMode !== null) {
    fields.push({ path: [found.kind, 'defaultMode'], value: found.source.defaultMode });
  }
  for (const projection of projectionsOf(volume)) {
    if (!hasItems(projection.kind)) continue;
    for (const [item, index] of indexedObjectsOf(projection.source.items)) {
      if (item.mode !== undefined && item.mode !== null)
        fields.push({ path: [...projection.path, 'items', index, 'mode'], value: item.mode, projection });
    }
  }
  return fields;
}

/**
 * Every file path a source writes into the volume: `items[].path`, and the single `path` of a
 * serviceAccountToken or clusterTrustBundle projection. Items without a `path` key are included
 * (value undefined): upstream requires it.
 */
export function filePaths(projection: Projection): VolumeField[] {
  if (!hasItems(projection.kind)) {
    return [{ path: [...projection.path, 'path'], value: projection.source.path, projection }];
  }
  return indexedObjectsOf(projection.source.items).map(([item, index]) => ({
    path: [...projection.path, 'items', index, 'path'],
    value: item.path,
    projection,
  }));
}

/** A ConfigMap or Secret a volume reads, with whether the pod may start without it. */
export interface ObjectReference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  optional: boolean;
  /** Path from the volume to the name field. */
  path: JsonPath;
}

export function objectReferencesOf(volume: Volume): ObjectReference[] {
  const references: ObjectReference[] = [];
  for (const projection of projectionsOf(volume)) {
    const optional = objectOf(projection.source).optional === true;
    if (projection.kind === 'configMap') {
      const name = nonEmptyString(projection.source.name);
      if (name) references.push({ kind: 'ConfigMap', name, optional, path: [...projection.path, 'name'] });
    } else if (projection.kind === 'secret') {
      const field = projection.path[0] === 'projected' ? 'name' : 'secretName';
      const name = nonEmptyString(projection.source[field]);
      if (name) references.push({ kind: 'Secret', name, optional, path: [...projection.path, field] });
    }
  }
  return references;
}
