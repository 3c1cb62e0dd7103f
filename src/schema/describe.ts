import type { JsonPath } from '../types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `['spec', 'volumes', 0, 'name']` → `spec.volumes[0].name`; odd keys are quoted: `data["app.conf"]`. */
export function pathText(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(the object)';
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  null: 'null',
};

/** ajv's `type` param (`['integer', 'string']`) in words: "an integer or a string". */
export const expectedText = (types: readonly string[]) => types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');

export function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** What a value is, for "must be X, not Y": `a string ("660")`, `a number (8080)`, `a list`. */
export function actualText(value: unknown, written: string | undefined): string {
  const type = jsonType(value);
  const name = TYPE_NAMES[type] ?? type;
  if (type === 'array' || type === 'object') return name;
  return `${name} (${written ?? JSON.stringify(value)})`;
}

/** `['a', 'b']` → `'a', 'b'`. */
export const quotedList = (values: readonly unknown[]) => values.map((v) => `'${String(v)}'`).join(', ');

/** Nothing for built-in kinds; names the CRD when a custom resource's schema came from one. */
export const originText = (origin: string) => (origin === 'built-in' ? '' : ` (schema from ${origin})`);
