import type { LoadStats } from '../load/load.js';
import type { Finding } from '../types.js';

/** The public JSON contract: `{ findings, summary }`, 1-based lines and columns. */
export function formatJson(findings: readonly Finding[], stats: LoadStats): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity && !f.suppressed).length;
  const summary = {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    suppressed: findings.filter((f) => f.suppressed).length,
    ...stats,
  };
  return JSON.stringify({ findings, summary }, null, 2) + '\n';
}
