import { LineCounter, type Document } from 'yaml';
import { compose } from './go-yaml-document.js';
import { GoDecodeError, goValue } from './go-yaml-value.js';
import { kubectlDocuments, type KubectlDocument } from './kubectl-documents.js';
import type { ParseProblem } from './parse-problem.js';

export type { ParseProblem, ParseProblemKind } from './parse-problem.js';

/** One YAML document of a file, with what is needed to map a JSON path back to a position. */
export interface ParsedDocument {
  index: number;
  /**
   * The document's AST, for positions. Only documents with errors keep theirs; the others rebuild it
   * from their own text on first use (a finding or a suppression annotation), because holding every
   * AST cost ~14 KB per object and most objects are never reported.
   */
  readonly ast: Document.Parsed;
  /** Add to the AST's offsets for offsets in the file (each document is parsed from its own text). */
  readonly astOffset: number;
  /** The document had errors (syntax, duplicate keys, aliases). */
  hasErrors: boolean;
  /** What kubectl sends for the document (null for a document of comments only). */
  value: unknown;
  /** false when kubectl cannot read the document: `error` says why. */
  usable: boolean;
  /** The first reason kubectl refuses the document; the only problem reported for it. */
  error?: ParseProblem;
  /** File offset where the document's comments start, before its content (Helm's `# Source:` is there). */
  preludeOffset: number;
  prelude: string;
  /** The document's text in the file, as kubectl cuts it: from `start` up to `end`. */
  start: number;
  end: number;
}

export interface ParsedFile {
  text: string;
  lineCounter: LineCounter;
  documents: ParsedDocument[];
  problems: ParseProblem[];
}

const TEMPLATE_PLACEHOLDER_MESSAGE =
  'An unquoted {{ … }} placeholder is a YAML mapping used as a key, which kubectl cannot send to the API server; render the template first, or quote the value if it is meant literally';

/**
 * Parses every document of a file as kubectl reads it: cut where kubectl cuts (kubectl-documents.ts),
 * each piece read as go-yaml v2 reads it (go-yaml-lexer.ts, go-yaml-scan.ts) and turned into the
 * JSON sigs.k8s.io/yaml sends (go-yaml-value.ts). The parity tests (test/parity) hold this to
 * kubectl's own decoder. Never throws: a document kubectl refuses gets one problem, its first error,
 * and the other documents are still returned, because a broken document 2 must not hide findings
 * in 1 and 3.
 */
export function parseYaml(text: string): ParsedFile {
  const documents: ParsedDocument[] = [];
  const problems: ParseProblem[] = [];
  // kubectl decodes a stream that starts with `{` as JSON first (YAMLOrJSONDecoder).
  const jsonFirst = /^\s*\{/.test(text);
  kubectlDocuments(text).forEach((piece, index) => {
    const document = parseDocument(text, piece, index, jsonFirst && index === 0);
    documents.push(document.document);
    problems.push(...document.problems);
  });
  return { text, lineCounter: lineCounterFor(text), documents, problems };
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

function parseDocument(
  text: string,
  piece: KubectlDocument,
  index: number,
  jsonFirst: boolean,
): { document: ParsedDocument; problems: ParseProblem[] } {
  const { start } = piece;
  const shift = (problem: ParseProblem): ParseProblem => ({
    ...problem,
    offset: problem.offset + start,
    endOffset: problem.endOffset + start,
  });
  const pieceText = text.slice(start, piece.end);
  const composed = compose(pieceText);
  const end = start + composed.end;
  let problems = composed.problems.map(shift);
  let value: unknown = null;
  let json: { value: unknown } | undefined;
  if (jsonFirst) {
    try {
      json = { value: JSON.parse(pieceText) as unknown };
    } catch {
      // Not one JSON value: kubectl reads it as YAML.
    }
  }
  if (piece.badSeparator) {
    const afterDashes = /-*[ \t]*/y;
    afterDashes.lastIndex = piece.badSeparator.offset;
    afterDashes.exec(text);
    const at = afterDashes.lastIndex;
    problems = [
      {
        kind: 'syntax',
        code: 'BAD_SEPARATOR',
        message: `invalid Yaml document separator: only a comment may follow --- on its line, not ${piece.badSeparator.rest.replace(/\s+#.*$/, '')}`,
        offset: at,
        endOffset: piece.badSeparator.endOffset,
      },
    ];
  } else if (json) {
    value = json.value;
    problems = problems.filter((problem) => problem.kind === 'duplicate-key');
  } else if (!problems.some((problem) => problem.kind === 'syntax')) {
    try {
      value = goValue(composed.ast, composed.text);
    } catch (error) {
      if (!(error instanceof GoDecodeError)) throw error;
      problems.push(shift(decodeProblem(error, composed.text)));
    }
  }
  const fatal = problems.filter((problem) => problem.kind !== 'duplicate-key');
  const error = fatal.length === 0 ? undefined : fatal.reduce((first, problem) => (problem.offset < first.offset ? problem : first));
  // One problem per broken document: its first error, not the cascade that follows it.
  const reported = error ? [error] : problems;
  const ast = composed.ast;
  const contentStart = ast.contents?.range[0] ?? ast.range[0];
  const prelude = { preludeOffset: start, prelude: text.slice(start, start + contentStart) };
  const document: ParsedDocument = {
    index,
    hasErrors: problems.length > 0,
    value: error ? null : value,
    usable: !error,
    ...(error ? { error } : {}),
    start,
    end,
    ...prelude,
    astOffset: start,
    ast,
  };
  if (problems.length === 0) Object.defineProperty(document, 'ast', lazyAst(text, start, end));
  return { document, problems: reported };
}

function decodeProblem(error: GoDecodeError, text: string): ParseProblem {
  const at = { offset: error.offset, endOffset: error.offset };
  if (error.code === 'EXCESSIVE_ALIASES') return { kind: 'alias-bomb', code: error.code, message: error.message, ...at };
  // `name: {{ x }}` is a mapping whose key is the mapping `{ x }`, `{{ x }}: y` a mapping key: a template placeholder left unrendered.
  const placeholder =
    /^\{\s*\{/.test(text.slice(error.offset, error.offset + 20)) || /\{\s*$/.test(text.slice(Math.max(0, error.offset - 20), error.offset));
  if (error.code === 'INVALID_KEY' && text[error.offset] === '{' && placeholder)
    return { kind: 'helm-template', code: 'TEMPLATE_PLACEHOLDER', message: TEMPLATE_PLACEHOLDER_MESSAGE, ...at };
  return { kind: 'syntax', code: error.code, message: error.message, ...at };
}

/** The AST of a document that had no errors, parsed again from its own text when first asked for. */
function lazyAst(text: string, start: number, end: number): PropertyDescriptor {
  let ast: Document.Parsed | undefined;
  return {
    enumerable: true,
    get() {
      ast ??= compose(text.slice(start, end)).ast;
      return ast;
    },
  };
}
