import { isAlias, isCollection, isMap, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';

/**
 * Where go-yaml's document ends when its root node is complete before the text is: go-yaml's
 * Unmarshal reads one node and never looks past the token after it, so `[a] ]`, `"a"` followed by
 * a block mapping, or an indented mapping followed by a line at column 0 read as that first node.
 * yaml reports the rest as errors. Undefined when the root is not complete before the end of the
 * text (a block collection at column 0, the usual manifest) or when go-yaml would fail on the
 * token that follows it. `multiLineKey` is where yaml saw a key over several lines that go-yaml
 * reads as the root instead: yaml's complaint about it does not apply.
 */
export function goRootEnd(text: string, ast: Document.Parsed): { end: number; multiLineKey?: number } | undefined {
  const contents = ast.contents as Node | null;
  const root = goRoot(text, contents);
  if (!root?.range || root.range[1] <= root.range[0]) return undefined;
  const [start, end] = root.range;
  let rootEnd: number | undefined;
  if (isCollection(root) && root.flow) {
    const close = isMap(root) ? '}' : ']';
    if (text[end - 1] === close) rootEnd = end;
  } else if (isScalar(root) && (root.type === Scalar.QUOTE_DOUBLE || root.type === Scalar.QUOTE_SINGLE)) {
    const quote = root.type === Scalar.QUOTE_DOUBLE ? '"' : "'";
    if (end - start >= 2 && text[end - 1] === quote) rootEnd = end;
  } else if ((isScalar(root) && root.type === Scalar.PLAIN) || isAlias(root)) {
    rootEnd = end;
  } else if (isScalar(root) && (root.type === Scalar.BLOCK_LITERAL || root.type === Scalar.BLOCK_FOLDED)) {
    // go-yaml indents a block scalar by one space at least, even at the root: a first line at column 0 ends it empty.
    const firstLine = /\n(?=[^ \t\r\n])|\n(?=[ \t]+[^ \t\r\n])/.exec(text.slice(start, end));
    rootEnd = firstLine && /[^ \t]/.test(text[start + firstLine.index + 1]) ? start + firstLine.index + 1 : end;
  } else if ((isMap(root) || isSeq(root)) && !root.flow) {
    rootEnd = blockEnd(text, start);
  }
  if (rootEnd === undefined || rootEnd >= text.trimEnd().length) return undefined;
  if (!nextTokenScans(text, rootEnd, isScalar(root) && root.type === Scalar.PLAIN)) return undefined;
  return root === contents ? { end: rootEnd } : { end: rootEnd, multiLineKey: start };
}

/** A block scalar at the root whose first line starts at column 0: yaml reads that line, go-yaml ends the scalar before it. */
export function rootBlockScalarAtColumnZero(text: string, ast: Document.Parsed): boolean {
  const root = ast.contents as Node | null;
  if (!isScalar(root) || (root.type !== Scalar.BLOCK_LITERAL && root.type !== Scalar.BLOCK_FOLDED) || !root.range) return false;
  const body = text.slice(root.range[0], root.range[1]);
  const firstLine = /\n[ \t]*[^ \t\r\n]/.exec(body);
  return firstLine !== null && /[^ \t]/.test(body[firstLine.index + 1]);
}

/**
 * A quoted scalar or flow collection over several lines cannot be a key for go-yaml: where yaml
 * reads it as the first key of a block mapping, go-yaml reads it alone as the root.
 */
function goRoot(text: string, contents: Node | null): Node | null {
  if (!isMap(contents) || contents.flow || contents.items.length === 0) return contents;
  const key = contents.items[0].key as Node | null;
  const multiLine = key?.range && text.slice(key.range[0], key.range[1]).includes('\n');
  const quotedOrFlow =
    (isScalar(key) && (key.type === Scalar.QUOTE_DOUBLE || key.type === Scalar.QUOTE_SINGLE)) || (isCollection(key) && key.flow);
  return multiLine && quotedOrFlow ? key : contents;
}

/** An indented block collection at the root ends at the first line that starts left of it. */
function blockEnd(text: string, start: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = start - lineStart;
  if (indent === 0) return undefined;
  const pattern = /\n( *)([^ \n#\r])/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1].length < indent) return match.index + 1;
  }
  return undefined;
}

/**
 * go-yaml scans the token after the root before it ends the document; some cannot be scanned. A
 * plain root goes on over the next lines unless a comment ends it or the next line starts with `: `.
 */
function nextTokenScans(text: string, from: number, plainRoot: boolean): boolean {
  let i = from;
  let lineStart = false;
  let comment = false;
  for (;;) {
    const ch = text[i];
    if (ch === ' ' || (ch === '\t' && !lineStart)) i++;
    else if (ch === '#') {
      comment = true;
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    } else if (ch === '\n' || ch === '\r') {
      i++;
      lineStart = true;
    } else break;
  }
  const ch = text[i];
  if (ch === undefined) return true;
  if (plainRoot && !comment && !(ch === ':' && lineStart)) return false;
  if (ch === '\t' || ch === '@' || ch === '`') return false;
  // A root over several lines followed by `:` on its last line is a key go-yaml cannot take.
  if (ch === ':' && !lineStart) return false;
  if (ch === '"' || ch === "'") return closingQuote(text, i) !== -1;
  if ((ch === '&' || ch === '*') && !/^[&*][0-9A-Za-z_-]+(?:[\s?:,\]}%@`]|$)/.test(text.slice(i, i + 200))) return false;
  if (
    ch === '%' &&
    lineStart &&
    !/^%(?:YAML[ \t]+\d+\.\d+|TAG[ \t]+!\S*[ \t]+\S+)[ \t]*(?:#.*)?$/m.test(
      text.slice(i, text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i)),
    )
  )
    return false;
  return true;
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
