/**
 * Files that a Kustomization in the view applies as strategic-merge patches. A patch is a partial
 * object: its pod template lacks what the base already has (volumes, containers), so rules about
 * a pod spec's completeness must not read it as a whole object.
 */
import path from 'node:path';
import type { Resource } from '../load/resource.js';
import type { Model } from './model.js';
import { objectsOf, nonEmptyString } from '../util/shape.js';

const cache = new WeakMap<Model, ReadonlySet<string>>();

function patchPaths(kustomization: Resource): string[] {
  const object = kustomization.object;
  const strategic = Array.isArray(object.patchesStrategicMerge) ? object.patchesStrategicMerge : [];
  // Inline patches are YAML text, not file names.
  const files = strategic.filter((entry): entry is string => typeof entry === 'string' && !entry.includes('\n'));
  for (const patch of objectsOf(object.patches)) {
    const file = nonEmptyString(patch.path);
    if (file) files.push(file);
  }
  const dir = path.posix.dirname(kustomization.source.file.split(path.sep).join('/'));
  return files.map((file) => path.posix.join(dir, file));
}

/** Normalised paths (as the files were given) of every patch file named by a Kustomization. */
export function kustomizePatchFiles(model: Model): ReadonlySet<string> {
  let files = cache.get(model);
  if (!files) {
    files = new Set(model.ofKind('Kustomization').flatMap(patchPaths));
    cache.set(model, files);
  }
  return files;
}

export const isKustomizePatch = (model: Model, resource: Resource) =>
  kustomizePatchFiles(model).has(path.posix.normalize(resource.source.file.split(path.sep).join('/')));
