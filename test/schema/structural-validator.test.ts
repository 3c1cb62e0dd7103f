import { fc, test } from '@fast-check/vitest';
import { Ajv } from 'ajv';
import { describe, expect } from 'vitest';
import { AJV_OPTIONS } from '../../src/schema/ajv-options.js';
import { structuralSchema } from '../../src/schema/crd.js';
import type { JsonSchema } from '../../src/schema/schema-walk.js';
import { structuralValidator } from '../../src/schema/structural-validator.js';

/** The walker replaced ajv.compile for CRD schemas; it must give ajv's errors, in ajv's order. */
const ajv = new Ajv({ ...AJV_OPTIONS, strict: false });

const names = fc.constantFrom('a', 'b', 'spec', 'x/y', 'm~n', 'constructor', 'toString');
const schemaArb: fc.Arbitrary<unknown> = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: fc.constantFrom('string', 'integer', 'number', 'boolean'),
        enum: fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: -2, max: 2 })), { maxLength: 3 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ 'x-kubernetes-int-or-string': fc.constant(true) }),
    fc.record(
      {
        type: fc.constant('object'),
        properties: fc.dictionary(names, tie('schema'), { maxKeys: 3 }),
        required: fc.array(names, { maxLength: 2 }),
        additionalProperties: tie('schema'),
        'x-kubernetes-preserve-unknown-fields': fc.boolean(),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('array'), items: tie('schema') }, { requiredKeys: ['type'] }),
  ),
})).schema;

const dataArb = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, 1, 1.5, -2, 'a', '', 'spec'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(names, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const errorsOf = (validate: { (data: unknown): boolean; errors?: unknown }, data: unknown) => {
  validate(data);
  return ((validate.errors ?? []) as { instancePath: string; keyword: string; params: unknown }[]).map(
    ({ instancePath, keyword, params }) => ({ instancePath, keyword, params: JSON.parse(JSON.stringify(params)) as unknown }),
  );
};

describe('structuralValidator', () => {
  test.prop([schemaArb, dataArb], { numRuns: 300 })('reports what ajv reports, in the same order', (source, data) => {
    const schema: JsonSchema = structuralSchema(source);
    // crd.ts lets every object pass a schema that is not valid JSON Schema, as ajv.compile threw on it.
    fc.pre(ajv.validateSchema(schema) === true);
    const expected = errorsOf(ajv.compile(schema), data);
    const actual = errorsOf(structuralValidator(schema), data);
    // ajv gives the type of a union as the array, the walker too; compare them as ajv's consumers read them.
    const norm = (errors: typeof expected) =>
      errors.map((e) => (e.keyword === 'type' ? { ...e, params: String((e.params as { type: unknown }).type) } : e));
    expect(norm(actual)).toEqual(norm(expected));
  });
});
