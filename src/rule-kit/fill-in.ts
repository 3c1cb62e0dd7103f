/**
 * Values an example leaves for the reader to fill in, marked by the comment on their line
 * (`claimName: data-target-pvc # change to data target pvc`, `volumeID: # insert AWS EBS volumeID
 * here`). Name, type and existence checks report such a value at most as a hint: its author knows
 * it is not the one to apply. The comment is read only for a finding about to be reported.
 */
import { isFillInComment } from '../k8s/placeholders.js';
import type { Resource } from '../load/resource.js';
import type { ResourceReport, RuleContext } from '../rule.js';
import type { JsonPath } from '../types.js';

/** The comment on the value's line when it marks the value as a fill-in, else undefined. */
export function fillInComment<M extends Record<string, string>>(
  context: RuleContext<M>,
  resource: Resource,
  path: JsonPath,
): string | undefined {
  const comment = context.trailingComment(resource, path);
  return comment !== undefined && isFillInComment(comment) ? comment : undefined;
}

/** The finding as a hint that quotes the comment, keeping the rule's own fix after it. */
export function asFillIn<M extends Record<string, string>>(report: ResourceReport<M>, comment: string): ResourceReport<M> {
  const fix = `'# ${comment}' marks this as a value to fill in: put the real one before applying`;
  return { ...report, severity: 'info', fix: report.fix ? `${fix}; ${report.fix}` : fix };
}

/** Reports a finding about a written value; a value marked as a fill-in is reported as a hint. */
export function reportWrittenValue<M extends Record<string, string>>(context: RuleContext<M>, report: ResourceReport<M>): void {
  const comment = fillInComment(context, report.resource, report.path);
  context.report(comment === undefined ? report : asFillIn(report, comment));
}
