import { describe, expect, it } from 'vitest';
import { compareWithExpectations, expectationsIn } from '../../src/testing/expectations.js';
import type { Finding } from '../../src/types.js';

const finding = (line: number, column: number, ruleId: string, messageId: string, message = 'a message'): Finding => ({
  ruleId,
  messageId,
  severity: 'error',
  message,
  file: 'a.yaml',
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  related: [],
  fingerprint: 'f',
});

describe('markers', () => {
  it('read rule, messageId and column; one comment may list several', () => {
    const text = 'kind: Pod\n  claimName: x # expect: claim-not-found/missing@14, object-name-invalid/reference@14\n';
    expect(expectationsIn('a.yaml', text)).toEqual([
      { file: 'a.yaml', line: 2, column: 14, ruleId: 'claim-not-found', messageId: 'missing' },
      { file: 'a.yaml', line: 2, column: 14, ruleId: 'object-name-invalid', messageId: 'reference' },
    ]);
  });

  it('expect-next-line marks the line below; a comment after the list is not part of it', () => {
    const text = 'data:\n  conf: | # expect-next-line: config-key-invalid/invalid@5 # why\n    a b\n';
    expect(expectationsIn('a.yaml', text)).toEqual([
      { file: 'a.yaml', line: 3, column: 5, ruleId: 'config-key-invalid', messageId: 'invalid' },
    ]);
  });

  it('a marker on a directive comment marks that comment line', () => {
    const text = '  mode: fast # kstorelint-disable-line claim-not-found # expect: unused-suppression/unused@14\n';
    expect(expectationsIn('a.yaml', text)).toMatchObject([{ line: 1, column: 14, ruleId: 'unused-suppression' }]);
  });

  it('other comments that mention expect are not markers', () => {
    expect(expectationsIn('a.yaml', 'a: 1 # expect-later: removed-api-version\nb: 2 # expected by the app\n')).toEqual([]);
  });

  it.each([
    ['without messageId and column', 'a: 1 # expect: claim-not-found\n'],
    ['without column', 'a: 1 # expect: claim-not-found/missing\n'],
    ['column 0', 'a: 1 # expect: claim-not-found/missing@0\n'],
    ['an empty item', 'a: 1 # expect: claim-not-found/missing@3,\n'],
    ['expect-next-line on the last line', 'a: 1 # expect-next-line: claim-not-found/missing@3'],
  ])('a marker %s is an error, never a silent "expects nothing"', (_, text) => {
    expect(() => expectationsIn('a.yaml', text)).toThrow(/a\.yaml:1: /);
  });
});

describe('comparison of markers and findings', () => {
  const marked = (text: string) => expectationsIn('a.yaml', text);

  it('agrees when every finding is marked once', () => {
    expect(compareWithExpectations(marked('x\ny # expect: r/m@3\n'), [finding(2, 3, 'r', 'm')])).toEqual([]);
  });

  it('tells a missing from an unexpected finding, written as the marker it needs', () => {
    expect(compareWithExpectations(marked('x # expect: r/m@3\n'), [finding(1, 4, 'r', 'm', 'Claim x not found')])).toEqual([
      'missing    a.yaml:1 r/m@3',
      'unexpected a.yaml:1 r/m@4: Claim x not found',
    ]);
  });

  it('the messageId counts: the right line and column with another message is a difference', () => {
    expect(compareWithExpectations(marked('x # expect: r/m@3\n'), [finding(1, 3, 'r', 'other')])).toEqual([
      'missing    a.yaml:1 r/m@3',
      'unexpected a.yaml:1 r/other@3: a message',
    ]);
  });

  it('compares multisets: a finding reported twice needs two markers', () => {
    const twice = [finding(1, 3, 'r', 'm', 'first'), finding(1, 3, 'r', 'm', 'second')];
    expect(compareWithExpectations(marked('x # expect: r/m@3\n'), twice)).toEqual(['unexpected a.yaml:1 r/m@3: second']);
    expect(compareWithExpectations(marked('x # expect: r/m@3, r/m@3\n'), twice)).toEqual([]);
    expect(compareWithExpectations(marked('x # expect: r/m@3, r/m@3\n'), twice.slice(1))).toEqual(['missing    a.yaml:1 r/m@3']);
  });
});
