import { parseYaml } from '../../src/load/parse.js';

/**
 * A YAML front end as the parity tests see it: a file's text in, its documents out, each with the
 * value kubectl would send or the reason it cannot be read. Any front end can be put to the test
 * with an adapter of this shape.
 */
export type FrontEndDocument = { ok: true; value: unknown } | { ok: false; error: string };
export type FrontEnd = (text: string) => FrontEndDocument[];

const BOM = '\uFEFF';

/**
 * kstorelint's front end (src/load/parse.ts), with the BOM dropped as src/load/load.ts does. A
 * document it refuses is one no rule sees: yaml-syntax reports it, or yaml-alias-bomb and
 * helm-template-unrendered where they say more.
 */
export const kstorelintFrontEnd: FrontEnd = (text) => {
  const parsed = parseYaml(text.startsWith(BOM) ? text.slice(1) : text);
  return parsed.documents.map((document) =>
    document.usable ? { ok: true, value: document.value } : { ok: false, error: `${document.error?.code}: ${document.error?.message}` },
  );
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The first place where a front end's value differs from the JSON kubectl sends, or undefined when
 * they are equal. Anything JSON cannot carry (Infinity, a Date, a Map, binary data) is a difference.
 */
export function jsonDifference(expected: unknown, actual: unknown, at = '$'): string | undefined {
  if (expected === null || typeof expected !== 'object') {
    return actual === expected ? undefined : `${at}: expected ${JSON.stringify(expected)}, got ${describe(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${describe(actual)}`;
    if (actual.length !== expected.length) return `${at}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const difference = jsonDifference(expected[i], actual[i], `${at}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (!isPlainObject(actual)) return `${at}: expected an object, got ${describe(actual)}`;
  const expectedObject = expected as Record<string, unknown>;
  const keys = Object.keys(expectedObject);
  const extra = Object.keys(actual).filter((key) => !Object.hasOwn(expectedObject, key));
  if (extra.length > 0) return `${at}: unexpected keys ${JSON.stringify(extra)}`;
  for (const key of keys) {
    if (!Object.hasOwn(actual, key)) return `${at}: missing key ${JSON.stringify(key)}`;
    const difference = jsonDifference(expectedObject[key], actual[key], `${at}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined || typeof value === 'bigint' || typeof value === 'function') return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(value))
    return `a ${value.constructor?.name ?? 'strange object'}`;
  return JSON.stringify(value)?.slice(0, 80) ?? String(value);
}
