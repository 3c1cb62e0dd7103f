/** Name validators of apimachinery pkg/util/validation/validation.go. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const isDns1123Label = (name: string) => name.length <= 63 && DNS1123_LABEL.test(name);
export const isDns1035Label = (name: string) => name.length <= 63 && DNS1035_LABEL.test(name);
export const isDns1123Subdomain = (name: string) => name.length <= 253 && DNS1123_SUBDOMAIN.test(name);

/** Closest candidate by edit distance, for "did you mean …?" suggestions. */
export function closest(
  target: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(target.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    if (candidate === target) continue;
    const distance = editDistance(target.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** IsQualifiedName: `[prefix/]name`, prefix a DNS subdomain, name ≤ 63 of `[-A-Za-z0-9_.]` with alphanumeric ends. */
export function isQualifiedName(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (parts.length === 2 && (parts[0] === '' || !isDns1123Subdomain(parts[0]))) return false;
  return name.length > 0 && name.length <= 63 && QUALIFIED_NAME_PART.test(name);
}

/** `'a', 'b', 'c' and 2 more`: keeps messages short when a view holds many names. */
export function listNames(names: readonly string[], max = 4, quote = "'"): string {
  const shown = names
    .slice(0, max)
    .map((n) => `${quote}${n}${quote}`)
    .join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** IsQualifiedName as used for label keys (ValidateLabelName): `[prefix/]name`. */
export const isLabelKey = (key: string) => isQualifiedName(key);

/** IsValidLabelValue: empty, or ≤ 63 of `[-A-Za-z0-9_.]` starting and ending alphanumeric. */
export const isLabelValue = (value: string) => value.length <= 63 && LABEL_VALUE.test(value);
