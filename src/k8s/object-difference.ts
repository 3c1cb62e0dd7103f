/**
 * Where two written copies of a value first differ, as the API server would compare them
 * (apiequality.Semantic.DeepEqual): quantities by value (`1Gi` equals `1024Mi`), everything else by
 * type and value. In `defaults` mode a field written on one side only is no difference when what it
 * says is what the server fills in anyway (`volumeMode: Filesystem`, `readOnly: false`, `{}`), so
 * that spelling out a default is not mistaken for a change.
 */
import type { JsonPath } from '../types.js';
import { isObject } from '../util/shape.js';
import { compareQuantities, parseQuantity } from './quantity.js';

export interface Difference {
  path: JsonPath;
  /** The value in the first copy; undefined where it does not write the field. */
  before: unknown;
  after: unknown;
}

/** Server-side defaults of fields that the compared parts of objects hold, by field name. */
const KNOWN_DEFAULTS: Readonly<Record<string, unknown>> = {
  volumeMode: 'Filesystem',
  podManagementPolicy: 'OrderedReady',
  reclaimPolicy: 'Delete',
  volumeBindingMode: 'Immediate',
  completionMode: 'NonIndexed',
  protocol: 'TCP',
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  dnsPolicy: 'ClusterFirst',
  schedulerName: 'default-scheduler',
  defaultMode: 420,
};

/** A value that decodes to the field's zero value, or to the default the server would set. */
function isDefaultValue(key: string | number | undefined, value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.values(value).every((inner) => isDefaultValue(undefined, inner));
  return typeof key === 'string' && KNOWN_DEFAULTS[key] === value;
}

/** Quantities live under resources, capacity and storage; elsewhere `1.0` and `1` are different strings. */
const QUANTITY_KEYS = new Set(['requests', 'limits', 'capacity', 'storage']);
const isQuantityPath = (path: JsonPath) => path.some((segment) => typeof segment === 'string' && QUANTITY_KEYS.has(segment));

function sameScalar(path: JsonPath, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isQuantityPath(path)) return false;
  const [left, right] = [parseQuantity(a), parseQuantity(b)];
  return left.ok && right.ok && compareQuantities(left.quantity, right.quantity) === 0;
}

/**
 * The first place, in the later copy's field order, where the two differ; undefined when they are
 * the same. `path` is where the values sit, so that the difference is reported with its full path.
 */
export function firstDifference(
  before: unknown,
  after: unknown,
  options: { defaults?: boolean } = {},
  path: JsonPath = [],
): Difference | undefined {
  const key = path[path.length - 1];
  const [beforeUnset, afterUnset] = [before === undefined || before === null, after === undefined || after === null];
  // `creationTimestamp: null` and no creationTimestamp decode alike.
  if (beforeUnset && afterUnset) return undefined;
  if (options.defaults && beforeUnset !== afterUnset) return isDefaultValue(key, before ?? after) ? undefined : { path, before, after };
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const field of keys) {
      const found = firstDifference(before[field], after[field], options, [...path, field]);
      if (found) return found;
    }
    return undefined;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= before.length || i >= after.length) return { path: [...path, i], before: before[i], after: after[i] };
      const found = firstDifference(before[i], after[i], options, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  return sameScalar(path, before, after) ? undefined : { path, before, after };
}

/** `spec.volumeClaimTemplates[0].spec.storageClassName`, as kubectl names fields. */
export function fieldName(path: JsonPath): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

/** A value as a message shows it: `'fast'`, `10Gi`, `[ReadWriteOnce]`, `{app: db}`, or "not set". */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  if (typeof value === 'string') {
    // A multi-line value (a config file in a ConfigMap) is shown as one short line.
    const text = value.replace(/\s+/g, ' ').trim();
    return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
  }
  if (typeof value !== 'object') return String(value);
  const text = Array.isArray(value)
    ? `[${value.map((item) => (typeof item === 'object' && item !== null ? describeValue(item) : String(item))).join(', ')}]`
    : `{${Object.entries(value)
        .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? describeValue(v) : String(v)}`)
        .join(', ')}}`;
  return text.length > 60 ? `${text.slice(0, 57)}…${text.startsWith('[') ? ']' : '}'}` : text;
}
