import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import type { Resource } from '../load/resource.js';
import { isObject, nonEmptyString, objectOf, objectsOf } from '../util/shape.js';
import type { JsonSchema } from './schema-walk.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { structuralValidator } from './structural-validator.js';
import { gvkOf, type KindSchema, type Validator } from './validators.js';

const require = createRequire(import.meta.url);

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/**
 * A CRD's openAPIV3Schema reduced to what the schema rules check: types, fields, required, enums.
 * Value validations (pattern, minimum, CEL rules, oneOf) are left to the API server. Unknown fields
 * are rejected like the server's strict field validation does (it prunes them otherwise), except
 * where `x-kubernetes-preserve-unknown-fields` keeps them.
 */
export function structuralSchema(source: unknown): JsonSchema {
  if (!isObject(source)) return {};
  const out: JsonSchema = {};
  if (source['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string'];
  else if (typeof source.type === 'string' && TYPES.has(source.type)) out.type = source.type;
  if (Array.isArray(source.enum) && source.enum.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) out.enum = source.enum;
  if (Array.isArray(source.required)) out.required = source.required.filter((r): r is string => typeof r === 'string');
  if (isObject(source.properties)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, child] of Object.entries(source.properties)) properties[name] = structuralSchema(child);
    // An embedded object (e.g. a pod template in a CR) is a Kubernetes object: TypeMeta and ObjectMeta are implied.
    if (source['x-kubernetes-embedded-resource'] === true) {
      for (const name of ['apiVersion', 'kind']) properties[name] ??= { type: 'string' };
      properties.metadata ??= { type: 'object' };
    }
    out.properties = properties;
    if (
      Object.keys(properties).length > 0 &&
      source['x-kubernetes-preserve-unknown-fields'] !== true &&
      !isObject(source.additionalProperties)
    ) {
      out.additionalProperties = false;
    }
  }
  if (isObject(source.additionalProperties)) out.additionalProperties = structuralSchema(source.additionalProperties);
  if (isObject(source.items)) out.items = structuralSchema(source.items);
  return out;
}

/** The schema a custom resource is checked against: status is the server's, metadata is ObjectMeta. */
function customResourceSchema(openAPIV3Schema: unknown): JsonSchema {
  const schema = structuralSchema(openAPIV3Schema);
  const properties = objectOf(schema.properties);
  schema.properties = {
    ...properties,
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    ...(properties.status ? { status: {} } : {}),
  };
  return schema;
}

/** `apiVersion/kind` → its schema, for every version of every CustomResourceDefinition given. */
export function crdSchemas(resources: readonly Resource[]): Map<string, KindSchema> {
  const out = new Map<string, KindSchema>();
  for (const crd of resources) {
    if (crd.kind !== 'CustomResourceDefinition' || !crd.apiVersion.startsWith('apiextensions.k8s.io/')) continue;
    const spec = objectOf(crd.object.spec);
    const group = nonEmptyString(spec.group);
    const kind = nonEmptyString(objectOf(spec.names).kind);
    if (!group || !kind) continue;
    // v1beta1 CRDs could give one schema for all versions in spec.validation.
    const shared = objectOf(spec.validation).openAPIV3Schema;
    const versions = objectsOf(spec.versions).map((v) => ({
      name: nonEmptyString(v.name),
      schema: objectOf(v.schema).openAPIV3Schema ?? shared,
    }));
    if (versions.length === 0 && nonEmptyString(spec.version)) versions.push({ name: nonEmptyString(spec.version), schema: shared });
    for (const version of versions) {
      if (!version.name || !isObject(version.schema)) continue;
      const schema = customResourceSchema(version.schema);
      out.set(gvkOf(`${group}/${version.name}`, kind), {
        validate: lazyValidator(schema),
        schema: () => schema,
        origin: `CustomResourceDefinition ${crd.name}`,
      });
    }
  }
  return out;
}

let ajv: Ajv | undefined;

/**
 * Checked on first use: a CRD nobody instantiates costs nothing. A schema that is not valid JSON
 * Schema (e.g. an empty enum) is not ours to judge, so its objects pass, as they did when ajv compiled it.
 */
function lazyValidator(schema: JsonSchema): Validator {
  let checked: Validator | undefined;
  const validate: Validator = (data) => {
    if (!checked) {
      ajv ??= new (require('ajv') as { Ajv: new (options: object) => Ajv }).Ajv({ ...AJV_OPTIONS, strict: false });
      checked = ajv.validateSchema(schema) === true ? structuralValidator(schema) : () => true;
    }
    const run = checked;
    const valid = run(data);
    validate.errors = run.errors;
    return valid;
  };
  return validate;
}
