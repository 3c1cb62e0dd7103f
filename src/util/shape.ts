/**
 * Manifests are written by hand: any field can have any shape. These guards let the model and the
 * rules read them without trusting the types, so a malformed field is skipped, never a crash.
 */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a list field; anything else (absent, null, a string) is an empty list. */
export function objectsOf<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isObject) as T[]) : [];
}

/** Indexed objects of a list field: the index is needed to point at the element. */
export function indexedObjectsOf<T = Record<string, unknown>>(value: unknown): [T, number][] {
  if (!Array.isArray(value)) return [];
  const out: [T, number][] = [];
  value.forEach((item, index) => {
    if (isObject(item)) out.push([item as T, index]);
  });
  return out;
}

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const nonEmptyString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
export const objectOf = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});
