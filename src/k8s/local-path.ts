/**
 * Path checks of pkg/apis/core/validation/validation.go for paths that must stay inside a volume
 * (`subPath`, `subPathExpr`, `gitRepo.directory`) or must not climb out of a host directory
 * (`hostPath.path`, `devicePath`). The API server splits on `/` after `filepath.ToSlash`, so on a
 * Linux API server a backslash is an ordinary character.
 */

/** `path.IsAbs` of Go's `path` package: only a leading slash makes a path absolute. */
export const isAbsolutePath = (target: string) => target.startsWith('/');

/** `validatePathNoBacksteps`: an element that is exactly `..` (`a..b` and `...` are fine). */
export const hasBacksteps = (target: string) => target.split('/').includes('..');

export type LocalPathProblem = 'absolute' | 'backsteps';

/** `validateLocalDescendingPath`: every problem it reports, in its order. */
export function localDescendingPathProblems(target: string): LocalPathProblem[] {
  const problems: LocalPathProblem[] = [];
  if (isAbsolutePath(target)) problems.push('absolute');
  if (hasBacksteps(target)) problems.push('backsteps');
  return problems;
}
