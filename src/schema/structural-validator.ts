import type { ErrorObject } from 'ajv';
import { isObject } from '../util/shape.js';
import type { JsonSchema } from './schema-walk.js';
import type { Validator } from './validators.js';

/**
 * Validates against the reduced CRD schemas of `structuralSchema` (type, enum, required, properties,
 * additionalProperties, items) by walking the schema, with the errors ajv (allErrors) gives for them.
 * Compiling each CRD with ajv cost more than the whole rest of the lint (seconds for a few dozen
 * large operator CRDs that are each used by a handful of objects); walking costs nothing up front.
 */
export function structuralValidator(schema: JsonSchema): Validator {
  const validate: Validator = (data) => {
    const errors: ErrorObject[] = [];
    check(schema, data, '', errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function error(keyword: string, instancePath: string, params: Record<string, unknown>): ErrorObject {
  return { instancePath, schemaPath: '', keyword, params };
}

function hasType(type: unknown, data: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'string':
      return typeof data === 'string';
    case 'number':
      return typeof data === 'number';
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    default:
      return true;
  }
}

const hasObjectKeywords = (schema: JsonSchema) =>
  schema.required !== undefined || schema.properties !== undefined || schema.additionalProperties !== undefined;

function check(schema: JsonSchema, data: unknown, at: string, errors: ErrorObject[]) {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const typeOk = types.length === 0 || types.some((type) => hasType(type, data));
  // ajv's order: a lone type with keywords of its own is checked after the untyped keywords (enum).
  const late =
    types.length === 1 && ((types[0] === 'object' && hasObjectKeywords(schema)) || (types[0] === 'array' && schema.items !== undefined));
  if (!typeOk && !late) errors.push(error('type', at, { type: schema.type }));
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => allowed === data)) {
    errors.push(error('enum', at, { allowedValues: schema.enum }));
  }
  if (hasType('object', data)) checkObject(schema, data as Record<string, unknown>, at, errors);
  else if (Array.isArray(data) && isObject(schema.items)) {
    const items = schema.items;
    data.forEach((item, i) => check(items, item, `${at}/${i}`, errors));
  }
  if (!typeOk && late) errors.push(error('type', at, { type: schema.type }));
}

function checkObject(schema: JsonSchema, data: Record<string, unknown>, at: string, errors: ErrorObject[]) {
  const properties = isObject(schema.properties) ? schema.properties : {};
  // Inherited names count as present, as in ajv's generated `data.name !== undefined`.
  if (Array.isArray(schema.required)) {
    for (const field of schema.required)
      if (data[field as string] === undefined) errors.push(error('required', at, { missingProperty: field }));
  }
  const additional = schema.additionalProperties;
  if (additional === false || isObject(additional)) {
    for (const key in data) {
      if (Object.hasOwn(properties, key)) continue;
      if (additional === false) errors.push(error('additionalProperties', at, { additionalProperty: key }));
      else check(additional, data[key], `${at}/${escapePointer(key)}`, errors);
    }
  }
  for (const [name, child] of Object.entries(properties)) {
    if (data[name] !== undefined && isObject(child)) check(child, data[name], `${at}/${escapePointer(name)}`, errors);
  }
}
