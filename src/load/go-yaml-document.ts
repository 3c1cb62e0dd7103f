import { Composer, Parser, type Document } from 'yaml';
import { lexLikeGoYaml } from './go-yaml-lexer.js';
import { goRootEnd, rootBlockScalarAtColumnZero } from './go-yaml-root.js';
import { controlCharacter, GoYamlScanner } from './go-yaml-scan.js';
import type { ParseProblem } from './parse-problem.js';
import { KUBECTL_YAML_OPTIONS } from './yaml-options.js';

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

export interface Composed {
  ast: Document.Parsed;
  /** The text the AST was parsed from: the piece's, with go-yaml's line breaks made LF. */
  text: string;
  /** Where go-yaml's document ends in the piece's text (a directive line ends it early). */
  end: number;
  problems: ParseProblem[];
}

/**
 * go-yaml also breaks lines at a lone CR, NEL, LS and PS; yaml only at LF and CRLF. Each is one
 * UTF-16 unit, so turning them into LF keeps every offset. (go-yaml keeps LS and PS in a scalar's
 * value where this makes them LF; neither has been seen in a manifest.)
 */
const goLineBreaks = (text: string) => text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g, '\n');

/**
 * One document, cut as kubectl cuts (kubectl-documents.ts), read as go-yaml v2 reads it: its AST
 * (for positions), the problems go-yaml or yaml find in it, and where go-yaml stops reading.
 */
export function compose(source: string): Composed {
  const control = controlCharacter(source);
  const composed = composeDocument(source, control === undefined);
  if (control && !composed.problems.some((problem) => problem.offset === control.offset))
    composed.problems.push({ kind: 'syntax', ...control });
  return composed;
}

function composeDocument(source: string, mayEndEarly: boolean): Composed {
  const text = goLineBreaks(source);
  const scanner = new GoYamlScanner(text);
  const parser = new Parser();
  function* tokens() {
    for (const lexeme of lexLikeGoYaml(text)) {
      scanner.feed(lexeme);
      yield* parser.next(lexeme.source);
    }
    yield* parser.end();
  }
  // All documents are composed, so that the scanner sees the whole text; go-yaml reads the first.
  const [ast] = [...new Composer(KUBECTL_YAML_OPTIONS).compose(tokens(), true)];
  const scan = scanner.finish();
  if (scan.documentEnd !== undefined) return { ...composeDocument(source.slice(0, scan.documentEnd), mayEndEarly), end: scan.documentEnd };
  // go-yaml's own complaints first: where both report the same place, theirs is the message kubectl gives.
  const problems: ParseProblem[] = scan.problems.map((problem) => ({ kind: 'syntax', ...problem }));
  for (const error of ast.errors) {
    // yaml puts some errors at offset -1 (a missing `---` before the first line).
    error.pos = [Math.max(0, error.pos[0]), Math.max(0, error.pos[1])];
    if (scan.acceptedAt.has(error.pos[0]) || error.pos[0] >= (scan.endMarker ?? Infinity)) continue;
    if (error.code === 'DUPLICATE_KEY') {
      problems.push({
        kind: 'duplicate-key',
        code: error.code,
        message: duplicateKeyName(text, error.pos),
        offset: error.pos[0],
        endOffset: error.pos[1],
      });
    } else {
      problems.push({ kind: 'syntax', code: error.code, message: firstLine(error.message), offset: error.pos[0], endOffset: error.pos[1] });
    }
  }
  const broken = problems.some((problem) => problem.kind === 'syntax');
  const root = mayEndEarly && (broken || rootBlockScalarAtColumnZero(text, ast)) ? goRootEnd(text, ast) : undefined;
  const beforeRootEnd = (problem: ParseProblem) =>
    problem.kind === 'syntax' &&
    problem.offset < root!.end &&
    !(problem.code === 'MULTILINE_IMPLICIT_KEY' && problem.offset === root!.multiLineKey);
  if (root && !problems.some(beforeRootEnd)) {
    const rootOnly = composeDocument(source.slice(0, root.end), false);
    if (!rootOnly.problems.some((problem) => problem.kind === 'syntax')) return { ...rootOnly, end: root.end };
  }
  return { ast, text, end: text.length, problems };
}
