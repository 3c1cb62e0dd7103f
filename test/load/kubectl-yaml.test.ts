import { describe, expect, it } from 'vitest';
import { kubectlDocuments } from '../../src/load/kubectl-documents.js';
import { parseYaml } from '../../src/load/parse.js';

/** What kubectl reads (k8s.io/apimachinery's YAMLReader, sigs.k8s.io/yaml over go-yaml v2); test/parity holds all of it to kubectl itself. */
const values = (text: string) =>
  parseYaml(text).documents.map((document) => (document.usable ? document.value : `error ${document.error?.code}`));
const position = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
};
const problems = (text: string) =>
  parseYaml(text).problems.map((problem) => `${problem.kind} ${problem.code} ${position(text, problem.offset)}`);

describe('documents, cut as kubectl cuts them', () => {
  it('end at lines that start with ---, followed by nothing but a comment', () => {
    const text = 'a: 1\n--- # two\nb: 2\n---\n---\n# comments only\n--- {c: 3}\nd: 4\n---word\n';
    expect(kubectlDocuments(text).map(({ start, end, badSeparator }) => [text.slice(start, end), badSeparator?.rest])).toEqual([
      ['a: 1\n', undefined],
      ['b: 2\n', undefined],
      ['# comments only\n', undefined],
      ['--- {c: 3}\nd: 4\n', '{c: 3}'],
      ['---word\n', 'word'],
    ]);
    expect(values(text)).toEqual([{ a: 1 }, { b: 2 }, null, 'error BAD_SEPARATOR', 'error BAD_SEPARATOR']);
    expect(problems(text)).toEqual(['syntax BAD_SEPARATOR 7:5', 'syntax BAD_SEPARATOR 9:4']);
  });

  it('are read up to a ... line or a directive, as go-yaml reads one document', () => {
    expect(values('a: 1\n...\nb: [\n')).toEqual([{ a: 1 }]);
    expect(values('a: 1\n%YAML 1.1\nb: 2\n')).toEqual([{ a: 1 }]);
    expect(values('%YAML 1.1\n---\na: 1\n')).toEqual(['error BAD_DIRECTIVE', { a: 1 }]);
  });
});

describe('go-yaml reads', () => {
  it('flow collections and quoted scalars over several lines at any indentation', () => {
    const text = 'spec:\n  args: ["\n    sleep 1 &&\n    echo done\n  "]\n  list: [a,\nb,\n  c]\n  note: "one\ntwo"\n';
    expect(values(text)).toEqual([{ spec: { args: [' sleep 1 && echo done '], list: ['a', 'b', 'c'], note: 'one two' } }]);
  });

  it('a tab in a line but not where go-yaml wants indentation', () => {
    expect(values('a:\tb\nc: [1,\n\t2]\nd: "x\n\ty"\n')).toEqual([{ a: 'b', c: [1, 2], d: 'x y' }]);
    expect(problems('items:\n-\tone\n')).toEqual(['syntax TAB_AS_INDENT 2:2']);
    expect(problems('a:\n\tb: 1\n')).toEqual(['syntax TAB_AS_INDENT 2:1']);
  });

  it("anchors named with letters, digits, '_' and '-' only, and the escape \\' but not \\/", () => {
    expect(values('a: &x-1 v\nb: *x-1\n')).toEqual([{ a: 'v', b: 'v' }]);
    expect(values('a: &a.b v\n')).toEqual(['error BAD_ANCHOR']);
    expect(values("a: \"it\\'s\"\nb: 'it''s'\n")).toEqual([{ a: "it's", b: "it's" }]);
    expect(values('a: "x\\/y"\n')).toEqual(['error BAD_DQ_ESCAPE']);
    expect(values('{"a": "x\\/y"}\n')).toEqual([{ a: 'x/y' }]);
  });

  it('the JSON sigs.k8s.io/yaml makes of it: keys as strings, no infinities, merges in order', () => {
    expect(values('1e6: a\n0644: b\nyes: c\n1.5: d\n')).toEqual([{ '1e+06': 'a', '420': 'b', true: 'c', '1.5': 'd' }]);
    expect(values('a: .inf\n')).toEqual(['error UNSUPPORTED_VALUE']);
    expect(values('a: .inf\na: 1\n')).toEqual([{ a: 1 }]);
    expect(values('a: 1e400\n')).toEqual([{ a: '1e400' }]);
    expect(values('base: &base {size: 1}\nover:\n  size: 2\n  <<: *base\n')).toEqual([{ base: { size: 1 }, over: { size: 1 } }]);
    expect(values('a: !!binary aGk=\n? [k]\n: v\n')).toEqual(['error INVALID_KEY']);
    expect(values('a: !!binary aGk=\n')).toEqual([{ a: 'hi' }]);
  });

  it('a complete root node and ignores what follows it', () => {
    expect(values('[a, b] ]\n')).toEqual([['a', 'b']]);
    expect(values('  a: 1\nb: 2\n')).toEqual([{ a: 1 }]);
  });
});

describe('a document kubectl refuses', () => {
  it('has one problem, its first error, and no duplicate-key cascade', () => {
    const text = 'apiVersion: v1\nkind: Pod\nkind: Pod\nmetadata:\n  name: web\n labels: {}\nspec: [\n---\na: 1\na: 2\n';
    expect(problems(text)).toEqual(['syntax BAD_INDENT 6:1', 'duplicate-key DUPLICATE_KEY 10:1']);
    expect(parseYaml(text).documents.map((document) => [document.usable, document.hasErrors])).toEqual([
      [false, true],
      [true, true],
    ]);
  });

  it('with an unquoted {{ }} placeholder is an unrendered template, in each document', () => {
    const text = 'a:\n  name: {{ x }}\n---\nb: {{ y }}\n';
    expect(problems(text)).toEqual(['helm-template TEMPLATE_PLACEHOLDER 2:10', 'helm-template TEMPLATE_PLACEHOLDER 4:5']);
  });
});
