import type { Finding } from '../types.js';

/** `# expect: rule-a, rule-b` on a line: those rules must report exactly that line. */
const MARKER = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;

export interface Expectation {
  file: string;
  line: number;
  ruleId: string;
}

export function expectationsIn(file: string, text: string): Expectation[] {
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((content, i) => {
    const match = MARKER.exec(content);
    if (!match) return;
    for (const ruleId of match[1].split(',')) expectations.push({ file, line: i + 1, ruleId: ruleId.trim() });
  });
  return expectations;
}

const keyOf = (e: Expectation) => `${e.file}:${e.line} ${e.ruleId}`;

/** Compares markers with findings; returns human-readable differences (empty when they agree). */
export function compareWithExpectations(expectations: readonly Expectation[], findings: readonly Finding[]): string[] {
  const expected = new Set(expectations.map(keyOf));
  const actual = new Map(findings.map((f) => [keyOf(f), f] as const));
  const problems: string[] = [];
  for (const key of expected) if (!actual.has(key)) problems.push(`missing   ${key}`);
  for (const [key, finding] of actual) if (!expected.has(key)) problems.push(`unexpected ${key}: ${finding.message}`);
  return problems.sort();
}
