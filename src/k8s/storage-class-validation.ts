import type { JsonPath } from '../types.js';
import { isObject } from '../util/shape.js';
import { isQualifiedName } from './names.js';

/**
 * ValidateStorageClass (pkg/apis/storage/validation/validation.go) for the fields a manifest gets
 * wrong: provisioner, reclaimPolicy, volumeBindingMode, parameters, allowedTopologies. The name is
 * left to the generic name rules.
 */
export interface StorageClassProblem {
  path: JsonPath;
  message: string;
  fix?: string;
}

export const RECLAIM_POLICIES = ['Delete', 'Retain'] as const;
export const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'] as const;
export const MAX_PARAMETERS = 512;
export const MAX_PARAMETERS_BYTES = 256 * 1024;

const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

function provisionerProblems(provisioner: unknown): StorageClassProblem[] {
  if (typeof provisioner !== 'string' || provisioner === '') {
    return [
      {
        path: ['provisioner'],
        message: 'provisioner is required',
        fix: 'provisioner: <CSI driver name>, or kubernetes.io/no-provisioner for static volumes',
      },
    ];
  }
  // Upstream lower-cases before checking, so `Example.com/Foo` passes but spaces or `//` do not.
  return isQualifiedName(provisioner.toLowerCase())
    ? []
    : [{ path: ['provisioner'], message: `provisioner ${quote(provisioner)} is not a qualified name ([prefix/]name)` }];
}

function enumProblems(object: Record<string, unknown>, field: string, allowed: readonly string[]): StorageClassProblem[] {
  const value = object[field];
  if (value === undefined || value === null || (typeof value === 'string' && allowed.includes(value))) return [];
  const hint = field === 'reclaimPolicy' && value === 'Recycle' ? ' (Recycle is not allowed for StorageClasses)' : '';
  return [
    {
      path: [field],
      message: `${field} ${quote(value)} is not supported; use ${allowed.join(' or ')}${hint}`,
      fix: `${field}: ${allowed[0]}`,
    },
  ];
}

function parameterProblems(parameters: unknown): StorageClassProblem[] {
  if (!isObject(parameters)) return [];
  const problems: StorageClassProblem[] = [];
  const entries = Object.entries(parameters);
  if (entries.length > MAX_PARAMETERS)
    problems.push({ path: ['parameters'], message: `parameters has ${entries.length} keys; at most ${MAX_PARAMETERS} are allowed` });
  let bytes = 0;
  for (const [key, value] of entries) {
    if (key === '') problems.push({ path: ['parameters', key], message: 'parameters may not have an empty key' });
    bytes += Buffer.byteLength(key) + Buffer.byteLength(typeof value === 'string' ? value : String(value ?? ''));
  }
  if (bytes > MAX_PARAMETERS_BYTES)
    problems.push({ path: ['parameters'], message: `parameters total ${bytes} bytes; at most ${MAX_PARAMETERS_BYTES} are allowed` });
  return problems;
}

/** A term as the validator compares it: key → set of values, so order inside a term does not matter. */
function termKey(term: Record<string, unknown>, path: JsonPath, problems: StorageClassProblem[]): string {
  const expressions = Array.isArray(term.matchLabelExpressions) ? term.matchLabelExpressions : [];
  const byKey = new Map<string, string[]>();
  expressions.forEach((expression, index) => {
    if (!isObject(expression)) return;
    const at = [...path, 'matchLabelExpressions', index];
    const key = typeof expression.key === 'string' ? expression.key : '';
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    if (!isQualifiedName(key))
      problems.push({ path: [...at, 'key'], message: `topology key ${quote(expression.key)} is not a qualified name` });
    if (values.length === 0) problems.push({ path: [...at, 'values'], message: `topology key ${quote(key)} must list at least one value` });
    if (new Set(values).size !== values.length)
      problems.push({ path: [...at, 'values'], message: `topology key ${quote(key)} lists a value twice` });
    if (byKey.has(key)) problems.push({ path: [...at, 'key'], message: `topology key ${quote(key)} appears twice in one term` });
    byKey.set(key, [...new Set(values)].sort());
  });
  return JSON.stringify([...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function topologyProblems(topologies: unknown): StorageClassProblem[] {
  if (!Array.isArray(topologies)) return [];
  const problems: StorageClassProblem[] = [];
  const seen = new Map<string, number>();
  topologies.forEach((term, index) => {
    if (!isObject(term)) return;
    const key = termKey(term, ['allowedTopologies', index], problems);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        path: ['allowedTopologies', index],
        message: `allowedTopologies[${index}] duplicates allowedTopologies[${first}]`,
        fix: `remove allowedTopologies[${index}]`,
      });
    else seen.set(key, index);
  });
  return problems;
}

export function storageClassProblems(storageClass: Record<string, unknown>): StorageClassProblem[] {
  return [
    ...provisionerProblems(storageClass.provisioner),
    ...enumProblems(storageClass, 'reclaimPolicy', RECLAIM_POLICIES),
    ...enumProblems(storageClass, 'volumeBindingMode', BINDING_MODES),
    ...parameterProblems(storageClass.parameters),
    ...topologyProblems(storageClass.allowedTopologies),
  ];
}
