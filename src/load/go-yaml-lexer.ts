import { CST, Lexer } from 'yaml';

/** A lexical token of one document, with its offset in the document's text. */
export interface Lexeme {
  source: string;
  offset: number;
  /** yaml's token type; the content after a scalar marker is `plain-scalar` or `block-scalar` (go-yaml-scan.ts tells them apart). */
  type: CST.TokenType | 'plain-scalar' | 'block-scalar';
  /** For scalar content: the indentation its continuation lines need, go-yaml's `parser.indent + 1` (for its checks on tabs). */
  indent: number;
}

const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';
const BOM = '\uFEFF';

/**
 * The lexemes of a document's text, as go-yaml would cut them, with their offsets. A byte order
 * mark after the start is text to go-yaml (yaml drops one at the start of a line): it is read as
 * the first character of the plain scalar that follows.
 */
export function* lexLikeGoYaml(text: string): Generator<Lexeme> {
  const lexer = new GoYamlLexer();
  const state = lexer as unknown as GoYamlInternals;
  let offset = 0;
  let scalar = false;
  let bom: Lexeme | undefined;
  for (const source of lexer.lex(text)) {
    const control = source === DOCUMENT || source === FLOW_END || source === SCALAR;
    const type = scalar ? 'plain-scalar' : (CST.tokenType(source) ?? 'space');
    let lexeme: Lexeme = { source, offset, type, indent: scalar ? state.scalarIndent : 0 };
    if (bom && !control) {
      if (type === 'plain-scalar' && offset === bom.offset + 1) lexeme = { ...lexeme, source: BOM + source, offset: bom.offset };
      else yield bom;
      bom = undefined;
    }
    if (source === BOM && offset > 0) bom = lexeme;
    else yield lexeme;
    scalar = source === SCALAR;
    // The lexer's control characters (document start, flow end, scalar marker) are not in the text.
    if (!control) offset += source.length;
  }
  if (bom) yield bom;
}

/**
 * yaml's lexer, made as lenient as go-yaml v2 (the libyaml port kubectl decodes with) where real
 * manifests depend on it:
 * - inside a flow collection (`args: [a,` … `]`) indentation does not matter; go-yaml only stops
 *   at a document marker at column 0;
 * - neither does it inside a quoted scalar that runs over several lines;
 * - in a flow collection a plain scalar ends at `?` and at `: `, but not at `:` before `,]}`
 *   (`[a:, b]` is the string `a:`), as go-yaml's scanner has it;
 * - tags, anchors and aliases are scanned with go-yaml's characters.
 * The checks yaml does not make and go-yaml does (tabs, anchors, escapes, …) are in go-yaml-scan.ts.
 *
 * yaml marks the methods overridden here private; their behaviour is pinned by the parity tests
 * (test/parity), which fail if an update of yaml changes it.
 */
interface LexerInternals {
  buffer: string;
  pos: number;
  atEnd: boolean;
  flowLevel: number;
  flowKey: boolean;
  indentNext: number;
  indentValue: number;
  parseFlowCollection(): Generator<string, string | null>;
  parseQuotedScalar(): Generator<string, string | null>;
  parsePlainScalar(): Generator<string, string | null>;
  parseBlockScalar(): Generator<string, string | null>;
  pushCount(n: number): Generator<string, number>;
  pushSpaces(allowTabs: boolean): Generator<string, number>;
  pushTag(): Generator<string, number>;
  pushUntil(test: (ch: string | undefined) => boolean): Generator<string, number>;
  pushToIndex(index: number, allowEmpty: boolean): Generator<string, number>;
}

interface GoYamlInternals extends LexerInternals {
  /** The indentation the scalar being lexed continues at (see Lexeme.indent). */
  scalarIndent: number;
  /** The indentation a block needs, kept while a flow collection ignores it. */
  blockIndentNext: number | undefined;
}

const base = Lexer.prototype as unknown as LexerInternals;

const isEmpty = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
const isDocumentMarker = (buffer: string, offset: number) =>
  (buffer.startsWith('---', offset) || buffer.startsWith('...', offset)) && isEmpty(buffer[offset + 3]);
const isNotAnchorChar = (ch: string | undefined) => ch === undefined || !/[0-9A-Za-z_-]/.test(ch);

export class GoYamlLexer extends Lexer {}

