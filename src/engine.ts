import { createHash } from 'node:crypto';
import { positionOfOffset, reportedPosition, scalarSource, trailingComment } from './load/locate.js';
import { loadFiles, type InputFile, type LoadStats } from './load/load.js';
import { describe, type Resource } from './load/resource.js';
import {
  annotationDirective,
  applySuppressions,
  commentDirectives,
  IGNORE_ANNOTATION,
  UNUSED_SUPPRESSION,
  type Directive,
} from './suppress.js';
import { Model, type ModelOptions } from './model/model.js';
import { platformInputs } from './platform-inputs.js';
import { objectOf } from './util/shape.js';
import { currentRuleId, firstRuleId, renameNotice } from './rule-aliases.js';
import { formatMessage, type AnyRule, type RuleContext } from './rule.js';
import type { Finding, Severity } from './types.js';

export interface LintOptions extends ModelOptions {
  rules: readonly AnyRule[];
  /** Tests set this: the model is deep-frozen so that a rule writing to it throws. */
  freezeModel?: boolean;
  /** Per-rule severity override; 'off' disables the rule. */
  ruleSeverity?: Readonly<Record<string, Severity | 'off'>>;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that threw: a bug in kstorelint, reported apart from findings (exit code 2). */
  internalErrors: string[];
  /** Things the user should update that are not findings (renamed rule ids). */
  notices: string[];
  stats: LoadStats;
  model: Model;
}

export const DEFAULT_NAMESPACE = 'default';
/** Re-exported from k8s/versions.ts, where `--help` reads it without loading the engine. */
export { NEWEST_KUBE_VERSION } from './k8s/versions.js';

