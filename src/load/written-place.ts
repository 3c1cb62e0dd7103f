/**
 * Where a field of a kustomize-rendered object was written. The output is not what anyone edits;
 * the base file and the patches are. A field goes to the last patch that writes its value, else to
 * the object as written in its origin file. A field written nowhere (set by a transformer such as
 * `namespace:`, or by a JSON 6902 patch) goes to its parent when the origin object has the parent (a
 * missing field, located as in a plain file), and otherwise to the object's `metadata.name` line in
 * the origin file: the object is named there, and the line its name is on is where a reader looks.
 */
import type { JsonPath } from '../types.js';
import { getIn } from '../util/get-in.js';
import type { OriginSource, ResourceSource } from './resource.js';
import { followPath, writesValue } from './written-path.js';

export interface WrittenPlace {
  source: ResourceSource;
  path: JsonPath;
  /** The path is written there with exactly the rendered value, so its spelling is the user's. */
  exact: boolean;
}

const NAME_PATH: JsonPath = ['metadata', 'name'];

/** A patch's apiVersion, kind, name and namespace select the object it patches; they write nothing. */
const selectsObject = (path: JsonPath) =>
  (path.length === 1 && (path[0] === 'apiVersion' || path[0] === 'kind')) ||
  (path.length === 2 && path[0] === 'metadata' && (path[1] === 'name' || path[1] === 'namespace'));

export function writtenPlace(rendered: ResourceSource, origin: OriginSource, path: JsonPath): WrittenPlace {
  if (origin.pinned) return { source: origin, path: [], exact: false };
  const object = getIn(rendered.document.value, rendered.basePath);
  const value = getIn(object, path);
  const scalar = value === null || typeof value !== 'object';
  const follow = (source: ResourceSource) => followPath(object, getIn(source.document.value, source.basePath), path);
  const place = (source: ResourceSource, followed: ReturnType<typeof follow>): WrittenPlace => ({
    source,
    path: followed.path,
    exact: followed.complete && scalar && followed.value === value,
  });
  // Last applied first: the patch that wrote the value the output has.
  const patches = [...origin.patches].reverse().map((patch) => ({ patch, followed: follow(patch) }));
  if (scalar && !selectsObject(path)) {
    const writer = patches.find(({ followed }) => followed.complete && writesValue(followed.value, value));
    if (writer) return place(writer.patch, writer.followed);
  }
  const written = follow(origin);
  if (written.complete) return place(origin, written);
  const adder = patches.find(({ followed }) => followed.complete);
  if (adder) return place(adder.patch, adder.followed);
  if (written.path.length === path.length - 1) return place(origin, written);
  const parent = patches.find(({ followed }) => followed.path.length === path.length - 1);
  if (parent) return place(parent.patch, parent.followed);
  return { source: origin, path: NAME_PATH, exact: false };
}
