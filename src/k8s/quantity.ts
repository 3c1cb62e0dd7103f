/**
 * resource.Quantity as apimachinery parses it (pkg/api/resource/quantity.go, suffix.go).
 * Values are kept as exact fractions so that `10G` < `10Gi` and `1024Mi` == `1Gi` compare exactly.
 */
export interface Quantity {
  /** The text as written (after the JSON decoder's trimming). */
  text: string;
  numerator: bigint;
  denominator: bigint;
}

export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; reason: 'empty' | 'format' | 'suffix'; text: string };

const SHAPE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const pow = (base: bigint, exponent: number) => base ** BigInt(exponent);

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a;
}

function make(text: string, numerator: bigint, denominator: bigint): Quantity {
  const divisor = gcd(numerator, denominator) || 1n;
  return { text, numerator: numerator / divisor, denominator: denominator / divisor };
}

/** Accepts what the API accepts: strings (trimmed) and plain JSON numbers. */
export function parseQuantity(input: unknown): QuantityParse {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : '';
  if (text === '') return { ok: false, reason: 'empty', text };
  // The upstream scanner reads a lone sign as the number zero; only positivity checks reject it.
  if (text === '+' || text === '-') return { ok: true, quantity: make(text, 0n, 1n) };
  const shape = SHAPE.exec(text);
  if (!shape) return { ok: false, reason: 'format', text };
  const [, numberPart, suffix] = shape;
  const sign = numberPart.startsWith('-') ? -1n : 1n;
  const unsigned = numberPart.replace(/^[+-]/, '');
  const parts = unsigned.split('.');
  if (parts.length > 2) return { ok: false, reason: 'format', text };
  const whole = parts[0] || '0';
  const fraction = parts[1] ?? '';
  let numerator = sign * BigInt(whole + fraction || '0');
  let denominator = pow(10n, fraction.length);
  if (suffix in DECIMAL_SUFFIX) {
    const exponent = DECIMAL_SUFFIX[suffix];
    if (exponent >= 0) numerator *= pow(10n, exponent);
    else denominator *= pow(10n, -exponent);
  } else if (suffix in BINARY_SUFFIX) {
    numerator *= pow(2n, BINARY_SUFFIX[suffix]);
  } else {
    const exponentMatch = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
    if (!exponentMatch) return { ok: false, reason: 'suffix', text };
    const exponent = Number(exponentMatch[1]);
    if (exponent >= 0) numerator *= pow(10n, exponent);
    else denominator *= pow(10n, -exponent);
  }
  return { ok: true, quantity: make(text, numerator, denominator) };
}

export function compareQuantities(a: Quantity, b: Quantity): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const isPositive = (q: Quantity) => q.numerator > 0n;

/** Whole bytes, rounded up away from zero, as Quantity.Value() does. */
export function quantityBytes(q: Quantity): bigint {
  const { numerator: n, denominator: d } = q;
  const truncated = n / d;
  return n % d === 0n ? truncated : n > 0n ? truncated + 1n : truncated - 1n;
}

/** Fractional bytes: MilliValue() % 1000 != 0 in the API's warning. */
export const hasFractionalBytes = (q: Quantity) => q.numerator % q.denominator !== 0n;

/** Human form used in messages: `10G (10000000000 bytes)`. */
export function describeQuantity(q: Quantity): string {
  return `${q.text} (${quantityBytes(q)} bytes)`;
}
