import { describe, expect, it } from 'vitest';
import { closest, isDns1035Label, isDns1123Label, isDns1123Subdomain } from '../../src/k8s/names.js';

describe('name validators', () => {
  it('DNS-1123 label', () => {
    expect(isDns1123Label('web-0')).toBe(true);
    expect(isDns1123Label('1web')).toBe(true);
    expect(isDns1123Label('Web')).toBe(false);
    expect(isDns1123Label('a.b')).toBe(false);
    expect(isDns1123Label('a'.repeat(64))).toBe(false);
  });
  it('DNS-1035 label must start with a letter (Services)', () => {
    expect(isDns1035Label('my-svc')).toBe(true);
    expect(isDns1035Label('1svc')).toBe(false);
    expect(isDns1035Label('my.svc')).toBe(false);
  });
  it('DNS-1123 subdomain allows dots up to 253 characters', () => {
    expect(isDns1123Subdomain('data.shop-1')).toBe(true);
    expect(isDns1123Subdomain('-data')).toBe(false);
    expect(isDns1123Subdomain(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`)).toBe(true);
    expect(isDns1123Subdomain('a'.repeat(254))).toBe(false);
  });
});

describe('closest', () => {
  it('suggests a near name and nothing for a far one', () => {
    expect(closest('fast-sdd', ['fast-ssd', 'standard'])).toBe('fast-ssd');
    expect(closest('web-dat', ['web-data', 'db-data'])).toBe('web-data');
    expect(closest('zzzzzz', ['fast-ssd', 'standard'])).toBeUndefined();
  });
});

describe('label keys and values (ValidateLabelName, IsValidLabelValue)', () => {
  it('accepts prefixed and plain keys, rejects spaces, empty prefixes and long names', async () => {
    const { isLabelKey } = await import('../../src/k8s/names.js');
    for (const key of ['app', 'app.kubernetes.io/name', 'example.com/team_1', 'a', 'A-b.c']) expect(isLabelKey(key)).toBe(true);
    for (const key of ['', '-app', 'app-', 'team name', '/app', 'Example.com/app', 'a/b/c', `x/${'a'.repeat(64)}`, 'app/'])
      expect(isLabelKey(key)).toBe(false);
    expect(isLabelKey(`${'a'.repeat(63)}`)).toBe(true);
  });
  it('accepts empty values and 63 characters; rejects spaces, edges other than alphanumerics, 64 characters', async () => {
    const { isLabelValue } = await import('../../src/k8s/names.js');
    for (const value of ['', 'web', 'v1.2_3-beta', 'A', 'a'.repeat(63)]) expect(isLabelValue(value)).toBe(true);
    for (const value of ['-web', 'web-', '.x', 'a b', 'a/b', 'a'.repeat(64)]) expect(isLabelValue(value)).toBe(false);
  });
});
