import { describe, expect, it } from 'vitest';
import {
  asLabels,
  describeSelector,
  matchesEqualitySelector,
  matchesNodeSelectorTerms,
  matchesSelector,
  unmetRequirements,
} from '../../src/k8s/labels.js';

describe('matchesSelector (LabelSelectorAsSelector)', () => {
  const labels = { app: 'db', tier: 'storage' };
  it('ANDs matchLabels and matchExpressions', () => {
    expect(
      matchesSelector(labels, { matchLabels: { app: 'db' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['storage'] }] }),
    ).toBe(true);
    expect(
      matchesSelector(labels, { matchLabels: { app: 'db' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] }),
    ).toBe(false);
  });
  it('NotIn and DoesNotExist match an absent key', () => {
    expect(matchesSelector(labels, { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] })).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] })).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: 'app', operator: 'Exists' }] })).toBe(true);
  });
  it('an empty selector matches everything; an unknown operator nothing', () => {
    expect(matchesSelector(labels, {})).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['db'] }] })).toBe(false);
  });
});

describe('Service selectors', () => {
  it('an empty Service selector selects no pod', () => {
    expect(matchesEqualitySelector({ app: 'db' }, {})).toBe(false);
    expect(matchesEqualitySelector({ app: 'db', x: 'y' }, { app: 'db' })).toBe(true);
  });
});

describe('node selector terms', () => {
  const node = { 'topology.kubernetes.io/zone': 'eu-west-1a', cpus: '8' };
  it('ORs terms, ANDs expressions, and an empty term list matches nothing', () => {
    expect(matchesNodeSelectorTerms(node, [])).toBe(false);
    expect(
      matchesNodeSelectorTerms(node, [
        { matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['eu-west-1b'] }] },
        { matchExpressions: [{ key: 'cpus', operator: 'Gt', values: ['4'] }] },
      ]),
    ).toBe(true);
  });
});

describe('asLabels', () => {
  it('keeps scalar values as strings and ignores non-objects', () => {
    expect(asLabels({ a: 1, b: true, c: null })).toEqual({ a: '1', b: 'true' });
    expect(asLabels('x')).toEqual({});
  });
});

describe('unmetRequirements and describeSelector (kubectl selector syntax)', () => {
  const selector = {
    matchLabels: { app: 'data', tier: 'gold' },
    matchExpressions: [
      { key: 'zone', operator: 'In', values: ['a', 'b'] },
      { key: 'legacy', operator: 'DoesNotExist' },
      { key: 'disk', operator: 'Exists' },
      { key: 'env', operator: 'NotIn', values: ['dev'] },
    ],
  };

  it('lists each requirement the labels fail, in selector order', () => {
    expect(unmetRequirements({ app: 'data', tier: 'silver', legacy: 'yes', env: 'dev' }, selector)).toEqual([
      'tier=gold',
      'zone in (a, b)',
      '!legacy',
      'disk',
      'env notin (dev)',
    ]);
    expect(unmetRequirements({ app: 'data', tier: 'gold', zone: 'b', disk: 'ssd' }, selector)).toEqual([]);
  });

  it('writes a whole selector, and {} as everything', () => {
    expect(describeSelector(selector)).toBe('app=data,tier=gold,zone in (a, b),!legacy,disk,env notin (dev)');
    expect(describeSelector({})).toBe('{} (everything)');
  });
});
