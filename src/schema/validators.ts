import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { exportName } from './ajv-options.js';
import type { JsonSchema } from './schema-walk.js';

/** What an ajv validate function looks like, precompiled or compiled at run time. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A kind's validator together with the JSON Schema it was made from (to explain its errors). */
export interface KindSchema {
  validate: Validator;
  /** Read only to explain errors, so a clean object costs no schema parsing. */
  schema(): JsonSchema;
  /** Where the schema comes from, for messages: 'built-in' or `CustomResourceDefinition <name>`. */
  origin: string;
}

const require = createRequire(import.meta.url);

/** schemas/ sits at the package root: two levels above src/schema, three above dist/src/schema. */
function findSchemasDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'schemas');
    if (existsSync(path.join(candidate, 'index.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('kstorelint: schemas/index.json not found');
    dir = parent;
  }
}

let schemasDir: string | undefined;
let index: Readonly<Record<string, string>> | undefined;
/** Each kind's precompiled module (scripts/gen-schemas.ts), required on the first object of that kind. */
const compiled = new Map<string, Validator | undefined>();
function precompiled(name: string): Validator | undefined {
  if (!compiled.has(name)) {
    const file = path.join(dir(), 'validators', `${name}.cjs`);
    compiled.set(name, existsSync(file) ? (require(file) as Record<string, Validator>)[name] : undefined);
  }
  return compiled.get(name);
}
const schemaCache = new Map<string, JsonSchema>();

const dir = () => (schemasDir ??= findSchemasDir());
const gvkIndex = () => (index ??= JSON.parse(readFileSync(path.join(dir(), 'index.json'), 'utf8')) as Record<string, string>);

export const gvkOf = (apiVersion: string, kind: string) => `${apiVersion}/${kind}`;

/**
 * The built-in schema of a kind, or undefined for kinds kstorelint has no schema for. A kind's
 * precompiled module is loaded on first use only: a run pays for the kinds it meets.
 */
export function builtinSchema(apiVersion: string, kind: string): KindSchema | undefined {
  const gvk = gvkOf(apiVersion, kind);
  const file = Object.hasOwn(gvkIndex(), gvk) ? gvkIndex()[gvk] : undefined;
  if (!file) return undefined;
  const validate = precompiled(exportName(gvk));
  if (!validate) return undefined;
  const schema = () => {
    let found = schemaCache.get(file);
    if (!found) {
      found = JSON.parse(readFileSync(path.join(dir(), file), 'utf8')) as JsonSchema;
      schemaCache.set(file, found);
    }
    return found;
  };
  return { validate, schema, origin: 'built-in' };
}
