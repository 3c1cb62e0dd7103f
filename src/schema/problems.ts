import type { ErrorObject } from 'ajv';
import { closest } from '../k8s/names.js';
import type { Resource } from '../load/resource.js';
import { isObject } from '../util/shape.js';
import type { JsonPath } from '../types.js';
import { crdSchemas } from './crd.js';
import { isPatchDirective } from '../k8s/strategic-merge.js';
import { isPlaceholderValue } from '../k8s/placeholders.js';
import { childSchema, elementSchema, propertyNames, schemaAt, type JsonSchema } from './schema-walk.js';
import { builtinSchema, gvkOf, type KindSchema } from './validators.js';

interface ProblemBase {
  resource: Resource;
  /** Path of the offending key or value inside resource.object. */
  path: JsonPath;
  /** 'built-in' or the CustomResourceDefinition that gave the schema. */
  origin: string;
}

export type SchemaProblem = ProblemBase &
  (
    | { kind: 'unknown-field'; field: string; suggestion?: string; belongsAt?: JsonPath }
    | { kind: 'type'; expected: readonly string[]; value: unknown }
    | { kind: 'required'; field: string }
    | { kind: 'enum'; value: unknown; allowed: readonly unknown[] }
  );

export interface SchemaCheck {
  problems: readonly SchemaProblem[];
  /** Objects checked against a schema, and objects of kinds with none (custom resources without a CRD, other API groups). */
  validated: number;
  skipped: number;
}

/** Every object against its kind's schema; fragments (patches) are not asked for required fields. */
export function runSchemaCheck(resources: readonly Resource[], isFragment: (resource: Resource) => boolean): SchemaCheck {
  const custom = crdSchemas(resources);
  const problems: SchemaProblem[] = [];
  let validated = 0;
  let skipped = 0;
  for (const resource of resources) {
    // A document with YAML errors holds whatever the parser recovered; yaml-syntax reports it.
    if (resource.source.document.hasErrors) continue;
    // A CRD in the input describes the cluster the user deploys to: it wins over kstorelint's copy.
    const kindSchema = custom.get(gvkOf(resource.apiVersion, resource.kind)) ?? builtinSchema(resource.apiVersion, resource.kind);
    if (!kindSchema) {
      skipped++;
      continue;
    }
    validated++;
    const instance = withoutNullFields(resource.object);
    if (kindSchema.validate(instance)) continue;
    for (const error of kindSchema.validate.errors ?? []) {
      const problem = toProblem(error, resource, instance, kindSchema);
      if (problem && !(problem.kind === 'required' && isFragment(resource))) problems.push(problem);
    }
  }
  return { problems, validated, skipped };
}

/**
 * The API server reads `field: null` as "not set" (and a null map value as ""), so null fields are
 * dropped before validation: an optional field may be null, a required one is then missing.
 */
export function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFields);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (child !== null) out[key] = withoutNullFields(child);
  return out;
}

/** A JSON pointer of ajv as a path; list indexes become numbers as the locator expects. */
function pointerPath(pointer: string, instance: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = instance;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) ? Number(segment) : segment;
    path.push(step);
    node = Array.isArray(node) ? node[step as number] : isObject(node) ? node[segment] : undefined;
  }
  return path;
}

function valueAt(instance: unknown, path: JsonPath): unknown {
  let node = instance;
  for (const segment of path) node = Array.isArray(node) ? node[segment as number] : isObject(node) ? node[String(segment)] : undefined;
  return node;
}

function toProblem(error: ErrorObject, resource: Resource, instance: unknown, kindSchema: KindSchema): SchemaProblem | undefined {
  const at = pointerPath(error.instancePath, instance);
  const base = { resource, origin: kindSchema.origin };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      // A mapping used as a key (`{{ X }}: v`) is template residue, not a misspelt field.
      if (/^[[{]/.test(field) || isPatchDirective(field)) return undefined;
      return { ...base, kind: 'unknown-field', path: [...at, field], field, ...whereItBelongs(kindSchema.schema(), at, field, instance) };
    }
    // Unrendered templates that still parse as YAML (`name: {{ name }}` is a map keyed by a map) and
    // placeholders someone substitutes (`port: ${PORT:-80}`, `lun: <ADD LUN ID Here>`, `port: PORT`):
    // the template, not the schema, is the problem there.
    case 'type':
      if (isPlaceholderValue(valueAt(resource.object, at))) return undefined;
      return { ...base, kind: 'type', path: at, expected: String(params.type).split(','), value: valueAt(instance, at) };
    case 'required': {
      const field = String(params.missingProperty);
      return { ...base, kind: 'required', path: [...at, field], field };
    }
    case 'enum':
      if (isPlaceholderValue(valueAt(resource.object, at))) return undefined;
      return {
        ...base,
        kind: 'enum',
        path: at,
        value: valueAt(instance, at),
        allowed: Array.isArray(params.allowedValues) ? params.allowedValues : [],
      };
    default:
      return undefined;
  }
}

/**
 * For an unknown field: a spelling it probably meant (`readonly` → `readOnly`), or else the object
 * next to it that has a field of that name (a top-level `serviceName` belongs in `spec`), or else
 * the closest allowed name.
 */
export function whereItBelongs(
  root: JsonSchema,
  objectPath: JsonPath,
  field: string,
  instance: unknown,
): { suggestion?: string; belongsAt?: JsonPath } {
  const here = schemaAt(root, objectPath);
  const allowed = propertyNames(here);
  const sameLetters = allowed.find((name) => name.toLowerCase() === field.toLowerCase());
  if (sameLetters) return { suggestion: sameLetters };
  const inChild = containerHaving(root, here, objectPath, field, instance);
  if (inChild) return { belongsAt: inChild };
  // Siblings: the fields of the object one level up (past a list index).
  const up = typeof objectPath.at(-1) === 'number' ? objectPath.slice(0, -2) : objectPath.slice(0, -1);
  if (objectPath.length > 0) {
    const inSibling = containerHaving(root, schemaAt(root, up), up, field, instance, objectPath[up.length]);
    if (inSibling) return { belongsAt: inSibling };
  }
  const suggestion = closest(field, allowed);
  return suggestion ? { suggestion } : {};
}

/**
 * A field of the object at `path`, present in the manifest, whose schema (or list element's) has
 * `field`: only objects the author wrote, so the hint never invents a volume source.
 */
function containerHaving(
  root: JsonSchema,
  schema: JsonSchema | undefined,
  path: JsonPath,
  field: string,
  instance: unknown,
  except?: string | number,
): JsonPath | undefined {
  const present = valueAt(instance, path);
  if (!isObject(present)) return undefined;
  for (const name of propertyNames(schema)) {
    if (name === except || present[name] === undefined) continue;
    const child = childSchema(root, schema, name);
    const element = elementSchema(root, child);
    if (propertyNames(element).includes(field)) return child?.type === 'array' ? [...path, name, 0, field] : [...path, name, field];
  }
  return undefined;
}
