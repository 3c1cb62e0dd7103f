import { Composer, LineCounter, Parser, type Document } from 'yaml';
import { KUBECTL_YAML_OPTIONS, TO_JS_OPTIONS } from './yaml-options.js';

/** One YAML document of a file, with what is needed to map a JSON path back to a position. */
export interface ParsedDocument {
  index: number;
  /**
   * The document's AST, for positions. Only documents with errors keep theirs; the others rebuild it
   * from their own text on first use (a finding or a suppression annotation), because holding every
   * AST cost ~14 KB per object and most objects are never reported.
   */
  readonly ast: Document.Parsed;
  /** Add to the AST's offsets for offsets in the file (the rebuilt AST counts from its own text). */
  readonly astOffset: number;
  /** The document had errors (syntax, duplicate keys, aliases); its AST is the one of the file. */
  hasErrors: boolean;
  value: unknown;
  /** false when the document had errors severe enough that its value cannot be trusted. */
  usable: boolean;
  /** File offset where the document's comments and `---` start, before its content (Helm's `# Source:` is there). */
  preludeOffset: number;
  prelude: string;
}

export type ParseProblemKind = 'syntax' | 'duplicate-key' | 'alias-bomb';

export interface ParseProblem {
  kind: ParseProblemKind;
  code: string;
  message: string;
  offset: number;
  endOffset: number;
}

export interface ParsedFile {
  text: string;
  lineCounter: LineCounter;
  documents: ParsedDocument[];
  problems: ParseProblem[];
}

const firstLine = (message: string) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

/**
 * The duplicated key as written, for a message that names it. The parser points at the key's first
 * character only, so the key is read from there: a quoted key to its closing quote, a plain key up to
 * the `: ` that ends it (or, without one on the line, up to a flow mapping's `,` or `}`).
 */
function duplicateKeyName(text: string, [start]: [number, number]): string {
  const line = text.slice(start, start + 200).split('\n')[0];
  const quoted = /^"(?:[^"\\]|\\.)*"|^'(?:[^']|'')*'/.exec(line);
  const key = (quoted?.[0] ?? /^(.*?):(?:[ \t]|$)/.exec(line)?.[1] ?? /^[^,}]*/.exec(line)![0]).trim();
  return key.length > 0 ? key.slice(0, 80) : 'key';
}

/**
 * Parses every document of a file. Never throws: syntax errors become problems and the other
 * documents are still returned, because a broken document 2 must not hide findings in 1 and 3.
 */
export function parseYaml(text: string): ParsedFile {
  const lineCounter = lineCounterFor(text);
  type Prelude = Pick<ParsedDocument, 'preludeOffset' | 'prelude'>;
  const documents: { index: number; start: number; end: number; prelude: Prelude; document?: ParsedDocument; value: unknown }[] = [];
  const problems: ParseProblem[] = [];
  const composer = new Composer(KUBECTL_YAML_OPTIONS);
  const tokens = new Parser().parse(text);
  let index = 0;
  for (const ast of composer.compose(tokens)) {
    let fatal = false;
    for (const error of ast.errors) {
      const kind: ParseProblemKind = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
      if (kind === 'syntax') fatal = true;
      const message = kind === 'duplicate-key' ? duplicateKeyName(text, error.pos) : firstLine(error.message);
      problems.push({ kind, code: error.code, message, offset: error.pos[0], endOffset: error.pos[1] });
    }
    let value: unknown = null;
    try {
      value = ast.toJS(TO_JS_OPTIONS);
    } catch (error) {
      fatal = true;
      const message = error instanceof Error ? error.message : String(error);
      const start = ast.contents?.range[0] ?? ast.range[0];
      const bomb = /excessive alias/i.test(message);
      problems.push({
        kind: bomb ? 'alias-bomb' : 'syntax',
        code: bomb ? 'EXCESSIVE_ALIASES' : 'BAD_ALIAS',
        message: firstLine(message),
        offset: start,
        endOffset: start,
      });
    }
    const hasErrors = ast.errors.length > 0 || fatal;
    const start = documentStart(text, ast.range[0]);
    // The previous document's text runs up to this one's, so that an empty node at its end sits where it did.
    if (documents.length > 0) documents[documents.length - 1].end = start;
    const at = index++;
    const prelude = { preludeOffset: ast.range[0], prelude: text.slice(ast.range[0], ast.contents?.range[0] ?? ast.range[0]) };
    documents.push({
      index: at,
      start,
      end: text.length,
      prelude,
      document: hasErrors ? { index: at, ast, astOffset: 0, hasErrors, value, usable: !fatal, ...prelude } : undefined,
      value,
    });
  }
  return { text, lineCounter, documents: documents.map((d) => d.document ?? lazyDocument(text, d, d.prelude)), problems };
}

/**
 * Line starts from the text itself: the parser's newline callback misses the line breaks inside a
 * token it could not close (an unterminated quote), which shifted every later position.
 */
export function lineCounterFor(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
    lineCounter.addNewLine(offset + 1);
  }
  return lineCounter;
}

/** Where a document's own text starts: its first line, so that the indentation of its first node is kept. */
function documentStart(text: string, from: number): number {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, from)) ? lineStart : from;
}

/** A document whose AST is parsed again, from its own text, when asked for; its offsets count from `start`. */
function lazyDocument(
  text: string,
  { start, end, index, value }: { start: number; end: number; index: number; value: unknown },
  prelude: Pick<ParsedDocument, 'preludeOffset' | 'prelude'>,
): ParsedDocument {
  let ast: Document.Parsed | undefined;
  return {
    index,
    hasErrors: false,
    value,
    usable: true,
    astOffset: start,
    ...prelude,
    get ast() {
      if (!ast) {
        const composer = new Composer(KUBECTL_YAML_OPTIONS);
        ast = [...composer.compose(new Parser().parse(text.slice(start, end)))][0];
      }
      return ast;
    },
  };
}
