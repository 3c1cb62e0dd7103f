import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, Scalar, type Document, type Node } from 'yaml';
import { GoYamlLexer } from './go-yaml-lexer.js';
import { KUBECTL_YAML_OPTIONS } from './yaml-options.js';

/** Why kubectl cannot turn a document into JSON, and where. */
export class GoDecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: 'INVALID_KEY' | 'UNSUPPORTED_VALUE' | 'BAD_ALIAS' | 'BAD_MERGE' | 'EXCESSIVE_ALIASES' | 'TAG_RESOLVE_FAILED',
  ) {
    super(message);
  }
}

const NON_FINITE_LITERAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * The JSON value kubectl sends for a document: go-yaml v2 decodes it into interface{}
 * (decode.go: merges overwrite keys set before them, aliases are copied and their share of the
 * decoding is bounded), then sigs.k8s.io/yaml converts it to JSON (yaml.go,
 * convertToJSONableObject: keys become strings, a null or collection key is an error, and
 * json.Marshal refuses infinities and NaN). Scalars keep the values yaml resolved with
 * KUBECTL_YAML_OPTIONS. Throws GoDecodeError where kubectl fails.
 */
export function goValue(document: Document.Parsed, text: string): unknown {
  const decoder = new GoDecoder(document, text);
  const value = decoder.value(document.contents as Node | null);
  if (decoder.unmarshalable) throwIfUnmarshalable(value);
  return value;
}

/**
 * What json.Marshal (an infinity, NaN) or sigs.k8s.io/yaml (a null or uint64 key) refuses: it only
 * fails if it is still in the object once go-yaml is done, since a later duplicate key replaces it.
 */
class Unmarshalable {
  constructor(readonly error: GoDecodeError) {}
}
const BAD_KEY = Symbol('unmarshalable key');

function throwIfUnmarshalable(value: unknown) {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next instanceof Unmarshalable) throw next.error;
    if (typeof next !== 'object' || next === null) continue;
    const badKey = (next as Record<symbol, unknown>)[BAD_KEY];
    if (badKey instanceof Unmarshalable) throw badKey.error;
    stack.push(...Object.values(next));
  }
}

class GoDecoder {
  /** Something in the value cannot become JSON, unless a later key replaces it. */
  unmarshalable = false;
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<Node>();

  constructor(
    private readonly document: Document.Parsed,
    private readonly text: string,
  ) {}

  value(node: Node | null | undefined): unknown {
    this.count();
    if (!node) return null;
    if (isAlias(node)) return this.alias(node, (target) => this.value(target));
    if (isScalar(node)) return this.scalar(node);
    if (isMap(node)) return this.mapping(node, {});
    if (isSeq(node))
      return node.items.map((item) => (isPair(item) ? this.mapping({ items: [item], range: undefined }, {}) : this.value(item as Node)));
    return null;
  }

