/**
 * Paths of files inside configMap/secret/downwardAPI/projected volumes (`items[].path`, a token's
 * or trust bundle's `path`): `ValidateLocalNonReservedPath` and the overlap checks of
 * pkg/apis/core/validation/validation.go and pkg/api/pod/warnings.go.
 */
export type PathProblem = 'required' | 'absolute' | 'backstep' | 'reserved';

/**
 * Why the API server rejects a file path, if it does. A leading `..` that is not a `../` element
 * (`..data`, `..2024`) collides with the kubelet's atomic-writer directories.
 */
export function filePathProblem(path: string): PathProblem | undefined {
  if (path === '') return 'required';
  if (path.startsWith('/')) return 'absolute';
  if (path.split('/').includes('..')) return 'backstep';
  if (path.startsWith('..')) return 'reserved';
  return undefined;
}

/** How two file paths of one volume collide. */
export type PathClash = 'duplicate' | 'nested';

export interface Clash<T> {
  entry: T;
  other: T;
  clash: PathClash;
}

const trimSlashes = (path: string) => path.replace(/\/+$/, '');

function parentsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * Paths of one volume that cannot all be files: the same path twice, or one a directory of
 * another (`a` with `a/b`), compared by path elements after trailing slashes are dropped. Each
 * entry is compared with the earlier ones; empty paths never clash. Linear in the number of paths.
 */
export function findClashes<T>(entries: readonly T[], pathOf: (entry: T) => string | undefined): Clash<T>[] {
  const files = new Map<string, T>();
  const directories = new Map<string, T>();
  const clashes: Clash<T>[] = [];
  for (const entry of entries) {
    const raw = pathOf(entry);
    if (!raw) continue;
    const path = trimSlashes(raw);
    const same = files.get(path);
    const above = parentsOf(path)
      .map((parent) => files.get(parent))
      .find((hit) => hit !== undefined);
    const below = directories.get(path);
    if (same !== undefined) clashes.push({ entry, other: same, clash: 'duplicate' });
    else if (above !== undefined) clashes.push({ entry, other: above, clash: 'nested' });
    else if (below !== undefined) clashes.push({ entry, other: below, clash: 'nested' });
    if (same === undefined) files.set(path, entry);
    for (const parent of parentsOf(path)) if (!directories.has(parent)) directories.set(parent, entry);
  }
  return clashes;
}
