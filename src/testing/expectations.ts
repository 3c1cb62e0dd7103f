import type { Finding } from '../types.js';

/**
 * Markers say which findings a fixture or rule example must produce, and where:
 *
 *     claimName: nothing-here # expect: claim-not-found/missing@20
 *
 * is a finding of rule `claim-not-found`, message `missing`, at this line, column 20. One comment may
 * list several, comma-separated; the same marker twice means the line carries that finding twice.
 * `# expect-next-line: …` marks the line below, for a line that cannot carry a comment of its own
 * (inside a block scalar or a multi-line string), as `# kstorelint-disable-next-line` does.
 * A marker comment runs to the end of the line or to the next `#`.
 */
const MARKER = /#\s*expect(-next-line)?:([^#]*)/g;
const ITEM = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([A-Za-z][A-Za-z0-9]*)@([1-9][0-9]*)$/;
export const MARKER_SYNTAX = '<rule-id>/<messageId>@<column>';

export interface Expectation {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  messageId: string;
}

/** The markers of one file; a marker that does not parse throws, so a typo never passes as "expects nothing". */
export function expectationsIn(file: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  lines.forEach((content, i) => {
    for (const [, nextLine, list] of content.matchAll(MARKER)) {
      const line = nextLine ? i + 2 : i + 1;
      if (line > lines.length) throw new Error(`${file}:${i + 1}: expect-next-line on the last line marks nothing`);
      for (const item of list.split(',').map((part) => part.trim())) {
        const parsed = ITEM.exec(item);
        if (!parsed) throw new Error(`${file}:${i + 1}: marker '${item}' is not ${MARKER_SYNTAX}`);
        expectations.push({ file, line, column: Number(parsed[3]), ruleId: parsed[1], messageId: parsed[2] });
      }
    }
  });
  return expectations;
}

/** How a marker for this finding is written, e.g. `claim-not-found/missing@20`. */
export const markerOf = (e: Pick<Expectation, 'ruleId' | 'messageId' | 'column'>) => `${e.ruleId}/${e.messageId}@${e.column}`;

const keyOf = (e: Expectation) => `${e.file}:${e.line} ${markerOf(e)}`;

/**
 * Compares markers with findings as multisets of (file, line, column, rule, messageId). Returns one
 * line per difference, in file order, written as the marker that is missing or would be needed:
 * `missing    a.yaml:13 claim-not-found/missing@20` (marked, not reported) or
 * `unexpected a.yaml:13 claim-not-found/missing@22: <message>` (reported, not marked). Empty when they agree.
 */
export function compareWithExpectations(expectations: readonly Expectation[], findings: readonly Finding[]): string[] {
  const unmatched = new Map<string, number>();
  for (const expectation of expectations) unmatched.set(keyOf(expectation), (unmatched.get(keyOf(expectation)) ?? 0) + 1);
  const differences: { at: Expectation; text: string }[] = [];
  for (const finding of findings) {
    const key = keyOf(finding);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    else differences.push({ at: finding, text: `unexpected ${key}: ${finding.message}` });
  }
  for (const expectation of expectations) {
    const key = keyOf(expectation);
    const left = unmatched.get(key) ?? 0;
    if (left === 0) continue;
    unmatched.set(key, left - 1);
    differences.push({ at: expectation, text: `missing    ${key}` });
  }
  return differences.sort((a, b) => byPosition(a.at, b.at) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)).map((d) => d.text);
}

const byPosition = (a: Expectation, b: Expectation) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