export function lint(givenInputs: readonly InputFile[], options: LintOptions): LintResult {
  const inputs = options.platform ? [...givenInputs, ...platformInputs(options.platform)] : givenInputs;
  const loaded = loadFiles(inputs, { namespace: options.namespace });
  const model = new Model(loaded.resources, loaded.problems, loaded.stats, options, loaded.brokenDefinitions);
  if (options.freezeModel) for (const resource of loaded.resources) deepFreeze(resource.object);
  const findings: Finding[] = [];
  const internalErrors: string[] = [];
  const notices: string[] = [];
  const ruleSeverity = currentRuleIds(options.ruleSeverity ?? {}, notices);
  for (const rule of options.rules) {
    const configured = ruleSeverity[rule.id];
    if (configured === 'off') continue;
    try {
      runRule(rule, model, configured, findings);
    } catch (error) {
      // One broken rule must not take the other rules' findings with it.
      internalErrors.push(`rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  const directives = collectDirectives(
    inputs.filter((input) => !input.contextOnly),
    loaded.resources.filter((r) => !r.contextOnly),
  );
  for (const directive of directives) {
    for (const id of directive.rules.filter((rule) => currentRuleId(rule) !== rule))
      notices.push(renameNotice(id, `${directive.file}:${directive.line}`));
    directive.rules = directive.rules.map(currentRuleId);
  }
  const contextFiles = new Set(inputs.filter((input) => input.contextOnly).map((input) => input.file));
  const ownFindings = findings.filter((finding) => !contextFiles.has(finding.file));
  const generic = new Set(options.rules.filter((rule) => rule.generic).map((rule) => rule.id));
  const checked = applySuppressions(withoutShadowedGeneric(sortAndDeduplicate(ownFindings), generic), directives);
  const unusedRule = options.rules.find((rule) => rule.id === UNUSED_SUPPRESSION);
  const unusedSeverity = ruleSeverity[UNUSED_SUPPRESSION] ?? unusedRule?.severity;
  if (unusedRule && unusedSeverity && unusedSeverity !== 'off') {
    const known = new Set(options.rules.map((rule) => rule.id));
    checked.push(...unusedDirectiveFindings(directives, known, unusedSeverity));
  }
  const schemaRulesRan = options.rules.some((rule) => rule.id.startsWith('schema-') && ruleSeverity[rule.id] !== 'off');
  const stats = schemaRulesRan
    ? { ...loaded.stats, schemaValidated: model.schemaCheck.validated, schemaSkipped: model.schemaCheck.skipped }
    : loaded.stats;
  return { findings: sortAndDeduplicate(checked), internalErrors, notices, stats, model };
}

function runRule(rule: AnyRule, model: Model, configured: Severity | undefined, sink: Finding[]) {
  const severityOf = (override?: Severity) => configured ?? override ?? rule.severity;
  const context: RuleContext<Record<string, string>> = {
    model,
    scalarSource: (resource, path) => scalarSource(resource.source, path),
    trailingComment: (resource, path) => trailingComment(resource.source, path),
    report(report) {
      const { file, ...position } = reportedPosition(report.resource.source, report.path);
      const { resource } = report;
      sink.push({
        ruleId: rule.id,
        messageId: report.messageId,
        severity: severityOf(report.severity),
        message: formatMessage(rule.messages[report.messageId], report.data),
        file,
        ...position,
        resource: { apiVersion: resource.apiVersion, kind: resource.kind, namespace: resource.namespace, name: resource.name },
        related: (report.related ?? []).map((related) => {
          const where = reportedPosition(related.resource.source, related.path);
          return { file: where.file, line: where.line, column: where.column, message: related.message || describe(related.resource) };
        }),
        ...(report.fix ? { fix: report.fix } : {}),
        // The message names the values involved, so changing them is a new finding; moving lines is not.
        fingerprint: fingerprint(
          firstRuleId(rule.id),
          resource.kind,
          resource.namespace ?? '',
          resource.name,
          report.path.join('.'),
          formatMessage(rule.messages[report.messageId], report.data),
        ),
      });
    },
    reportFile(report) {
      const { problem } = report;
      const position = problem.parsed
        ? positionOfOffset(problem.parsed, problem.offset, problem.endOffset)
        : { line: 1, column: 1, endLine: 1, endColumn: 1 };
      sink.push({
        ruleId: rule.id,
        messageId: report.messageId,
        severity: severityOf(report.severity),
        message: formatMessage(rule.messages[report.messageId], report.data),
        file: problem.file,
        ...position,
        related: [],
        fingerprint: fingerprint(firstRuleId(rule.id), report.messageId, problem.file, problem.code, String(position.line)),
      });
    },
  };
  rule.check(context);
}

const compare = (a: Finding, b: Finding) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column ||
  (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
  (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Output order is part of the contract; one mistake seen through several ordinals is one finding. */
function sortAndDeduplicate(findings: Finding[]): Finding[] {
  findings.sort(compare);
  return findings.filter((finding, i) => i === 0 || compare(finding, findings[i - 1]) !== 0);
}

function withoutShadowedGeneric(findings: Finding[], generic: ReadonlySet<string>): Finding[] {
  const specificLines = new Set(findings.filter((f) => !generic.has(f.ruleId)).map((f) => `${f.file}\u0000${f.line}`));
  return findings.filter((f) => !generic.has(f.ruleId) || !specificLines.has(`${f.file}\u0000${f.line}`));
}

function collectDirectives(inputs: readonly InputFile[], resources: readonly Resource[]): Directive[] {
  const directives = inputs.flatMap((input) => commentDirectives(input.file, input.text));
  for (const resource of resources) {
    // Locating costs a parse of the document: only for objects that carry the annotation.
    if (typeof objectOf(objectOf(resource.object.metadata).annotations)[IGNORE_ANNOTATION] !== 'string') continue;
    const at = reportedPosition(resource.source, ['metadata', 'annotations', IGNORE_ANNOTATION]);
    const directive = annotationDirective(resource, at.file, at.line, at.column);
    if (directive) directives.push(directive);
  }
  return directives;
}

/** A directive that silences nothing is stale, like ESLint's unused disable directives. */
function unusedDirectiveFindings(directives: readonly Directive[], known: ReadonlySet<string>, severity: Severity): Finding[] {
  return directives
    .filter((d) => !d.used)
    .map((d) => {
      const unknown = d.rules.filter((rule) => rule !== 'all' && !known.has(rule));
      const what = d.kind === 'annotation' ? `Annotation ${IGNORE_ANNOTATION}` : `Directive kstorelint-${d.kind}`;
      const rules = d.rules.length ? d.rules.join(', ') : 'all rules';
      const message = unknown.length
        ? `${what} names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => `'${r}'`).join(', ')}`
        : `${what} suppresses nothing (${rules}); remove it`;
      return {
        ruleId: UNUSED_SUPPRESSION,
        // unused-suppression has the one message `{detail}`; the engine words the detail itself.
        messageId: 'unused',
        severity,
        message,
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.column,
        ...(d.resource
          ? {
              resource: {
                apiVersion: d.resource.apiVersion,
                kind: d.resource.kind,
                namespace: d.resource.namespace,
                name: d.resource.name,
              },
            }
          : {}),
        related: [],
        fingerprint: fingerprint(UNUSED_SUPPRESSION, d.kind, d.file, d.rules.join(','), d.resource ? describe(d.resource) : String(d.line)),
      };
    });
}

/** Severity overrides keyed by current rule ids; an old id gets a notice. */
function currentRuleIds(severities: Readonly<Record<string, Severity | 'off'>>, notices: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const [id, severity] of Object.entries(severities)) {
    if (currentRuleId(id) !== id) notices.push(renameNotice(id, 'rules'));
    out[currentRuleId(id)] = severity;
  }
  return out;
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function deepFreeze(value: unknown) {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
