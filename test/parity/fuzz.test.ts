import fc from 'fast-check';
import { describe, it } from 'vitest';
import { kstorelintFrontEnd } from './front-end.js';
import { oracleBinary, oracleDocuments } from './oracle.js';
import { disagreement } from './parity.js';
import { yamlIsh } from './yaml-ish.js';

/**
 * Fuzzed YAML-ish text (yaml-ish.ts) read by kubectl's decoder and by kstorelint. The seed is fixed
 * so that the suite is the same on every run; KSTORELINT_FUZZ_SEED and KSTORELINT_FUZZ_RUNS explore
 * further (fast-check prints the seed and the shrunk text of a failure).
 */
const seed = Number(process.env.KSTORELINT_FUZZ_SEED ?? 20261207);
const numRuns = Number(process.env.KSTORELINT_FUZZ_RUNS ?? 300);
const binary = oracleBinary('YAML parity with kubectl on fuzzed input (test/parity)');

describe.skipIf(!binary)('kstorelint reads YAML as kubectl does (Go oracle)', () => {
  it(`on ${numRuns} fuzzed YAML-ish texts`, () => {
    fc.assert(
      fc.property(yamlIsh, (text) => {
        const difference = disagreement(text, oracleDocuments(binary!, text), kstorelintFrontEnd);
        if (difference) throw new Error(difference);
      }),
      { seed, numRuns },
    );
  }, 120_000);
});
