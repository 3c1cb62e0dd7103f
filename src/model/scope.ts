/**
 * Where an object was written, and how near two objects are in the folder tree. A repository holds
 * many things that are never applied together (a book's chapters, a driver's examples, overlays for
 * two environments), so when a name is defined more than once the definition nearest the reference
 * is the one the author meant: same file, then same folder, then an ancestor folder, then a
 * descendant (a base beside its user), then anywhere else, sharing the deepest ancestor first.
 */
import path from 'node:path';
import type { Resource } from '../load/resource.js';

/** How related two places are; lower is nearer. `elsewhere` objects share no folder line. */
export const NEARNESS = ['file', 'folder', 'ancestor', 'descendant', 'elsewhere'] as const;
export type Nearness = (typeof NEARNESS)[number];

/** Nearness and, within it, how many folder steps apart (for ancestors, descendants and the rest). */
export interface Distance {
  nearness: Nearness;
  steps: number;
  /** Folders to climb from the referrer to the nearest common ancestor. */
  up: number;
}

/** Where one object is written; computed once per object (resources are never changed after loading). */
interface Place {
  file: string;
  folder: string;
  segments: readonly string[];
}

const places = new WeakMap<Resource, Place>();

function place(resource: Resource): Place {
  let known = places.get(resource);
  if (!known) {
    const { source } = resource;
    // Kustomize output is placed at the file the object came from, Helm output at its template.
    const file = path.resolve(source.origin?.file ?? source.renderedFrom?.file ?? source.file);
    // A rendered kustomization's objects belong to its folder: its base files are shared by every overlay.
    const folder = source.unit ? path.resolve(source.unit) : path.dirname(file);
    known = { file, folder, segments: folder.split(path.sep).filter(Boolean) };
    places.set(resource, known);
  }
  return known;
}

/** The file an object is written in, as the user sees it. */
export const writtenFile = (resource: Resource): string => place(resource).file;

/** The folder that places an object among others. */
export const placeOf = (resource: Resource): string => place(resource).folder;

/** The distance from the object that refers to the one it may mean. */
export function distance(from: Resource, to: Resource): Distance {
  const unitFrom = from.source.unit;
  const unitTo = to.source.unit;
  // One rendered kustomization is one unit: what it renders is applied together, whatever the files.
  if (unitFrom !== undefined && unitFrom === unitTo) return { nearness: 'folder', steps: 0, up: 0 };
  const a = place(from);
  const b = place(to);
  if (unitFrom === undefined && unitTo === undefined && a.file === b.file) return { nearness: 'file', steps: 0, up: 0 };
  let common = 0;
  while (common < a.segments.length && common < b.segments.length && a.segments[common] === b.segments[common]) common++;
  const up = a.segments.length - common;
  const down = b.segments.length - common;
  if (up === 0 && down === 0) return { nearness: 'folder', steps: 0, up };
  if (down === 0) return { nearness: 'ancestor', steps: up, up };
  if (up === 0) return { nearness: 'descendant', steps: down, up };
  return { nearness: 'elsewhere', steps: up * 1000 + down, up };
}

const compare = (a: Distance, b: Distance) => NEARNESS.indexOf(a.nearness) - NEARNESS.indexOf(b.nearness) || a.steps - b.steps;

/**
 * Plausibly applied together: a line of folders joins them (same file, folder, ancestor, descendant).
 * Sibling folders may be one application's parts (`k8s/app`, `k8s/db`) or a book's chapters; nothing in
 * the tree tells them apart, so they count as unrelated and evidence found there makes a warning at most.
 */
export const isRelated = (d: Distance) => d.nearness !== 'elsewhere';

/**
 * The candidates nearest the referrer, all of them when several are equally near. Candidates with no
 * object (what every cluster has, the configuration's default class) count as farthest of all.
 */
export function nearest<T>(from: Resource, candidates: readonly T[], resourceOf: (candidate: T) => Resource | undefined): T[] {
  if (candidates.length < 2) return [...candidates];
  let best: Distance | undefined;
  let chosen: T[] = [];
  let placed = 0;
  // Copies of one object are usually written in few places: measure each place once.
  const byPlace = new Map<Place, Distance>();
  for (const candidate of candidates) {
    const resource = resourceOf(candidate);
    if (!resource) continue;
    placed++;
    const where = place(resource);
    let d = resource.source.unit === undefined ? byPlace.get(where) : undefined;
    if (!d) {
      d = distance(from, resource);
      if (resource.source.unit === undefined) byPlace.set(where, d);
    }
    const order = best === undefined ? -1 : compare(d, best);
    if (order < 0) {
      best = d;
      chosen = [candidate];
    } else if (order === 0) chosen.push(candidate);
  }
  return placed === 0 ? [...candidates] : chosen;
}