  /** go-yaml's guard against alias bombs (decode.go, allowedAliasRatio). */
  private count() {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      // Reported for the whole document, where it starts, as the rule says the document was skipped.
      throw new GoDecodeError('document contains excessive aliasing', offsetOf(this.document.contents as Node | null), 'EXCESSIVE_ALIASES');
    }
  }

  private alias<T>(node: Node, decode: (target: Node) => T): T {
    const target = isAlias(node) ? (node.resolve(this.document) as Node | undefined) : undefined;
    if (!target) throw new GoDecodeError(`unknown anchor '${isAlias(node) ? node.source : ''}' referenced`, offsetOf(node), 'BAD_ALIAS');
    if (this.expanding.has(target))
      throw new GoDecodeError(`anchor '${isAlias(node) ? node.source : ''}' value contains itself`, offsetOf(node), 'BAD_ALIAS');
    this.expanding.add(target);
    this.aliasDepth++;
    try {
      return decode(target);
    } finally {
      this.aliasDepth--;
      this.expanding.delete(target);
    }
  }

  private scalar(node: Scalar): unknown {
    // A tag go-yaml does not know (`!foo`, `!!str,`) leaves the text as it is, even when empty.
    if (node.tag !== undefined && !KNOWN_SCALAR_TAGS.has(node.tag) && !quoteEscapes(this.raw(node), node)) return String(node.source ?? '');
    // An explicit !!int, !!float, !!bool or !!null gives the value go-yaml resolves the text to.
    const explicit = node.tag !== undefined && checkExplicitTag(node);
    // go-yaml knows the escape \' in double quotes; yaml leaves it as written (and reports it, see go-yaml-scan.ts).
    const quoteEscape = quoteEscapes(this.raw(node), node);
    const value = explicit ? composeValue(String(node.source)) : quoteEscape ? withQuoteEscapes(this.raw(node)) : node.value;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      const raw = this.raw(node);
      // go-yaml keeps a float literal that overflows (1e400) as a string; an explicit infinity or NaN reaches json.Marshal.
      if (node.type === Scalar.PLAIN && !explicit && !NON_FINITE_LITERAL.test(raw)) return raw;
      this.unmarshalable = true;
      const shown = Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
      return new Unmarshalable(new GoDecodeError(`json: unsupported value: ${shown}`, offsetOf(node), 'UNSUPPORTED_VALUE'));
    }
    if (typeof value === 'symbol') return value.description ?? '';
    return value;
  }

  private mapping(node: { items: readonly unknown[]; range?: unknown }, out: Record<string, unknown>): Record<string, unknown> {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      if (isScalar(key) && typeof key.value === 'symbol' && !key.tag) {
        this.count();
        this.merge(pair.value as Node | null, out, key);
        continue;
      }
      const name = this.key(key);
      const value = this.value(pair.value as Node | null);
      if (name instanceof Unmarshalable) {
        this.unmarshalable = true;
        (out as Record<symbol, unknown>)[BAD_KEY] ??= name;
      } else out[name] = value;
    }
    return out;
  }

  /** `<<: *defaults`: go-yaml decodes the merged mapping into this one, so its keys overwrite those set before. */
  private merge(source: Node | null, out: Record<string, unknown>, at: Node) {
    const fail = () => {
      throw new GoDecodeError('map merge requires map or sequence of maps as the value', offsetOf(source ?? at), 'BAD_MERGE');
    };
    const mergeOne = (node: Node | null) => {
      this.count();
      if (isMap(node)) this.mapping(node, out);
      else if (isAlias(node)) this.alias(node, (target) => (isMap(target) ? this.mapping(target, out) : fail()));
      else fail();
    };
    if (isSeq(source)) {
      // Earlier mappings win: go-yaml decodes the sequence backwards.
      for (let i = source.items.length - 1; i >= 0; i--) mergeOne(source.items[i] as Node | null);
    } else mergeOne(source);
  }

  /** A key as sigs.k8s.io/yaml writes it into JSON. */
  private key(key: Node | null): string | Unmarshalable {
    this.count();
    if (isAlias(key)) return this.alias(key, (target) => this.key(target));
    // go-yaml refuses a collection as a key while decoding; sigs.k8s.io/yaml a null key when converting.
    if (key === null) return new Unmarshalable(new GoDecodeError('unsupported map key: null', 0, 'INVALID_KEY'));
    if (!isScalar(key))
      throw new GoDecodeError(
        `invalid map key: ${isMap(key) ? 'a mapping' : 'a sequence'} cannot be a JSON object key`,
        offsetOf(key),
        'INVALID_KEY',
      );
    if (key.tag !== undefined && !KNOWN_SCALAR_TAGS.has(key.tag)) return String(key.source ?? '');
    if (key.value === null) return new Unmarshalable(new GoDecodeError('unsupported map key: null', offsetOf(key), 'INVALID_KEY'));
    if (key.value instanceof Uint8Array) throw new GoDecodeError('invalid map key: binary data', offsetOf(key), 'INVALID_KEY');
    const value = key.value;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value !== 'number') return String(value);
    const raw = this.raw(key);
    const integer = key.type === Scalar.PLAIN ? goInteger(raw) : undefined;
    if (integer !== undefined) {
      if (integer > INT64_MAX)
        return new Unmarshalable(new GoDecodeError(`unsupported map key: ${raw} is a uint64`, offsetOf(key), 'INVALID_KEY'));
      return integer.toString();
    }
    return Number.isInteger(value) && !/[.eE]/.test(raw) ? String(value) : goFloat32(value);
  }

  private raw(node: Node): string {
    return node.range ? this.text.slice(node.range[0], node.range[1]).trim() : '';
  }
}

const offsetOf = (node: Node | null | undefined) => node?.range?.[0] ?? 0;

