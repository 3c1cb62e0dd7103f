import type { NodeSelectorRequirement, NodeSelectorTerm } from 'kubernetes-types/core/v1.js';
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1.js';

export type Labels = Readonly<Record<string, string>>;

/** Requirement.Matches (apimachinery pkg/labels/selector.go): NotIn and DoesNotExist match an absent key. */
export function matchesRequirement(labels: Labels, requirement: LabelSelectorRequirement): boolean {
  const present = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return present && values.includes(labels[requirement.key]);
    case 'NotIn':
      return !present || !values.includes(labels[requirement.key]);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      return false;
  }
}

/**
 * LabelSelectorAsSelector: matchLabels AND matchExpressions. `{}` matches everything;
 * callers decide what an absent selector means (for a PV claim it filters nothing).
 */
export function matchesSelector(labels: Labels, selector: LabelSelector): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  return (selector.matchExpressions ?? []).every((requirement) => matchesRequirement(labels, requirement));
}

/**
 * The requirements of a selector that these labels fail, each written as kubectl writes selectors
 * (`tier=gold`, `zone in (a, b)`, `zone notin (c)`, `disk`, `!legacy`), in selector order.
 */
export function unmetRequirements(labels: Labels, selector: LabelSelector): string[] {
  const unmet: string[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) unmet.push(`${key}=${value}`);
  }
  for (const requirement of selector.matchExpressions ?? []) {
    if (!matchesRequirement(labels, requirement)) unmet.push(describeRequirement(requirement));
  }
  return unmet;
}

/** One requirement in kubectl's selector syntax. */
export function describeRequirement({ key, operator, values = [] }: LabelSelectorRequirement): string {
  switch (operator) {
    case 'In':
      return `${key} in (${values.join(', ')})`;
    case 'NotIn':
      return `${key} notin (${values.join(', ')})`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return `${key} ${operator} (${values.join(', ')})`;
  }
}

/** The whole selector in kubectl's syntax: `app=data,tier in (gold)`; `{}` is "everything". */
export function describeSelector(selector: LabelSelector): string {
  const parts = [
    ...Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`),
    ...(selector.matchExpressions ?? []).map(describeRequirement),
  ];
  return parts.length === 0 ? '{} (everything)' : parts.join(',');
}

/** Plain equality selector, as Services use. An empty selector selects nothing for a Service. */
export function matchesEqualitySelector(labels: Labels, selector: Labels): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

export function asLabels(value: unknown): Labels {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const labels: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null || raw === undefined) continue;
    labels[key] = String(raw);
  }
  return labels;
}

/** Node-selector semantics (component-helpers nodeaffinity): one requirement against node labels. */
export function matchesNodeRequirement(labels: Labels, requirement: NodeSelectorRequirement): boolean {
  const present = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const values = requirement.values ?? [];
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'In':
      return present && values.includes(value);
    case 'NotIn':
      return !present || !values.includes(value);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    case 'Gt':
    case 'Lt': {
      if (!present || values.length !== 1) return false;
      const [left, right] = [Number.parseInt(value, 10), Number.parseInt(values[0], 10)];
      if (Number.isNaN(left) || Number.isNaN(right)) return false;
      return requirement.operator === 'Gt' ? left > right : left < right;
    }
    default:
      return false;
  }
}

/** Terms are ORed, expressions in a term ANDed; an empty term list matches nothing. */
export function matchesNodeSelectorTerms(labels: Labels, terms: readonly NodeSelectorTerm[]): boolean {
  return terms.some((term) => {
    const expressions = term.matchExpressions ?? [];
    if (expressions.length === 0 && (term.matchFields ?? []).length === 0) return false;
    return expressions.every((requirement) => matchesNodeRequirement(labels, requirement));
  });
}
