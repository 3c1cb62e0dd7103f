import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION } from '../src/engine.js';
import { activeFindings } from '../src/findings.js';
import type { AnyRule } from '../src/rule.js';
import { compareWithExpectations, expectationsIn } from '../src/testing/expectations.js';
import { parseTarget } from '../scripts/new-rule.js';
import { exampleFiles, repoRoot } from './helpers.js';

const CATEGORY = 'storageclass';
const ID = 'scaffold-test-rule';

/** Lints files with every rule plus the new one, as the docs and fixture tests do for registered rules. */
function differences(rule: AnyRule, files: Record<string, string>) {
  const result = lint(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    { rules: [...rules, rule], namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION, freezeModel: true },
  );
  expect(result.internalErrors).toEqual([]);
  const expectations = Object.entries(files).flatMap(([file, text]) => expectationsIn(file, text));
  return { expectations, differences: compareWithExpectations(expectations, activeFindings(result.findings)) };
}

describe('npm run new-rule refuses what it cannot create', () => {
  it.each([
    [undefined, /usage/],
    ['claim-not-found', /usage/],
    ['storage/new-thing', /unknown category 'storage'/],
    ['storageclass/New_Thing', /kebab-case/],
    ['storageclass/claim-not-found', /already exists: rules\/pod-volumes\/claim-not-found\.ts/],
    ['statefulset/sts-service-missing', /old id of 'sts-service-not-found'/],
  ])('%s', (argument, message) => {
    const target = parseTarget(argument, repoRoot);
    expect('error' in target && target.error).toMatch(message);
  });
});

describe('npm run new-rule in a copy of the repository', () => {
  let root: string;
  let rule: AnyRule;
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kstorelint-new-rule-'));
    for (const entry of ['package.json', 'README.md', '.prettierrc.json', 'scripts', 'rules', 'docs'])
      cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
    mkdirSync(path.join(root, 'fixtures', 'rules'), { recursive: true });
    // The generated rule imports ../../src; linking it keeps one copy of every module in this process.
    symlinkSync(path.join(repoRoot, 'src'), path.join(root, 'src'), 'dir');
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    execFileSync('npm', ['run', '--silent', 'new-rule', '--', `${CATEGORY}/${ID}`], { cwd: root, stdio: 'pipe' });
    rule = ((await import(pathToFileURL(path.join(root, 'rules', CATEGORY, `${ID}.ts`)).href)) as { default: AnyRule }).default;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a rule that loads under its id and category', () => {
    expect(rule.id).toBe(ID);
    expect(rule.category).toBe(CATEGORY);
    expect(rule.docs.sources).toEqual([]);
  });

  it("the rule's bad example reports exactly its markers, and its good example nothing", () => {
    const bad = differences(rule, exampleFiles(rule.docs.examples.bad));
    expect(bad.expectations.map((e) => e.ruleId)).toEqual([ID]);
    expect(bad.differences).toEqual([]);
    expect(differences(rule, exampleFiles(rule.docs.examples.good)).differences).toEqual([]);
  });

  it('writes an invalid fixture with a marker it meets and a valid fixture it leaves alone', () => {
    const fixture = (name: string) => path.join('fixtures', 'rules', ID, name);
    const invalid = differences(rule, { [fixture('invalid-cases.yaml')]: read(fixture('invalid-cases.yaml')) });
    expect(invalid.expectations.length).toBeGreaterThan(0);
    expect(invalid.differences).toEqual([]);
    const valid = differences(rule, { [fixture('valid-cases.yaml')]: read(fixture('valid-cases.yaml')) });
    expect(valid.expectations).toEqual([]);
    expect(valid.differences).toEqual([]);
  });

  it('regenerates the rule index, docs/rules.md and the README table', () => {
    expect(read('rules/index.ts')).toContain(`from './${CATEGORY}/${ID}.js';`);
    expect(read('docs/rules.md')).toContain(`### ${ID}`);
    expect(read('README.md')).toContain(`[\`${ID}\`](docs/rules.md#${ID})`);
  });

  it('writes a rule file Prettier leaves as it is', async () => {
    const file = path.join(root, 'rules', CATEGORY, `${ID}.ts`);
    const options = await prettier.resolveConfig(path.join(repoRoot, 'package.json'));
    expect(await prettier.check(read(path.join('rules', CATEGORY, `${ID}.ts`)), { ...options, filepath: file })).toBe(true);
  });

  it('refuses to run a second time for the same id', () => {
    expect(existsSync(path.join(root, 'rules', CATEGORY, `${ID}.ts`))).toBe(true);
    const again = parseTarget(`${CATEGORY}/${ID}`, root);
    expect('error' in again && again.error).toMatch(/already exists/);
  });
});
