/**
 * `Kind/name` (cluster-scoped) or `Kind/namespace/name` patterns naming objects that exist in the
 * cluster but not in the files; `*` and `?` match within one part.
 */
export interface ObjectPattern {
  kind: RegExp;
  namespace?: RegExp;
  name: RegExp;
  text: string;
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

export function parseObjectPattern(text: string): ObjectPattern | undefined {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const [kind, ...rest] = parts;
  return rest.length === 2
    ? { kind: globToRegExp(kind), namespace: globToRegExp(rest[0]), name: globToRegExp(rest[1]), text }
    : { kind: globToRegExp(kind), name: globToRegExp(rest[0]), text };
}

export function matchesObjectPattern(pattern: ObjectPattern, kind: string, name: string, namespace?: string): boolean {
  if (!pattern.kind.test(kind) || !pattern.name.test(name)) return false;
  if (pattern.namespace === undefined) return true;
  return namespace !== undefined && pattern.namespace.test(namespace);
}
