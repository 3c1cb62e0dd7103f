/**
 * A file cut into documents the way kubectl cuts it (k8s.io/apimachinery/pkg/util/yaml, YAMLReader):
 * every line that starts with `---` ends a document, and only white space or a comment may follow
 * the dashes on that line. `--- {a: 1}`, `--- |` and `---word` are refused with "invalid Yaml
 * document separator", although YAML allows the first two. Documents with no text at all (two
 * separators in a row, a separator on the first or last line) do not exist for kubectl.
 */
export interface KubectlDocument {
  /** Offset of the document's first line: the line after its separator, or the start of the file. */
  start: number;
  /** Offset just past the document's last line: where the next separator line starts, or the end of the file. */
  end: number;
  /** The separator line that opens this document, when kubectl refuses it; the document is then unreadable. */
  badSeparator?: { offset: number; endOffset: number; rest: string };
}

/** Go's unicode.IsSpace, which strings.TrimSpace strips around what follows the dashes. */
const GO_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

export function kubectlDocuments(text: string): KubectlDocument[] {
  const documents: KubectlDocument[] = [];
  let start = 0;
  let badSeparator: KubectlDocument['badSeparator'];
  const close = (end: number) => {
    // kubectl reads the lines after a refused separator as part of the document it refuses.
    if (badSeparator || end > start)
      documents.push({ start: badSeparator ? badSeparator.offset : start, end, ...(badSeparator ? { badSeparator } : {}) });
    badSeparator = undefined;
  };
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    if (text.startsWith('---', lineStart)) {
      close(lineStart);
      const rest = text.slice(lineStart + 3, lineEnd).replace(GO_SPACE, '');
      if (rest !== '' && rest[0] !== '#') badSeparator = { offset: lineStart, endOffset: lineEnd, rest };
      start = next;
    }
    lineStart = next;
  }
  close(text.length);
  return documents;
}
