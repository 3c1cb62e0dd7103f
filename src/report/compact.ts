import type { Finding } from '../types.js';

/**
 * One line per finding, `path:line:col: severity message [rule]`: the shape compilers print, which
 * terminals and editors turn into links and `grep` keeps whole. Suppressed findings are left out.
 */
export function formatCompact(findings: readonly Finding[]): string {
  return findings
    .filter((finding) => !finding.suppressed)
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message.replace(/\s*\n\s*/g, ' ')} [${f.ruleId}]\n`)
    .join('');
}
