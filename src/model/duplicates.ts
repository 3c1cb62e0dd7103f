/**
 * Objects the view defines more than once: the same API group, kind, namespace and name written in
 * several places. The API server holds one object per identity, so the later apply replaces (or is
 * refused over) the earlier. What is not a definition: kustomize patches and other fragments (they
 * change an object defined elsewhere), objects named only by generateName (each apply creates a new
 * one), and --cluster/--context objects (the live object the files describe, or files linted on
 * their own). Two rendered units — kustomizations, or Helm output streams — are alternatives
 * (overlays of one base, one chart rendered with other values), never applied together, so their
 * objects are never duplicates of each other; within one kustomization unit kustomize itself refuses
 * a duplicate.
 *
 * Where two definitions sit decides whether they meet in one cluster: see `Placement`.
 */
import path from 'node:path';
import type { Resource } from '../load/resource.js';
import { apiGroupOf } from '../k8s/update-conflicts.js';
import { push } from '../util/multimap.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import { distance, isRelated, NEARNESS, writtenFile, type Distance } from './scope.js';

/**
 * - `together`: one file, or files on one folder line (same folder, ancestor, descendant) that are
 *   not versions of each other: `kubectl apply -f` of the file or `-R` of the folder applies both.
 * - `versions`: files on one folder line that look like versions of one manifest — their names share
 *   a word (`pvc.yaml`, `pvc-10gi.yaml`; `serving-cpu.yaml`, `serving-gpu.yaml`), they define mostly
 *   the same objects, or the object is written in three or more files of the line (an all-in-one file
 *   next to its split copies, a folder of recipes) — which a reader applies one or another of.
 * - `apart`: folders not on one line (a book's chapters, a driver's separate examples).
 */
export type Placement = 'together' | 'versions' | 'apart';

export interface EarlierDefinition {
  resource: Resource;
  /** Where it is written relative to the later definition (see model/scope.ts). */
  distance: Distance;
  placement: Placement;
}

export interface Duplicate {
  /** A definition of an object that the view defined before it, in file order. */
  resource: Resource;
  /** The earlier definitions outside other rendered units, nearest first (file order among equals); never empty. */
  earlier: readonly EarlierDefinition[];
}

/** kustomization.yaml files read as objects: build input, not something applied to a cluster. */
const BUILD_INPUT_GROUPS = new Set(['kustomize.config.k8s.io']);

function identity(resource: Resource): string | undefined {
  const name = nonEmptyString(objectOf(resource.object.metadata).name);
  const group = apiGroupOf(resource.apiVersion);
  if (!name || BUILD_INPUT_GROUPS.has(group)) return undefined;
  return [group, resource.kind, resource.namespace ?? '', name].join('\u0000');
}

/** Two renderings (kustomization folders or `helm template` streams, the loader's units) are alternatives. */
const inOtherUnits = (a: Resource, b: Resource) => {
  const [unitA, unitB] = [a.source.unit, b.source.unit];
  return unitA !== undefined && unitB !== undefined && unitA !== unitB;
};

const byNearness = (a: EarlierDefinition, b: EarlierDefinition) =>
  NEARNESS.indexOf(a.distance.nearness) - NEARNESS.indexOf(b.distance.nearness) || a.distance.steps - b.distance.steps;

/** The words of a file name without its extension: `mongodb-pv-gcepd.yaml` → mongodb, pv, gcepd. */
const nameWords = (file: string) =>
  path
    .basename(file, path.extname(file))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !/^\d+$/.test(word));

/** Two files that read as versions of one manifest: a word of their names in common, or more than half of their objects shared. */
function areVersions(fileA: string, fileB: string, objectsOf: (file: string) => ReadonlySet<string>): boolean {
  const words = new Set(nameWords(fileA));
  if (nameWords(fileB).some((word) => words.has(word))) return true;
  const [a, b] = [objectsOf(fileA), objectsOf(fileB)];
  const shared = [...a].filter((key) => b.has(key)).length;
  return shared * 2 > new Set([...a, ...b]).size;
}

/** Every later definition of an object, with the earlier ones; `resources` in file order. */
export function findDuplicates(resources: readonly Resource[], isFragment: (resource: Resource) => boolean): Duplicate[] {
  const groups = new Map<string, Resource[]>();
  const objectsByFile = new Map<string, Set<string>>();
  for (const resource of resources) {
    if (resource.contextOnly || isFragment(resource)) continue;
    const key = identity(resource);
    if (!key) continue;
    push(groups, key, resource);
    const file = writtenFile(resource);
    objectsByFile.set(file, (objectsByFile.get(file) ?? new Set()).add(key));
  }
  const objectsOf = (file: string) => objectsByFile.get(file) ?? new Set<string>();
  const duplicates: Duplicate[] = [];
  for (const definitions of groups.values()) {
    definitions.forEach((resource, i) => {
      const candidates = definitions.filter((other) => other !== resource && !inOtherUnits(resource, other));
      // Written in three or more files on one folder line, an object is a catalogue of versions, not a slip.
      const filesOnLine = new Set([resource, ...candidates.filter((other) => isRelated(distance(resource, other)))].map(writtenFile));
      const placement = (earlier: Resource, d: Distance): Placement => {
        if (!isRelated(d)) return 'apart';
        if (d.nearness === 'file' || writtenFile(earlier) === writtenFile(resource)) return 'together';
        return filesOnLine.size >= 3 || areVersions(writtenFile(earlier), writtenFile(resource), objectsOf) ? 'versions' : 'together';
      };
      const earlier = definitions
        .slice(0, i)
        .filter((other) => !inOtherUnits(resource, other))
        .map((other) => {
          const d = distance(resource, other);
          return { resource: other, distance: d, placement: placement(other, d) };
        })
        // A stable sort keeps file order among equally near definitions.
        .sort(byNearness);
      if (earlier.length > 0) duplicates.push({ resource, earlier });
    });
  }
  return duplicates.sort((a, b) => (a.resource.order < b.resource.order ? -1 : a.resource.order > b.resource.order ? 1 : 0));
}
