import type { Lexeme } from './go-yaml-lexer.js';

export interface ScanProblem {
  code: string;
  offset: number;
  endOffset: number;
  message: string;
}

export interface ScanResult {
  /** What go-yaml's scanner refuses and yaml's accepts, in the order found. */
  problems: ScanProblem[];
  /** Offsets of yaml errors go-yaml has no quarrel with (`"a"#comment`, the escape `\'`). */
  acceptedAt: Set<number>;
  /** go-yaml's document ends at a directive line (`%…` at column 0); kubectl never looks further. */
  documentEnd?: number;
  /** go-yaml's document ends at this `...` line: what follows is never read. */
  endMarker?: number;
}

const SCALAR = '\x1f';
const DOCUMENT = '\x02';
const FLOW_END = '\x18';

/** What may follow an anchor or alias name in go-yaml besides white space (`%`, `@` and `` ` `` may too, but fail next). */
const AFTER_ANCHOR = new Set(['?', ':', ',', ']', '}']);
/** go-yaml's tag characters (URI characters) after the handle. */
const TAG = /^!(?:<[^>\s]*>|(?:[0-9A-Za-z_-]*!)?[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]*)$/;
const DIRECTIVE = /^%(?:YAML[ \t]+\d+\.\d+|TAG[ \t]+!(?:[0-9A-Za-z_-]*!)?[ \t]+\S+)[ \t]*(?:#.*)?$/;
/** Characters go-yaml's reader refuses anywhere in a document: C0 and C1 controls but tab and line breaks, DEL, U+FFFE/F. */
const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/**
 * go-yaml's reader checks every character it decodes, and it decodes ahead of the scanner in
 * blocks: a control character anywhere in a document is an error, even after its end marker.
 */
export function controlCharacter(text: string): ScanProblem | undefined {
  const control = NOT_PRINTABLE.exec(text);
  return control
    ? { code: 'CONTROL_CHARACTER', offset: control.index, endOffset: control.index + 1, message: 'control characters are not allowed' }
    : undefined;
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
const isBlankOrEnd = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/**
 * The rules of go-yaml's scanner that yaml's lexer does not apply, checked on the lexemes of one
 * document as they are lexed: `feed` each one, then `finish`. Each rule was found by the parity
 * tests (test/parity) against kubectl's decoder.
 */
export class GoYamlScanner {
  private readonly scan: Generator<void, ScanResult, Lexeme | undefined>;
  private result: ScanResult | undefined;

  constructor(text: string) {
    this.scan = scanLikeGoYaml(text);
    this.scan.next();
  }

  feed(lexeme: Lexeme) {
    if (this.result) return;
    const step = this.scan.next(lexeme);
    if (step.done) this.result = step.value;
  }

  finish(): ScanResult {
    this.result ??= this.scan.next(undefined).value as ScanResult;
    return this.result;
  }
}

function* scanLikeGoYaml(text: string): Generator<void, ScanResult, Lexeme | undefined> {
  const problems: ScanProblem[] = [];
  const acceptedAt = new Set<number>();
  const fail = (offset: number, code: string, message: string, endOffset = offset + 1) =>
    problems.push({ code, offset, endOffset, message });
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

  let flow = 0;
  let started = false;
  /** Some token other than white space and comments: a document that ends before one is empty. */
  let content = false;
  let lineStart = true;
  /** After `-`, `?` or a `:` at the start of a line, go-yaml allows no tab before the next token. */
  let afterIndicator = false;
  /** After a plain scalar: go-yaml keeps scanning its white space for continuation lines. */
  let afterPlain: { indent: number; newline: boolean } | undefined;
  /** Per open flow collection: where the current entry's key starts, and whether it is explicit (`?`). */
  const flowKeys: { start: number | undefined; explicit: boolean }[] = [];
  let previous: Lexeme | undefined;
  /** A `?` in a block mapping waits for its `:`. */
  let explicitKey = false;
  let scalarNext: 'plain-scalar' | 'block-scalar' | undefined;
  let header = '|';
  let headerSeen = false;
  const result = (): ScanResult => ({
    problems,
    acceptedAt,
    ...(documentEnd === undefined ? {} : { documentEnd }),
    ...(scannedEnd < text.length ? { endMarker: scannedEnd } : {}),
  });
  let documentEnd: number | undefined;
  /** go-yaml's scanner goes no further than the end of its first document. */
  let scannedEnd = text.length;

  const nodeStarts = (offset: number) => {
    content = true;
    const key = flowKeys[flowKeys.length - 1];
    if (flow > 0 && key && key.start === undefined) key.start = offset;
  };

  for (let lexeme = yield; lexeme !== undefined; lexeme = yield) {
    const { source, offset } = lexeme;
    if (source === SCALAR) {
      scalarNext = headerSeen ? 'block-scalar' : 'plain-scalar';
      headerSeen = false;
      continue;
    }
    if (source === DOCUMENT) {
      if (started) break;
      started = true;
      continue;
    }
    if (source === FLOW_END) {
      // Only a document marker at column 0 ends a flow collection early (go-yaml-lexer.ts).
      fail(offset, 'MISSING_CHAR', "did not find expected ',' or ']': a flow collection is still open");
      flow = 0;
      flowKeys.length = 0;
      continue;
    }
    const type = scalarNext ?? lexeme.type;
    scalarNext = undefined;

    if (type === 'space') {
      if (source.includes('\t')) {
        const tab = offset + source.indexOf('\t');
        if (afterPlain?.newline) {
          if (column(tab) < afterPlain.indent)
            fail(
              tab,
              'TAB_AS_INDENT',
              'A tab indents a continuation line of a plain scalar (kubectl: found a tab character that violates indentation)',
            );
        } else if (!afterPlain && flow === 0 && (lineStart || afterIndicator)) {
          fail(
            tab,
            'TAB_AS_INDENT',
            'Tabs are not allowed as indentation or after an indicator (kubectl: found character that cannot start any token)',
          );
        }
      }
      continue;
    }
    if (type === 'newline') {
      lineStart = true;
      afterIndicator = false;
      if (afterPlain) afterPlain.newline = true;
      continue;
    }
    if (type === 'doc-end' || type === 'directive-line') {
      scannedEnd = offset;
      if (type === 'directive-line')
        fail(offset, 'BAD_DIRECTIVE', 'did not find expected <document start>: kubectl reads no directives', offset + source.length);
      else if (!content) fail(offset, 'MISSING_CONTENT', 'did not find expected node content', offset + 3);
      else if (flow > 0) fail(offset, 'MISSING_CHAR', "did not find expected ',' or ']': a flow collection is still open", offset + 3);
      break;
    }

    if (type === 'byte-order-mark') {
      if (offset > 0) fail(offset, 'BAD_SCALAR_START', 'found character that cannot start any token: a byte order mark after the start');
      continue;
    }
    // A token: the white space rules start again after it.
    const wasLineStart = lineStart;
    lineStart = false;
    afterIndicator = false;
    afterPlain = undefined;

    switch (type) {
      case 'comment':
        if (previous && offset === previous.offset + previous.source.length) {
          // yaml wants white space before `#`; go-yaml takes a comment right after a quote, a bracket, a comma or a block scalar header.
          const before = text[offset - 1];
          if ('"\'[]{},'.includes(before) || previous.type === 'block-scalar-header') acceptedAt.add(offset);
        }
        break;
      case 'block-scalar-header':
        content = true;
        header = source;
        headerSeen = true;
        break;
      case 'plain-scalar':
        if (source.startsWith('%') && column(offset) === 0) {
          if (flow > 0) {
            fail(offset, 'BAD_DIRECTIVE', 'found unexpected directive in a flow collection');
            break;
          }
          // A directive line ends go-yaml's document; one it cannot read is an error.
          const lineEnd = text.indexOf('\n', offset);
          const line = text.slice(offset, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
          if (DIRECTIVE.test(line)) documentEnd = offset;
          else fail(offset, 'BAD_DIRECTIVE', 'found unknown directive name', offset + line.length);
          return result();
        }
        if (flow > 0 && (source.startsWith('?') || source.startsWith(':')))
          fail(offset, 'BAD_SCALAR_START', `did not find expected node content: go-yaml reads ${source[0]} as an indicator here`);
        nodeStarts(offset);
        checkPlainContinuation(lexeme, lexeme.indent, column, fail);
        afterPlain = { indent: lexeme.indent, newline: false };
        break;
      case 'block-scalar':
        checkBlockScalarTabs(lexeme, lexeme.indent, header, fail);
        // The block scalar takes its last line break: the next token starts a line.
        lineStart = true;
        break;
      case 'double-quoted-scalar':
        nodeStarts(offset);
        checkEscapes(source, offset, acceptedAt, fail);
        break;
      case 'single-quoted-scalar':
        nodeStarts(offset);
        break;
      case 'anchor':
      case 'alias': {
        const keyPosition = flow > 0 && flowKeys[flowKeys.length - 1]?.start === undefined;
        nodeStarts(offset);
        checkAnchorName(text, lexeme, flow, fail);
        if (text[offset + source.length] === ':' && flow > 0 && !keyPosition)
          fail(offset + source.length, 'BAD_ANCHOR', "did not find expected ',' or '}': a `:` after an anchor in a value");
        // yaml wants white space after an anchor; go-yaml ends the name at `:` and the like (`&an:chor x` anchors ":chor x").
        const end = offset + source.length;
        if (flow > 0 ? ',]}:'.includes(text[end]) : ':?'.includes(text[end]) && !isBlankOrEnd(text[end + 1])) acceptedAt.add(end);
        break;
      }
      case 'tag':
        nodeStarts(offset);
        if (!TAG.test(source) || !isBlankOrEnd(text[offset + source.length]))
          fail(offset, 'BAD_TAG', 'did not find expected whitespace or line break after a tag', offset + source.length);
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind': {
        content = true;
        if (flow === 0) afterIndicator = true;
        if (flow === 0 && type === 'explicit-key-ind') explicitKey = true;
        const key = flowKeys[flowKeys.length - 1];
        if (flow > 0 && type === 'explicit-key-ind' && key) key.explicit = true;
        break;
      }
      case 'map-value-ind': {
        content = true;
        if (flow === 0) {
          // A `:` that starts its line belongs to an explicit key: go-yaml then allows no tab after it.
          if (wasLineStart) afterIndicator = true;
          // go-yaml has no empty implicit keys: `: x` needs a `?` line before it.
          const after = previous?.type;
          if ((wasLineStart && !explicitKey) || (!wasLineStart && (after === 'seq-item-ind' || after === 'explicit-key-ind')))
            fail(offset, 'MISSING_KEY', 'did not find expected key');
          explicitKey = false;
          break;
        }
        const key = flowKeys[flowKeys.length - 1];
        if (key && !key.explicit && key.start === undefined)
          fail(offset, 'MISSING_KEY', 'did not find expected node content: a key is missing');
        if (key && !key.explicit && key.start !== undefined) {
          const newline = text.indexOf('\n', key.start);
          if ((newline !== -1 && newline < offset) || key.start + 1024 < offset)
            fail(
              offset,
              'MULTILINE_IMPLICIT_KEY',
              "did not find expected ',' or '}': an implicit key must end on its own line, within 1024 characters",
            );
        }
        break;
      }
      case 'flow-map-start':
      case 'flow-seq-start':
        nodeStarts(offset);
        flow++;
        flowKeys.push({ start: undefined, explicit: false });
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        flowKeys.pop();
        break;
      case 'comma': {
        const key = flowKeys[flowKeys.length - 1];
        if (key) {
          key.start = undefined;
          key.explicit = false;
        }
        break;
      }
    }
    previous = { ...lexeme, type };
  }
  return result();
}

/** Continuation lines of a plain scalar: a tab before the indentation its parent needs is refused. */
function checkPlainContinuation(
  { source, offset }: Lexeme,
  indent: number,
  column: (offset: number) => number,
  fail: (offset: number, code: string, message: string) => void,
) {
  for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', nl + 1)) {
    let i = nl + 1;
    while (isBlank(source[i]) || source[i] === '\n' || source[i] === '\r') {
      if (source[i] === '\t' && column(offset + i) < indent)
        return fail(
          offset + i,
          'TAB_AS_INDENT',
          'A tab indents a continuation line of a plain scalar (kubectl: found a tab character that violates indentation)',
        );
      i++;
    }
  }
}

/**
 * A block scalar's indentation is made of spaces: go-yaml refuses a tab before the content
 * column is reached, and in the leading empty lines before that column is known.
 */
function checkBlockScalarTabs(
  { source, offset }: Lexeme,
  indentNext: number,
  header: string,
  fail: (offset: number, code: string, message: string) => void,
) {
  const explicit = /[1-9]/.exec(header);
  let indent = explicit ? Number(explicit[0]) - 1 + (indentNext === 0 ? 1 : indentNext) : 0;
  let maxBlank = 0;
  for (let lineStart = 0; lineStart < source.length;) {
    let i = lineStart;
    while (source[i] === ' ' && (indent === 0 || i - lineStart < indent)) i++;
    const col = i - lineStart;
    if (source[i] === '\t' && (indent === 0 || col < indent)) {
      return fail(
        offset + i,
        'TAB_AS_INDENT',
        'Tabs are not allowed in the indentation of a block scalar (kubectl: found a tab character where an indentation space is expected)',
      );
    }
    const newline = source.indexOf('\n', lineStart);
    const content = source.slice(i, newline === -1 ? source.length : newline).replace(/\r$/, '');
    if (indent === 0) {
      if (content.trim() === '' && !content.includes('\t')) maxBlank = Math.max(maxBlank, col);
      else indent = Math.max(col, maxBlank, indentNext, 1);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
}

/** Double-quoted escapes: go-yaml knows `\'` and not `\/`, and refuses surrogates and code points past U+10FFFF. */
function checkEscapes(
  source: string,
  offset: number,
  acceptedAt: Set<number>,
  fail: (offset: number, code: string, message: string) => void,
) {
  for (let i = source.indexOf('\\'); i !== -1 && i < source.length - 1; i = source.indexOf('\\', i + 2)) {
    const escape = source[i + 1];
    if (escape === '/') fail(offset + i, 'BAD_DQ_ESCAPE', 'found unknown escape character \\/');
    else if (escape === "'") acceptedAt.add(offset + i);
    else if (escape === 'u' || escape === 'U') {
      const digits = source.slice(i + 2, i + (escape === 'u' ? 6 : 10));
      const code = /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : NaN;
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
        fail(offset + i, 'BAD_DQ_ESCAPE', 'found invalid Unicode character escape code');
    }
  }
}

function checkAnchorName(
  text: string,
  { source, offset, type }: Lexeme,
  flow: number,
  fail: (offset: number, code: string, message: string) => void,
) {
  // The lexer ends a name at the first character go-yaml does not take in one (go-yaml-lexer.ts).
  const after = text[offset + source.length];
  // After an anchor, `: ` and `? ` are indicators go-yaml does not take in a block; in a flow collection `:` starts the value of an empty key and `,]}` end the node.
  const indicator =
    (after === '?' && flow > 0) || ((after === ':' || after === '?') && flow === 0 && isBlankOrEnd(text[offset + source.length + 1]));
  const flowEnd = after === ',' || after === ']' || after === '}';
  if (source.length === 1 || (!isBlankOrEnd(after) && !AFTER_ANCHOR.has(after)) || indicator || (flow === 0 && flowEnd))
    fail(
      offset + source.length,
      'BAD_ANCHOR',
      `did not find expected alphabetic or numeric character in ${type === 'alias' ? 'an alias' : 'an anchor'}`,
    );
}
