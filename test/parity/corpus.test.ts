import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globbySync } from 'globby';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { exclusion } from './exclusions.js';
import { kstorelintFrontEnd } from './front-end.js';
import { oracleBinary, oracleFiles } from './oracle.js';
import { disagreement } from './parity.js';

/** Every file of a corpus of real manifests (KSTORELINT_CORPUS, else ../shared/corpus), read by kubectl's decoder and by kstorelint. */
const corpus = process.env.KSTORELINT_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`\n*** YAML parity on a corpus SKIPPED: no corpus at ${corpus} (set KSTORELINT_CORPUS) ***\n`);
const binary = present ? oracleBinary('YAML parity with kubectl on a corpus (test/parity)') : undefined;

describe.skipIf(!binary)(`kstorelint reads YAML as kubectl does (Go oracle): the corpus at ${corpus}`, () => {
  it('on every file but the ones kstorelint does not read as YAML', () => {
    const files = globbySync('**/*.{yaml,yml,json}', { cwd: corpus, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    const excluded = new Map<string, number>();
    const texts = new Map<string, string>();
    for (const file of files) {
      const bytes = readFileSync(file);
      const reason = exclusion(bytes);
      if (reason) excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
      else texts.set(file, bytes.toString('utf8'));
    }
    expect(texts.size).toBeGreaterThan(files.length * 0.9);
    const kubectl = oracleFiles(binary!, [...texts.keys()]);
    const found: Record<string, string> = {};
    for (const [file, text] of texts) {
      const difference = disagreement(text, kubectl.get(file)!, kstorelintFrontEnd);
      if (difference) found[path.relative(corpus, file)] = difference;
    }
    console.info(`parity on ${texts.size} corpus files; not read as YAML: ${JSON.stringify(Object.fromEntries(excluded))}`);
    expect(found).toEqual({});
  }, 600_000);
});
