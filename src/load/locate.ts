import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { JsonPath, SourcePosition } from '../types.js';
import { templatePosition } from './helm-source.js';
import type { ResourceSource } from './resource.js';
import { writtenPlace } from './written-place.js';

interface NodeHit {
  node: Node | null;
  key: Node | null;
  /** How many path segments were found; less than the path length means we fell back to a parent. */
  depth: number;
}

function walk(source: ResourceSource, path: JsonPath): NodeHit {
  const doc = source.document.ast;
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  let depth = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    let next: Node | null | undefined;
    let nextKey: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : item.key) === String(segment));
      if (pair) {
        next = pair.value as Node | null;
        nextKey = pair.key as Node;
        if (next === null) {
          // `key:` with no value: the key is the only position we have.
          return { node: nextKey, key: nextKey, depth: depth + 1 };
        }
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | undefined;
    }
    if (!next) break;
    node = next;
    key = nextKey;
    depth++;
  }
  return { node, key, depth };
}

/**
 * Maps a path inside a resource to a position. A scalar points at its value; a collection at its key
 * (the whole block would span many lines); a path that does not exist falls back to its nearest
 * existing parent, so a "missing field" finding lands on the object that should have it.
 */
export function locate(source: ResourceSource, path: JsonPath): SourcePosition {
  const hit = walk(source, [...source.basePath, ...path]);
  const target = hit.node && isScalar(hit.node) ? hit.node : (hit.key ?? hit.node);
  const range = target?.range ?? source.document.ast.range;
  const offset = source.document.astOffset;
  const start = source.lineCounter.linePos(range[0] + offset);
  const end = source.lineCounter.linePos(Math.max(range[0], range[1]) + offset);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

export function positionOfOffset(source: Pick<ResourceSource, 'lineCounter' | 'text'>, offset: number, endOffset = offset): SourcePosition {
  // yaml reports some errors (an unclosed quote at the end of the file) one past the last character.
  const clamp = (at: number) => Math.max(0, Math.min(at, source.text.length));
  const start = source.lineCounter.linePos(clamp(offset));
  const end = source.lineCounter.linePos(clamp(Math.max(offset, endOffset)));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * The scalar as written in the file (`0644`, `yes`, `"10Gi"`), for rules about how a value was
 * spelled rather than what it means. Undefined when the path is not a scalar. For kustomize output,
 * the spelling in the origin file or patch when it holds the same value (kustomize re-serialises).
 */
export function scalarSource(source: ResourceSource, path: JsonPath): string | undefined {
  if (source.origin) {
    const place = writtenPlace(source, source.origin, path);
    if (place.exact) return writtenScalar(place.source, place.path);
  }
  return writtenScalar(source, path);
}

function writtenScalar(source: ResourceSource, path: JsonPath): string | undefined {
  const hit = walk(source, [...source.basePath, ...path]);
  if (hit.depth !== source.basePath.length + path.length || !hit.node || !isScalar(hit.node) || !hit.node.range) return undefined;
  const offset = source.document.astOffset;
  return source.text.slice(hit.node.range[0] + offset, hit.node.range[1] + offset);
}

/**
 * The comment that ends the line of the value at `path` (`claimName: data # change to your claim`
 * gives `change to your claim`; a second ` #` on the line starts another comment), read where the object is written (the kustomize source file). For
 * `key:` with no value, or a value that is a block, the comment after the key. Undefined when the
 * path is not written or its line has no comment. Costs a parse of the document: ask it only for a
 * value about to be reported.
 */
export function trailingComment(given: ResourceSource, path: JsonPath): string | undefined {
  const source = given.origin ?? given;
  const hit = walk(source, [...source.basePath, ...path]);
  if (hit.depth !== source.basePath.length + path.length || !hit.node) return undefined;
  const valueEnd = isScalar(hit.node) && hit.node.value !== null && hit.node !== hit.key ? hit.node.range?.[1] : undefined;
  const end = valueEnd ?? hit.key?.range?.[1];
  if (end === undefined) return undefined;
  const from = end + source.document.astOffset;
  const lineEnd = source.text.indexOf('\n', from);
  const rest = source.text.slice(from, lineEnd === -1 ? undefined : lineEnd);
  // The first comment only: `# change to your claim # expect: …` is two.
  const comment = /(?:^|[ \t])#(.*?)(?:[ \t]#|$)/.exec(rest);
  return comment ? comment[1].trim() : undefined;
}

/**
 * The file and position a user should look at: for kustomize output, the file and line that wrote
 * the field (load/written-place.ts); for Helm output whose template is a file here, the template line
 * that writes it (load/helm-source.ts); otherwise the input itself.
 */
export function reportedPosition(source: ResourceSource, path: JsonPath): SourcePosition & { file: string } {
  if (source.origin) {
    const place = writtenPlace(source, source.origin, path);
    return { file: place.source.file, ...locate(place.source, place.path) };
  }
  const position = locate(source, path);
  const template = source.renderedFrom;
  if (!template) return { file: source.file, ...position };
  const starts = source.lineCounter.lineStarts;
  const renderedLine = source.text.slice(starts[position.line - 1] ?? 0, starts[position.line] ?? source.text.length).replace(/\r?\n$/, '');
  return { file: template.file, ...templatePosition(template, renderedLine, position) };
}
