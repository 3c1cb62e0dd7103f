import { describe, expect, it } from 'vitest';
import { compareQuantities, hasFractionalBytes, parseQuantity, quantityBytes, type Quantity } from '../../src/k8s/quantity.js';

const q = (text: unknown): Quantity => {
  const parsed = parseQuantity(text);
  if (!parsed.ok) throw new Error(`expected ${String(text)} to parse, got ${parsed.reason}`);
  return parsed.quantity;
};

describe('parseQuantity (apimachinery ParseQuantity)', () => {
  it.each([
    ['1Gi', 1073741824n],
    ['1G', 1000000000n],
    ['10Gi', 10737418240n],
    ['1024Mi', 1073741824n],
    ['500M', 500000000n],
    ['1k', 1000n],
    ['1Ki', 1024n],
    ['1E', 1000000000000000000n],
    ['1e3', 1000n],
    ['1E3', 1000n],
    ['.5Gi', 536870912n],
    ['1.G', 1000000000n],
    ['+5', 5n],
    ['007', 7n],
    [' 2Gi ', 2147483648n],
    [10, 10n],
    ['1.5Gi', 1610612736n],
  ])('%s is %s bytes', (text, bytes) => {
    expect(quantityBytes(q(text))).toBe(bytes);
  });

  it.each(['10GB', '1K', '5gi', '1 Gi', '1e', '1E+', 'Gi', '1KiB', '1g', '1.2.3', '', null, undefined, {}])('rejects %j', (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });

  it('reads ".", "+" and "-" as zero, as the upstream scanner does', () => {
    for (const text of ['.', '+', '-']) expect(quantityBytes(q(text))).toBe(0n);
  });

  it('tells a wrong suffix from a wrong shape', () => {
    expect(parseQuantity('1K')).toMatchObject({ ok: false, reason: 'suffix' });
    expect(parseQuantity('10GB')).toMatchObject({ ok: false, reason: 'format' });
  });
});

describe('compareQuantities (Quantity.Cmp)', () => {
  it('compares exact values across units', () => {
    expect(compareQuantities(q('10G'), q('10Gi'))).toBe(-1);
    expect(compareQuantities(q('1Gi'), q('1024Mi'))).toBe(0);
    expect(compareQuantities(q('1000M'), q('1G'))).toBe(0);
    expect(compareQuantities(q('0.5Gi'), q('512Mi'))).toBe(0);
    expect(compareQuantities(q('2'), q('1500m'))).toBe(1);
  });
});

describe('fractional bytes', () => {
  it('flags values that are not whole bytes, rounding up like Value()', () => {
    expect(hasFractionalBytes(q('500m'))).toBe(true);
    expect(quantityBytes(q('500m'))).toBe(1n);
    expect(hasFractionalBytes(q('1.5'))).toBe(true);
    expect(hasFractionalBytes(q('0.5Ki'))).toBe(false);
  });
});