/** A double-quoted scalar with `\'` escapes, resolved as go-yaml resolves it. */
const withQuoteEscapes = (raw: string) => composeValue(raw.replace(/((?:^|[^\\])(?:\\\\)*)\\'/g, '$1\\x27'));

/** The value of a document made of one scalar. */
function composeValue(source: string): unknown {
  const parser = new Parser();
  const tokens = [...new GoYamlLexer().lex(source)].flatMap((lexeme) => [...parser.next(lexeme)]);
  tokens.push(...parser.end());
  const [document] = new Composer(KUBECTL_YAML_OPTIONS).compose(tokens);
  return (document?.contents as Scalar | null)?.value ?? null;
}

const TAG = 'tag:yaml.org,2002:';
const KNOWN_SCALAR_TAGS = new Set([
  '!',
  ...['str', 'int', 'float', 'bool', 'null', 'timestamp', 'binary', 'merge'].map((name) => TAG + name),
]);
const quoteEscapes = (raw: string, node: Scalar) => node.type === Scalar.QUOTE_DOUBLE && /(?:^|[^\\])(?:\\\\)*\\'/.test(raw);
const BOOLEANS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'true',
  'True',
  'TRUE',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
  'false',
  'False',
  'FALSE',
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| +)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d{1,9})?(?: *(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** What go-yaml resolves an untagged plain scalar to (resolve.go), by its tag's short name. */
function goImplicitTag(text: string, timestamps: boolean): string {
  if (NULLS.has(text)) return 'null';
  if (BOOLEANS.has(text)) return 'bool';
  if (NON_FINITE_LITERAL.test(text)) return 'float';
  if (text.startsWith('.')) return Number.isFinite(Number(text)) && GO_FLOAT.test(text) ? 'float' : 'str';
  if (!/^[-+0-9]/.test(text)) return 'str';
  if (timestamps && TIMESTAMP.test(text)) return 'timestamp';
  if (goInteger(text) !== undefined) return 'int';
  const plain = text.replace(/_/g, '');
  return GO_FLOAT.test(plain) && Number.isFinite(Number(plain)) ? 'float' : 'str';
}

/**
 * go-yaml accepts an explicit !!int, !!float, !!bool, !!null or !!timestamp only on a value that
 * resolves to it. True when the tag is one of those and the value fits.
 */
function checkExplicitTag(node: Scalar): boolean {
  const tag = node.tag?.startsWith(TAG) ? node.tag.slice(TAG.length) : undefined;
  if (tag !== 'int' && tag !== 'float' && tag !== 'bool' && tag !== 'null' && tag !== 'timestamp') return false;
  const text = typeof node.source === 'string' ? node.source : String(node.source);
  const resolved = goImplicitTag(text, tag === 'timestamp');
  if (resolved === tag || (tag === 'float' && resolved === 'int')) return tag !== 'timestamp';
  throw new GoDecodeError(`cannot decode !!${resolved} \`${text}\` as a !!${tag}`, offsetOf(node), 'TAG_RESOLVE_FAILED');
}

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - (0.89 * (decodeCount - 400_000)) / 3_600_000;
}

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) and ParseUint on go-yaml's underscore-free plain scalar; undefined when it is no integer. */
function goInteger(raw: string): bigint | undefined {
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(raw.replace(/_/g, ''));
  if (!match) return undefined;
  const [, sign, digits] = match;
  const magnitude = /^0[oO]/.test(digits)
    ? BigInt(`0o${digits.slice(2)}`)
    : /^0[0-7]+$/.test(digits)
      ? BigInt(`0o${digits.slice(1)}`)
      : BigInt(digits);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value < -INT64_MAX - 1n || value > UINT64_MAX || (sign === '-' && magnitude > INT64_MAX + 1n)) return undefined;
  return value;
}

/** strconv.FormatFloat(f, 'g', -1, 32), as sigs.k8s.io/yaml writes a float key. */
export function goFloat32(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  const single = Math.fround(value);
  if (single === 0) return Object.is(single, -0) ? '-0' : '0';
  if (!Number.isFinite(single)) return single > 0 ? '.inf' : '-.inf';
  // The shortest decimal that reads back as the same float32.
  let digits = '';
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, exp] = Math.abs(single)
      .toExponential(precision - 1)
      .split('e');
    if (Math.fround(Number(`${mantissa}e${exp}`)) === Math.abs(single)) {
      digits = mantissa.replace('.', '');
      exponent = Number(exp);
      break;
    }
  }
  const sign = single < 0 ? '-' : '';
  // Shortest %g switches to exponent form below 1e-4 and from 1e6 on (strconv, fmtE: at least two exponent digits).
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
