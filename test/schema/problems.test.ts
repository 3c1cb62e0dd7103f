import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { whereItBelongs, withoutNullFields, type SchemaProblem } from '../../src/schema/problems.js';
import { builtinSchema } from '../../src/schema/validators.js';
import { lintTexts } from '../helpers.js';

const problemsOf = (...objects: object[]) => {
  const { model } = lintTexts({ 'a.yaml': objects.map((o) => stringify(o)).join('---\n') });
  return model.schemaCheck;
};
const brief = (p: SchemaProblem) => `${p.kind} ${p.path.join('.')}`;

const pvc = (spec: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec });

describe('schema problems', () => {
  it('finds a typo with its correction', () => {
    const [problem] = problemsOf(pvc({ storageClass: 'fast', accessModes: ['ReadWriteOnce'] })).problems;
    expect(problem).toMatchObject({
      kind: 'unknown-field',
      field: 'storageClass',
      suggestion: 'storageClassName',
      path: ['spec', 'storageClass'],
    });
  });

  it('finds a wrong type', () => {
    expect(problemsOf(pvc({ accessModes: 'ReadWriteOnce' })).problems.map(brief)).toEqual(['type spec.accessModes']);
  });

  it('skips a kind without a schema and counts it', () => {
    const check = problemsOf({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { anything: 1 } }, pvc({}));
    expect(check).toMatchObject({ problems: [], validated: 1, skipped: 1 });
  });

  it('checks a CRD-defined kind against the CRD, honouring preserve-unknown-fields', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { kind: 'Widget', plural: 'widgets' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: {
                  spec: {
                    type: 'object',
                    required: ['size'],
                    properties: {
                      size: { 'x-kubernetes-int-or-string': true },
                      mode: { type: 'string', enum: ['a', 'b'] },
                      extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
                    },
                  },
                },
              },
            },
          },
        ],
      },
    };
    const good = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'ok' }, spec: { size: '10Gi', extra: { free: 1 } } };
    const bad = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'bad' },
      spec: { sise: 1, mode: 'c', extra: { free: 1 } },
    };
    const check = problemsOf(crd, good, bad);
    expect(check.problems.map(brief).sort()).toEqual(['enum spec.mode', 'required spec.size', 'unknown-field spec.sise']);
    expect(check.problems[0].origin).toBe('CustomResourceDefinition widgets.example.com');
  });

  it('leaves unrendered template values to the template rules', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '${PORT:-80}' } };
    expect(problemsOf(cm).problems).toEqual([]);
    const { model } = lintTexts({
      'pvc.yaml': 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: x\nspec:\n  volumeName: {{ volume }}\n',
    });
    expect(model.schemaCheck.problems).toEqual([]);
  });

  it('treats null as unset', () => {
    expect(withoutNullFields({ a: null, b: { c: null, d: 1 }, e: [null, { f: null }] })).toEqual({ b: { d: 1 }, e: [null, {}] });
    expect(problemsOf(pvc({ storageClassName: null, resources: null, accessModes: ['ReadWriteOnce'] })).problems).toEqual([]);
  });

  it('says where a field at the wrong level belongs', () => {
    const schema = builtinSchema('apps/v1', 'StatefulSet')?.schema();
    if (!schema) throw new Error('no StatefulSet schema');
    const sts = { metadata: {}, spec: { template: { spec: { volumes: [{ persistentVolumeClaim: {} }, { emptyDir: {} }] } } } };
    expect(whereItBelongs(schema, [], 'serviceName', sts)).toEqual({ belongsAt: ['spec', 'serviceName'] });
    expect(whereItBelongs(schema, ['metadata'], 'serviceName', sts)).toEqual({ belongsAt: ['spec', 'serviceName'] });
    expect(whereItBelongs(schema, ['spec', 'template', 'spec', 'volumes', 0], 'claimName', sts)).toEqual({
      belongsAt: ['spec', 'template', 'spec', 'volumes', 0, 'persistentVolumeClaim', 'claimName'],
    });
    // Only objects that are there: no persistentVolumeClaim in this volume, so no guess.
    expect(whereItBelongs(schema, ['spec', 'template', 'spec', 'volumes', 1], 'claimName', sts)).toEqual({});
    expect(whereItBelongs(schema, ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts', 0], 'readonly', sts)).toEqual({
      suggestion: 'readOnly',
    });
  });
});
