import { isObject } from '../util/shape.js';
import type { JsonPath } from '../types.js';

export type JsonSchema = { [key: string]: unknown };

/** A schema with its `#/definitions/…` reference followed, within the document `root`. */
export function deref(root: JsonSchema, schema: unknown): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
    const name = current.$ref.replace(/^#\/definitions\//, '');
    current = objectAt(root.definitions, name);
  }
  return isObject(current) ? current : undefined;
}

const objectAt = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** The schema of one step down: a property, a map value or a list item. */
export function childSchema(root: JsonSchema, schema: JsonSchema | undefined, segment: string | number): JsonSchema | undefined {
  if (!schema) return undefined;
  if (typeof segment === 'number') return deref(root, schema.items);
  const property = objectAt(schema.properties, segment);
  if (property !== undefined) return deref(root, property);
  return isObject(schema.additionalProperties) ? deref(root, schema.additionalProperties) : undefined;
}

export function schemaAt(root: JsonSchema, path: JsonPath): JsonSchema | undefined {
  let schema = deref(root, root);
  for (const segment of path) schema = childSchema(root, schema, segment);
  return schema;
}

/** Field names an object schema allows, when it lists them (maps have none). */
export const propertyNames = (schema: JsonSchema | undefined): string[] =>
  schema && isObject(schema.properties) ? Object.keys(schema.properties) : [];

/** The object schema of a field, seen through a list: `volumes` → the schema of one volume. */
export function elementSchema(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  return schema?.type === 'array' ? deref(root, schema.items) : schema;
}
