import { severityRank, type Finding, type Severity } from './types.js';

/** Findings that count: not suppressed. */
export const activeFindings = (findings: readonly Finding[]) => findings.filter((finding) => !finding.suppressed);

export function atOrAbove(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((finding) => !finding.suppressed && severityRank(finding.severity) >= severityRank(threshold));
}
