import { describe, expect, it } from 'vitest';
import { filePathProblem, findClashes } from '../../src/k8s/file-paths.js';

describe('filePathProblem (ValidateLocalNonReservedPath)', () => {
  it('accepts relative descending paths', () => {
    for (const path of ['app.conf', 'conf/app.conf', '.hidden', 'a/..b', 'a/b..', 'x/.../y'])
      expect(filePathProblem(path), path).toBeUndefined();
  });

  it('rejects empty, absolute, backsteps and a leading ..', () => {
    expect(filePathProblem('')).toBe('required');
    expect(filePathProblem('/etc/app.conf')).toBe('absolute');
    expect(filePathProblem('../app.conf')).toBe('backstep');
    expect(filePathProblem('a/../b')).toBe('backstep');
    expect(filePathProblem('..')).toBe('backstep');
    expect(filePathProblem('..data')).toBe('reserved');
    expect(filePathProblem('..2024_01_01')).toBe('reserved');
  });
});

describe('findClashes', () => {
  const clashes = (paths: string[]) => findClashes(paths, (p) => p).map((c) => [c.entry, c.other, c.clash]);

  it('finds duplicates and files that would be directories', () => {
    expect(clashes(['a', 'b', 'a'])).toEqual([['a', 'a', 'duplicate']]);
    expect(clashes(['a', 'a/b'])).toEqual([['a/b', 'a', 'nested']]);
    expect(clashes(['a/b/c', 'a'])).toEqual([['a', 'a/b/c', 'nested']]);
    expect(clashes(['a/', 'a'])).toEqual([['a', 'a/', 'duplicate']]);
  });

  it('compares path elements, not string prefixes', () => {
    expect(clashes(['ab', 'abc', 'a/b', 'a/bc'])).toEqual([]);
  });

  it('ignores empty paths', () => {
    expect(clashes(['', '', 'a'])).toEqual([]);
  });
});
