import type { JsonPath } from '../types.js';

/** The value at a path in a hand-written object, or undefined where the path leaves the object. */
export function getIn(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
