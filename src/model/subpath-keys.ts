/**
 * What a volumeMount's `subPath` names inside a configMap, secret, projected or downwardAPI volume.
 * The kubelet writes one file per key (no `items`) or per item `path`, and a subPath picks one of
 * them; a subPath that names none is not an error to the kubelet: it creates an empty directory in
 * the volume and mounts that (kubelet_pods.go makeMounts, SafeMakeDir), so the application finds a
 * directory where it expected its file, and the runtime refuses to start the container when the
 * image has a file at the mount path.
 */
import { posix } from 'node:path';
import type { JsonPath } from '../types.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { ConfigKind } from './config-references.js';
import { mountsOf, volumesByName, type MountView } from './volume-mounts.js';
import type { Workload } from './workloads.js';

/** What one source of the volume writes: every key of an object, or files of known names. */
export type SubPathSource =
  | { kind: 'object'; objectKind: ConfigKind; name: string; optional: boolean }
  | { kind: 'files'; names: string[] }
  /** A source whose files cannot be known from the manifest. */
  | { kind: 'unknown' };

export interface SubPathUse {
  workload: Workload;
  mount: MountView;
  subPath: string;
  /** From the resource root to the `subPath` field. */
  path: JsonPath;
  volumeName: string;
  /** configMap, secret, projected or downwardAPI. */
  volumeType: string;
  sources: SubPathSource[];
}

const itemPaths = (items: unknown) => indexedObjectsOf(items).flatMap(([item]) => nonEmptyString(item.path) ?? []);

/** A configMap or secret source: a file per key, or per item when `items` is given. */
function configSource(ref: Record<string, unknown>, objectKind: ConfigKind, nameField: string): SubPathSource {
  if (Array.isArray(ref.items) && ref.items.length > 0) return { kind: 'files', names: itemPaths(ref.items) };
  const name = nonEmptyString(ref[nameField]);
  return name ? { kind: 'object', objectKind, name, optional: ref.optional === true } : { kind: 'unknown' };
}

/** The files of one projected source (VolumeProjection), by its type. */
function projectedSource(projection: Record<string, unknown>): SubPathSource {
  if (isObject(projection.configMap)) return configSource(projection.configMap, 'ConfigMap', 'name');
  if (isObject(projection.secret)) return configSource(projection.secret, 'Secret', 'name');
  if (isObject(projection.downwardAPI)) return { kind: 'files', names: itemPaths(projection.downwardAPI.items) };
  for (const field of ['serviceAccountToken', 'clusterTrustBundle']) {
    const path = nonEmptyString(objectOf(projection[field]).path);
    if (path) return { kind: 'files', names: [path] };
  }
  return { kind: 'unknown' };
}

function sourcesOf(volume: Record<string, unknown>): { type: string; sources: SubPathSource[] } | undefined {
  if (isObject(volume.configMap)) return { type: 'configMap', sources: [configSource(volume.configMap, 'ConfigMap', 'name')] };
  if (isObject(volume.secret)) return { type: 'secret', sources: [configSource(volume.secret, 'Secret', 'secretName')] };
  if (isObject(volume.downwardAPI))
    return { type: 'downwardAPI', sources: [{ kind: 'files', names: itemPaths(volume.downwardAPI.items) }] };
  if (isObject(volume.projected))
    return { type: 'projected', sources: indexedObjectsOf(volume.projected.sources).map(([projection]) => projectedSource(projection)) };
  return undefined;
}

/** Every plain `subPath` (not subPathExpr, whose value is known only at run time) into such a volume. */
export function subPathUses(workload: Workload): SubPathUse[] {
  const volumes = volumesByName(workload);
  const uses: SubPathUse[] = [];
  for (const container of workload.containers) {
    for (const mount of mountsOf(container)) {
      const subPath = nonEmptyString(mount.entry.subPath);
      if (mount.kind !== 'mount' || !subPath || !mount.volumeName) continue;
      const volume = volumes.get(mount.volumeName);
      const written = volume && sourcesOf(volume.volume as unknown as Record<string, unknown>);
      if (!written) continue;
      uses.push({
        workload,
        mount,
        subPath,
        path: [...mount.path, 'subPath'],
        volumeName: mount.volumeName,
        volumeType: written.type,
        sources: written.sources,
      });
    }
  }
  return uses;
}

/** The subPath as a relative path without `./` or a trailing slash; undefined when it leaves the volume (subpath-invalid's). */
export function normalSubPath(subPath: string): string | undefined {
  const normal = posix.normalize(subPath).replace(/\/+$/, '');
  if (normal === '.' || normal === '' || normal.startsWith('/') || normal === '..' || normal.startsWith('../')) return undefined;
  return normal;
}

/** Whether the volume has the file or directory a subPath names, given the names its sources write. */
export function volumeHas(names: Iterable<string>, subPath: string): boolean {
  for (const name of names) {
    const file = posix.normalize(name);
    if (file === subPath || file.startsWith(`${subPath}/`)) return true;
  }
  return false;
}
