import type { Finding } from './types.js';

/**
 * A baseline records today's findings so that only new ones fail a run. Entries match by
 * fingerprint (rule, object identity, path in object), so moving lines around keeps them matched.
 */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    findings: findings
      .filter((finding) => !finding.suppressed)
      .map(({ fingerprint, ruleId, file, message }) => ({ fingerprint, ruleId, file, message })),
  };
}

export function parseBaseline(text: string): Baseline {
  const value = JSON.parse(text) as Partial<Baseline>;
  if (value.version !== 1 || !Array.isArray(value.findings) || !value.findings.every((f) => typeof f?.fingerprint === 'string')) {
    throw new Error('not a kstorelint baseline (expected {"version": 1, "findings": [...]})');
  }
  return value as Baseline;
}

/** Marks baseline findings as suppressed; each baseline entry absorbs one finding. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
  return findings.map((finding) => {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (finding.suppressed || left === 0) return finding;
    remaining.set(finding.fingerprint, left - 1);
    return { ...finding, suppressed: { kind: 'baseline' as const } };
  });
}
