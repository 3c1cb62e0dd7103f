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

/**
 * The file an object is written in, as the user sees it: kustomize output is placed at the file the
 * object came from, Helm output at its template.
 */
export function writtenFile(resource: Resource): string {
  const { source } = resource;
  return path.resolve(source.origin?.file ?? source.renderedFrom?.file ?? source.file);
}

/**
 * The folder that places an object among others: a rendered kustomization's objects belong to the
 * kustomization's folder (its base files are shared by every overlay), others to their file's folder.
 */
export function placeOf(resource: Resource): string {
  const unit = resource.source.unit;
  return unit ? path.resolve(unit) : path.dirname(writtenFile(resource));
}

const segments = (folder: string) => folder.split(path.sep).filter(Boolean);

/** The distance from the object that refers to the one it may mean. */
export function distance(from: Resource, to: Resource): Distance {
  const unitFrom = from.source.unit;
  const unitTo = to.source.unit;
  // One rendered kustomization is one unit: what it renders is applied together, whatever the files.
  if (unitFrom !== undefined && unitFrom === unitTo) return { nearness: 'folder', steps: 0, up: 0 };
  if (unitFrom === undefined && unitTo === undefined && writtenFile(from) === writtenFile(to)) return { nearness: 'file', steps: 0, up: 0 };
  const a = segments(placeOf(from));
  const b = segments(placeOf(to));
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.length - common;
  const down = b.length - common;
  if (up === 0 && down === 0) return { nearness: 'folder', steps: 0, up };
  if (down === 0) return { nearness: 'ancestor', steps: up, up };
  if (up === 0) return { nearness: 'descendant', steps: down, up };
  return { nearness: 'elsewhere', steps: up * 1000 + down, up };
}

const compare = (a: Distance, b: Distance) => NEARNESS.indexOf(a.nearness) - NEARNESS.indexOf(b.nearness) || a.steps - b.steps;

/**
 * Plausibly applied together: a line of folders joins them (same file, folder, ancestor, descendant),
 * or they are cousins under the referrer's parent folder (`k8s/app` and `k8s/db`). Farther apart
 * (a book's chapters, a driver's separate examples) they are taken for alternatives.
 */
export const isRelated = (d: Distance) => d.nearness !== 'elsewhere' || d.up <= 1;

/**
 * The candidates nearest the referrer, all of them when several are equally near. Candidates with no
 * object (what every cluster has, the configuration's default class) count as farthest of all.
 */
export function nearest<T>(from: Resource, candidates: readonly T[], resourceOf: (candidate: T) => Resource | undefined): T[] {
  if (candidates.length < 2) return [...candidates];
  let best: Distance | undefined;
  let chosen: T[] = [];
  const placed: T[] = [];
  for (const candidate of candidates) {
    const resource = resourceOf(candidate);
    if (!resource) continue;
    placed.push(candidate);
    const d = distance(from, resource);
    const order = best === undefined ? -1 : compare(d, best);
    if (order < 0) {
      best = d;
      chosen = [candidate];
    } else if (order === 0) chosen.push(candidate);
  }
  return placed.length === 0 ? [...candidates] : chosen;
}
