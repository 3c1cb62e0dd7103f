/**
 * What `ValidateLabelSelector` and `ValidateLabels` (apimachinery pkg/apis/meta/v1/validation)
 * reject in a selector: operators are case-sensitive, In/NotIn need values, Exists/DoesNotExist
 * take none, keys are qualified names and values label values.
 */
import { isObject } from '../util/shape.js';
import type { JsonPath } from '../types.js';
import { closest, isLabelKey, isLabelValue } from './names.js';
import { isPlaceholderText } from './placeholders.js';

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export type SelectorProblem = { path: JsonPath } & (
  | { code: 'operator'; value: string; suggestion?: string }
  | { code: 'values-required'; operator: string }
  | { code: 'values-forbidden'; operator: string }
  | { code: 'key'; value: string }
  | { code: 'value'; key: string; value: string }
);

/** Keys and values of a plain label map (matchLabels, a Service or ReplicationController selector). */
export function labelMapProblems(value: unknown, at: JsonPath = []): SelectorProblem[] {
  if (!isObject(value)) return [];
  const problems: SelectorProblem[] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (isPlaceholderText(key)) continue;
    if (!isLabelKey(key)) problems.push({ code: 'key', value: key, path: [...at, key] });
    // Non-string values are the schema's finding; null decodes to "" which is valid.
    if (typeof raw === 'string' && !isPlaceholderText(raw) && !isLabelValue(raw))
      problems.push({ code: 'value', key, value: raw, path: [...at, key] });
  }
  return problems;
}

function requirementProblems(requirement: Record<string, unknown>, at: JsonPath): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  const { key, operator, values } = requirement;
  const list = Array.isArray(values) ? values : [];
  if (typeof operator === 'string' && !isPlaceholderText(operator)) {
    if (operator === 'In' || operator === 'NotIn') {
      if (list.length === 0)
        problems.push({ code: 'values-required', operator, path: [...at, Array.isArray(values) ? 'values' : 'operator'] });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (list.length > 0) problems.push({ code: 'values-forbidden', operator, path: [...at, 'values'] });
    } else {
      problems.push({ code: 'operator', value: operator, suggestion: closest(operator, SELECTOR_OPERATORS), path: [...at, 'operator'] });
    }
  }
  if (typeof key === 'string' && !isPlaceholderText(key) && !isLabelKey(key))
    problems.push({ code: 'key', value: key, path: [...at, 'key'] });
  list.forEach((item, index) => {
    if (typeof item === 'string' && !isPlaceholderText(item) && !isLabelValue(item)) {
      problems.push({ code: 'value', key: typeof key === 'string' ? key : '', value: item, path: [...at, 'values', index] });
    }
  });
  return problems;
}

/** A metav1.LabelSelector: matchLabels and matchExpressions. */
export function labelSelectorProblems(value: unknown, at: JsonPath = []): SelectorProblem[] {
  if (!isObject(value)) return [];
  const problems = labelMapProblems(value.matchLabels, [...at, 'matchLabels']);
  if (Array.isArray(value.matchExpressions)) {
    value.matchExpressions.forEach((requirement, index) => {
      if (isObject(requirement)) problems.push(...requirementProblems(requirement, [...at, 'matchExpressions', index]));
    });
  }
  return problems;
}
