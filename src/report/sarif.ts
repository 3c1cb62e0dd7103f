import { docsUrl, type AnyRule } from '../rule.js';
import { sourcesMarkdown } from './rules.js';
import type { Finding, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const artifact = (file: string) => ({ uri: encodeURI(file.split('\\').join('/')), uriBaseId: '%SRCROOT%' });

/**
 * SARIF 2.1.0 for code scanning: rule metadata with help, the other end of each reference as a
 * relatedLocation, and fingerprints that survive unrelated edits.
 */
export function formatSarif(findings: readonly Finding[], rules: readonly AnyRule[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index] as const));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kstorelint',
            version,
            informationUri: 'https://github.com/kstorelint/kstorelint',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.docs.summary },
              fullDescription: { text: rule.docs.why },
              help: {
                text: `${rule.docs.why}\n\nFix: ${rule.docs.fix}\n\nWhen not to use it: ${rule.docs.whenNotToUse}`,
                markdown: [
                  rule.docs.why,
                  `**Fix:** ${rule.docs.fix}`,
                  `**When not to use it:** ${rule.docs.whenNotToUse}`,
                  `**Peer checks:** ${sourcesMarkdown(rule.docs.sources)}`,
                ].join('\n\n'),
              },
              helpUri: docsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, tags: ['kubernetes', 'storage', rule.category] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: LEVEL[finding.severity],
          message: { text: finding.fix ? `${finding.message} (fix: ${finding.fix})` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifact(finding.file),
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: Math.max(finding.endColumn, finding.column),
                },
              },
            },
          ],
          ...(finding.related.length > 0
            ? {
                relatedLocations: finding.related.map((related, id) => ({
                  id,
                  message: { text: related.message },
                  physicalLocation: {
                    artifactLocation: artifact(related.file),
                    region: { startLine: related.line, startColumn: related.column },
                  },
                })),
              }
            : {}),
          partialFingerprints: { 'kstorelint/v1': finding.fingerprint },
          ...(finding.suppressed
            ? {
                suppressions: [
                  {
                    kind: finding.suppressed.kind === 'baseline' ? 'external' : 'inSource',
                    ...(finding.suppressed.justification ? { justification: finding.suppressed.justification } : {}),
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
