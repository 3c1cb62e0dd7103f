import type { Finding } from '../types.js';
import type { Resource } from '../load/resource.js';
import { describe } from '../load/resource.js';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: one testcase per object (and per file for file-level problems), one failure per finding. */
export function formatJunit(findings: readonly Finding[], resources: readonly Resource[]): string {
  const cases = new Map<string, { name: string; file: string; failures: Finding[] }>();
  for (const resource of resources) {
    const key = `${resource.source.file}\u0000${describe(resource)}`;
    if (!cases.has(key)) cases.set(key, { name: describe(resource), file: resource.source.file, failures: [] });
  }
  for (const finding of findings) {
    const name = finding.resource ? describe(finding.resource) : finding.file;
    const key = `${finding.file}\u0000${name}`;
    const entry = cases.get(key) ?? { name, file: finding.file, failures: [] };
    entry.failures.push(finding);
    cases.set(key, entry);
  }
  const failures = findings.length;
  const body = [...cases.values()].map(({ name, file, failures: list }) => {
    const inner = list
      .map(
        (f) =>
          `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.severity} ${f.file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`)}</failure>\n`,
      )
      .join('');
    return `    <testcase classname="${xml(file)}" name="${xml(name)}" file="${xml(file)}">${inner ? `\n${inner}    ` : ''}</testcase>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kstorelint" tests="${cases.size}" failures="${failures}">\n  <testsuite name="kstorelint" tests="${cases.size}" failures="${failures}">\n${body.join('')}  </testsuite>\n</testsuites>\n`;
}