// Overrides of yaml's private methods, on the prototype: TypeScript will not let a subclass declare them.
const overrides: Record<string, (this: GoYamlInternals, ...args: never[]) => Generator<string, unknown>> = {
  *parseFlowCollection() {
    this.blockIndentNext ??= this.indentNext;
    this.indentNext = 0;
    const next = yield* base.parseFlowCollection.call(this);
    if (this.flowLevel === 0) {
      this.indentNext = this.blockIndentNext;
      this.blockIndentNext = undefined;
    }
    return next;
  },
  *parseQuotedScalar() {
    const indentNext = this.indentNext;
    this.indentNext = 0;
    try {
      return yield* base.parseQuotedScalar.call(this);
    } finally {
      this.indentNext = indentNext;
    }
  },
  *parsePlainScalar() {
    this.scalarIndent = this.flowLevel === 0 ? this.indentNext : (this.blockIndentNext ?? 0);
    if (this.flowLevel === 0) return yield* base.parsePlainScalar.call(this);
    return yield* flowPlainScalar(this);
  },
  *parseBlockScalar() {
    this.scalarIndent = this.indentNext;
    return yield* base.parseBlockScalar.call(this);
  },
  *pushIndicators() {
    return yield* pushIndicators(this);
  },
  *pushTag() {
    return yield* pushTag(this);
  },
  /** yaml scans anchor and alias names up to white space or a flow indicator; go-yaml takes letters, digits, `_` and `-` only. */
  *pushUntil(test: (ch: string | undefined) => boolean) {
    const ch = this.buffer[this.pos];
    const name = ch === '&' || ch === '*';
    let i = this.pos + (name ? 1 : 0);
    while (!(name ? isNotAnchorChar : test)(this.buffer[i])) i++;
    return yield* this.pushToIndex(i, false);
  },
};
for (const [name, method] of Object.entries(overrides))
  Object.defineProperty(GoYamlLexer.prototype, name, { value: method, writable: true });

/**
 * yaml's pushIndicators (tags, anchors and the `-`, `?`, `:` indicators before a node), except
 * that in a flow collection go-yaml reads `-` before `,]}` as the plain scalar `-`.
 */
function* pushIndicators(lexer: LexerInternals): Generator<string, number> {
  let n = 0;
  for (;;) {
    const ch0 = lexer.buffer[lexer.pos];
    const ch1 = lexer.buffer[lexer.pos + 1];
    const inFlow = lexer.flowLevel > 0;
    if (ch0 === '!') {
      n += yield* lexer.pushTag();
      n += yield* lexer.pushSpaces(true);
    } else if (ch0 === '&') {
      n += yield* lexer.pushUntil(() => true);
      n += yield* lexer.pushSpaces(true);
    } else if (
      (ch0 === '-' || ch0 === '?' || ch0 === ':') &&
      (isEmpty(ch1) || (inFlow && ',[]{}'.includes(ch1) && !(ch0 === '-' && ch1 !== '[' && ch1 !== '{')))
    ) {
      if (!inFlow) lexer.indentNext = lexer.indentValue + 1;
      else if (lexer.flowKey) lexer.flowKey = false;
      n += yield* lexer.pushCount(1);
      n += yield* lexer.pushSpaces(true);
    } else {
      return n;
    }
  }
}

/** go-yaml's tag characters: URI characters, which take `,[]` (yaml stops there) and not `#`. */
const TAG_CHAR = /[0-9A-Za-z\-;/?:@&=+$,_.!~*'()[\]]/;

/** A tag as go-yaml scans it (yaml_parser_scan_tag): `!<verbatim>`, or handle and suffix of URI characters. */
function* pushTag(lexer: LexerInternals): Generator<string, number> {
  const { buffer, pos } = lexer;
  let i = pos + 1;
  if (buffer[i] === '<') {
    while (buffer[i] !== undefined && !isEmpty(buffer[i]) && buffer[i] !== '>') i++;
    return yield* lexer.pushToIndex(buffer[i] === '>' ? i + 1 : i, false);
  }
  for (;;) {
    const ch = buffer[i];
    if (ch !== undefined && TAG_CHAR.test(ch)) i++;
    else if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(buffer.slice(i + 1, i + 3))) i += 3;
    else break;
  }
  return yield* lexer.pushToIndex(i, false);
}

/** go-yaml's plain scalar in a flow collection (scannerc.go, yaml_parser_scan_plain_scalar). */
function* flowPlainScalar(lexer: LexerInternals): Generator<string, string | null> {
  const { buffer } = lexer;
  // `?` always starts an explicit key in a flow collection for go-yaml, with or without a space after it.
  if (buffer[lexer.pos] === '?') {
    yield* lexer.pushToIndex(lexer.pos + 1, false);
    return 'flow';
  }
  // After an anchor or a tag, `,]}` end the node, which is empty; yaml's lexer reads them on its next turn.
  if (',]}'.includes(buffer[lexer.pos])) {
    yield SCALAR;
    yield '';
    return 'flow';
  }
  if ('[{'.includes(buffer[lexer.pos])) return 'flow';
  let end = lexer.pos;
  let i = lexer.pos;
  // The first character belongs to the scalar whatever it is, or the lexer would not move.
  for (let ch = buffer[i]; ch !== undefined; ch = buffer[++i]) {
    if (ch === ':' && isEmpty(buffer[i + 1])) break;
    if (i > lexer.pos && (ch === ',' || ch === '?' || ch === '[' || ch === ']' || ch === '{' || ch === '}')) break;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      if (ch === '\n' && isDocumentMarker(buffer, i + 1)) break;
      let j = i;
      while (buffer[j] === ' ' || buffer[j] === '\t' || buffer[j] === '\r' || buffer[j] === '\n') {
        if (buffer[j] === '\n' && isDocumentMarker(buffer, j + 1)) break;
        j++;
      }
      if (buffer[j] === '#' || j === buffer.length || (buffer[j] === '\n' && isDocumentMarker(buffer, j + 1))) break;
      i = j - 1;
      continue;
    }
    end = i + 1;
  }
  yield SCALAR;
  yield* lexer.pushToIndex(end, true);
  return 'flow';
}
