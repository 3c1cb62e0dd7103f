/**
 * A path in a rendered object, followed in the object as written. Kustomize merges lists of named
 * items by name (strategic merge), so `volumes[2]` of the output may be `volumes[0]` of the patch
 * that added it: list items are matched by the fields that identify them, not by position.
 */
import type { JsonPath } from '../types.js';
import { isObject } from '../util/shape.js';

/** Fields that name a list item in the Kubernetes API's merge keys (containers, volumes, mounts, ports, env, claim templates). */
const IDENTITY_FIELDS = ['name', 'mountPath', 'devicePath', 'containerPort', 'key', 'ip'] as const;

export interface FollowedPath {
  /** The path as far as the written object has it, in the written object's list positions. */
  path: JsonPath;
  /** The written object has the whole path. */
  complete: boolean;
  /** The value at `path` in the written object. */
  value: unknown;
}

function identity(item: Record<string, unknown>): [string, unknown][] {
  const fields: [string, unknown][] = IDENTITY_FIELDS.flatMap((field) =>
    item[field] === undefined ? [] : [[field, item[field]] as [string, unknown]],
  );
  const metadataName = isObject(item.metadata) ? item.metadata.name : undefined;
  if (metadataName !== undefined) fields.push(['metadata.name', metadataName]);
  return fields;
}

const fieldOf = (item: Record<string, unknown>, field: string) =>
  field === 'metadata.name' ? (isObject(item.metadata) ? item.metadata.name : undefined) : item[field];

/** The position in `written` of the list item that is `rendered[index]`, or undefined when it has none. */
function writtenIndex(rendered: unknown[], written: unknown[], index: number): number | undefined {
  const item = rendered[index];
  if (!isObject(item)) return index < written.length ? index : undefined;
  const fields = identity(item);
  if (fields.length === 0) return index < written.length ? index : undefined;
  const matches = written.flatMap((candidate, i) => {
    if (!isObject(candidate)) return [];
    // Every identifying field the written item has must agree; a patch item may carry fewer fields.
    const shared = fields.filter(([field]) => fieldOf(candidate, field) !== undefined);
    return shared.length > 0 && shared.every(([field, value]) => fieldOf(candidate, field) === value) ? [i] : [];
  });
  if (matches.length === 0) return undefined;
  return matches.includes(index) ? index : matches[0];
}

/** Follows `path` of the rendered object in the written one, as far as the written one has it. */
export function followPath(rendered: unknown, written: unknown, path: JsonPath): FollowedPath {
  const followed: (string | number)[] = [];
  let renderedAt = rendered;
  let writtenAt = written;
  for (const segment of path) {
    let next: string | number | undefined;
    if (typeof segment === 'number' && Array.isArray(renderedAt) && Array.isArray(writtenAt)) {
      next = writtenIndex(renderedAt, writtenAt, segment);
    } else if (typeof segment === 'string' && isObject(writtenAt) && segment in writtenAt) {
      next = segment;
    }
    if (next === undefined) return { path: followed, complete: false, value: writtenAt };
    followed.push(next);
    renderedAt = isObject(renderedAt) || Array.isArray(renderedAt) ? (renderedAt as Record<string | number, unknown>)[segment] : undefined;
    writtenAt = (writtenAt as Record<string | number, unknown>)[next];
  }
  return { path: followed, complete: true, value: writtenAt };
}

/**
 * Whether a written scalar is what the output has: equal, or a name kustomize extended with a
 * prefix, suffix or hash (`data` written, `prod-data` rendered).
 */
export function writesValue(written: unknown, rendered: unknown): boolean {
  if (written === rendered) return true;
  return typeof written === 'string' && typeof rendered === 'string' && written !== '' && rendered.includes(written);
}
