import { describe, expect, it } from 'vitest';
import { hasBacksteps, isAbsolutePath, localDescendingPathProblems } from '../../src/k8s/local-path.js';

describe('validatePathNoBacksteps', () => {
  it.each([
    ['..', true],
    ['../x', true],
    ['a/../b', true],
    ['a/..', true],
    ['/host/../etc', true],
  ])('%s has backsteps: %s', (p, want) => {
    expect(hasBacksteps(p)).toBe(want);
  });
  it.each([
    ['...', false],
    ['a..b', false],
    ['..a', false],
    ['a/.b', false],
    ['.', false],
    ['', false],
    ['a\\..\\b', false],
  ])('%s has backsteps: %s', (p, want) => {
    expect(hasBacksteps(p)).toBe(want);
  });
});

describe('validateLocalDescendingPath', () => {
  it('accepts relative descending paths, including an empty one', () => {
    expect(localDescendingPathProblems('conf/app.yaml')).toEqual([]);
    expect(localDescendingPathProblems('./conf')).toEqual([]);
    expect(localDescendingPathProblems('')).toEqual([]);
    expect(localDescendingPathProblems('$(POD_NAME)')).toEqual([]);
  });
  it('reports an absolute path and a backstep separately', () => {
    expect(localDescendingPathProblems('/etc/app')).toEqual(['absolute']);
    expect(localDescendingPathProblems('../shared')).toEqual(['backsteps']);
    expect(localDescendingPathProblems('/a/../b')).toEqual(['absolute', 'backsteps']);
  });
  it('only a leading slash is absolute (Go path.IsAbs)', () => {
    expect(isAbsolutePath('C:\\data')).toBe(false);
    expect(isAbsolutePath('//x')).toBe(true);
  });
});
