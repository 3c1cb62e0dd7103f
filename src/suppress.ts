import type { Resource } from './load/resource.js';
import type { Finding } from './types.js';

export const IGNORE_ANNOTATION = 'kstorelint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'kstorelint.io/ignore-reason';
export const UNUSED_SUPPRESSION = 'unused-suppression';

export type DirectiveKind = 'disable-line' | 'disable-next-line' | 'disable-file' | 'annotation';

/** One suppression as written: which rules (empty = all), where it applies, and why. */
export interface Directive {
  kind: DirectiveKind;
  file: string;
  /** Line of the directive itself. */
  line: number;
  column: number;
  /** The line it silences (disable-line, disable-next-line). */
  target?: number;
  rules: string[];
  reason?: string;
  /** Annotation directives: the object they sit on. */
  resource?: Resource;
  used: boolean;
}

const COMMENT = /#\s*kstorelint-(disable-next-line|disable-line|disable-file)\b([^\n]*)$/;

function parseRuleList(text: string): { rules: string[]; reason?: string } {
  const [list, ...reason] = text.split(/\s--\s?/);
  const rules = list
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  const why = reason.join(' -- ').trim();
  return { rules, ...(why ? { reason: why } : {}) };
}

/** Comment directives of one file. */
export function commentDirectives(file: string, text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = text.split('\n');
  lines.forEach((content, i) => {
    if (!content.includes('kstorelint-disable')) return;
    const match = COMMENT.exec(content.replace(/\r$/, ''));
    if (!match) return;
    const kind = `${match[1]}` as DirectiveKind;
    const line = i + 1;
    directives.push({
      kind,
      file,
      line,
      column: (match.index ?? 0) + 1,
      ...(kind === 'disable-line' ? { target: line } : kind === 'disable-next-line' ? { target: nextContentLine(lines, i) } : {}),
      ...parseRuleList(match[2]),
      used: false,
    });
  });
  return directives;
}

/** The next line that is not blank and not only a comment, so a directive may sit above a comment block. */
function nextContentLine(lines: string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) {
    if (!/^\s*(#.*)?$/.test(lines[i])) return i + 1;
  }
  return index + 2;
}

export function annotationDirective(resource: Resource, file: string, line: number, column: number): Directive | undefined {
  const annotations = resource.object.metadata?.annotations;
  if (typeof annotations !== 'object' || annotations === null) return undefined;
  const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return undefined;
  const reason = (annotations as Record<string, unknown>)[IGNORE_REASON_ANNOTATION];
  return {
    kind: 'annotation',
    file,
    line,
    column,
    resource,
    rules: value
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
    ...(typeof reason === 'string' && reason ? { reason } : {}),
    used: false,
  };
}

const covers = (directive: Directive, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.includes(ruleId) || directive.rules.includes('all');

function applies(directive: Directive, finding: Finding): boolean {
  if (directive.file !== finding.file || !covers(directive, finding.ruleId)) return false;
  switch (directive.kind) {
    case 'disable-file':
      return true;
    case 'disable-line':
    case 'disable-next-line':
      return directive.target === finding.line;
    case 'annotation': {
      const r = directive.resource;
      const f = finding.resource;
      return r !== undefined && f !== undefined && r.kind === f.kind && r.name === f.name && r.namespace === f.namespace;
    }
  }
}

/**
 * Marks findings a directive covers as suppressed (they stay in JSON and SARIF output, like
 * ESLint's suppressed messages) and marks each directive that silenced something as used.
 */
export function applySuppressions(findings: readonly Finding[], directives: readonly Directive[]): Finding[] {
  const byFile = new Map<string, Directive[]>();
  for (const directive of directives) byFile.set(directive.file, [...(byFile.get(directive.file) ?? []), directive]);
  return findings.map((finding) => {
    if (finding.ruleId === UNUSED_SUPPRESSION) return finding;
    const directive = byFile.get(finding.file)?.find((d) => applies(d, finding));
    if (!directive) return finding;
    directive.used = true;
    return {
      ...finding,
      suppressed: {
        kind: directive.kind === 'annotation' ? 'annotation' : 'comment',
        ...(directive.reason ? { justification: directive.reason } : {}),
      },
    };
  });
}
