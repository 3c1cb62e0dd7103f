import { parse } from 'yaml';

/**
 * An object that a document kubectl cannot read would have defined: what a reference to it can be
 * told ("defined in a document that does not parse (file:line)") instead of "not found".
 */
export interface BrokenDefinition {
  kind: string;
  name: string;
  /** As a resource's: the declared namespace or the default one; none for cluster-scoped kinds. */
  namespace?: string;
  file: string;
  /** The document's first line of content (1-based). */
  line: number;
}

const TOP_LEVEL_KEY = /^(kind|metadata)[ \t]*:(?:[ \t]+(.*))?$/;
const CHILD_KEY = /^([ \t]+)(name|generateName|namespace)[ \t]*:(?:[ \t]+(.*))?$/;
const KIND = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Reads `kind`, `metadata.name` (or `generateName`) and `metadata.namespace` line by line from the
 * text of a document that does not parse: a syntax error elsewhere in it does not hide them. Only
 * the plain block form written in manifests is read (and `metadata: {name: x}` on one line); a
 * value that is not a plain, single-line string gives nothing.
 */
export function readIdentity(text: string): { kind: string; name: string; namespace?: string; line: number } | undefined {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let kind: string | undefined;
  let metadata: Record<string, string | undefined> = {};
  let first: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (first === undefined && !/^\s*(?:#.*)?$/.test(line)) first = i;
    const top = TOP_LEVEL_KEY.exec(line);
    if (!top) continue;
    if (top[1] === 'kind') kind = scalar(top[2]);
    else metadata = top[2] && top[2].trim() && !top[2].trim().startsWith('#') ? flowMetadata(top[2]) : blockMetadata(lines, i + 1);
  }
  const name = metadata.name ?? metadata.generateName;
  if (!kind || !KIND.test(kind) || kind.endsWith('List') || !name || first === undefined) return undefined;
  return { kind, name, ...(metadata.namespace ? { namespace: metadata.namespace } : {}), line: first + 1 };
}

/** The children of `metadata:` at the indentation of its first child, up to the next top-level line. */
function blockMetadata(lines: readonly string[], from: number): Record<string, string | undefined> {
  const found: Record<string, string | undefined> = {};
  let indent: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    if (!/^[ \t]/.test(line)) break;
    indent ??= /^[ \t]*/.exec(line)![0];
    const child = CHILD_KEY.exec(line);
    if (child && child[1] === indent) found[child[2]] ??= scalar(child[3]);
  }
  return found;
}

/** `metadata: {name: x, namespace: y}` on its own line. */
function flowMetadata(value: string): Record<string, string | undefined> {
  try {
    const parsed: unknown = parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const record = parsed as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' && /^[^\s{}[\]]+$/.test(record[key]) ? record[key] : undefined);
    return { name: text('name'), generateName: text('generateName'), namespace: text('namespace') };
  } catch {
    return {};
  }
}

/** A plain or quoted single-line scalar, without its comment; undefined for anything else. */
function scalar(written: string | undefined): string | undefined {
  const value = written?.replace(/(?:^|[ \t])#.*$/, '').trim();
  if (!value) return undefined;
  let text = value;
  if (/^'[^']*'$/.test(value) || /^"[^"\\]*"$/.test(value)) text = value.slice(1, -1);
  else if (/^["'{[|>&*!%@`]/.test(value) || value.includes(': ')) return undefined;
  return /^[^\s{}[\]]+$/.test(text) ? text : undefined;
}
