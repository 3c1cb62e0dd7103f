import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';

/**
 * kubectl decodes manifests with sigs.k8s.io/yaml, i.e. go-yaml v2: YAML 1.1 booleans
 * (`yes`, `on`, …) and octal integers (`0644` is 420), but no sexagesimal numbers and
 * timestamps kept as strings. `yaml`'s own 1.1 schema differs on those last points, so
 * we adjust it until values match what the API server receives.
 */
interface TagLike {
  tag?: string;
  format?: string;
}

const goOctalWithPrefix = {
  identify: (value: unknown) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^[-+]?0o[0-7_]+$/,
  resolve: (source: string) => (source.startsWith('-') ? -1 : 1) * parseInt(source.replace(/^[-+]?0o/, '').replace(/_/g, ''), 8),
};

/**
 * `.`, `-.`, `._`: YAML 1.1's float pattern matches them, but go-yaml v2 only takes what Go's
 * strconv.ParseFloat accepts, so kubectl sends them as strings (`gitRepo.directory: .`).
 */
const goDotIsString = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:str',
  test: /^[-+]?\.[_]*$/,
  resolve: (source: string) => source,
};

/**
 * `!!binary`: go-yaml decodes standard base64 (padding required, only line breaks ignored) into a
 * Go string, which json.Marshal writes with each byte of invalid UTF-8 as U+FFFD.
 */
const goBinaryAsString = {
  identify: () => false,
  default: false,
  tag: 'tag:yaml.org,2002:binary',
  resolve: (source: string, onError: (message: string) => void) => {
    const base64 = source.replace(/[\r\n]/g, '');
    if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
      onError('!!binary value contains invalid base64 data');
      return source;
    }
    return goString(Buffer.from(base64, 'base64'));
  },
};

/** Bytes as Go's encoding/json writes a string: valid UTF-8 as is, each other byte as U+FFFD. */
export function goString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const size = utf8SequenceLength(bytes, i);
    if (size === 0) {
      out += '\uFFFD';
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + size)).toString('utf8');
      i += size;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `i` (utf8.DecodeRune's rules), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // No overlong forms (E0 needs A0..BF) and no surrogates (ED needs 80..9F).
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

const isSexagesimalOrTimestamp = (tag: TagLike) => tag.tag === 'tag:yaml.org,2002:timestamp' || tag.format === 'TIME';
const isBinary = (tag: TagLike) => tag.tag === 'tag:yaml.org,2002:binary';

export const KUBECTL_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  // go-yaml v2 keeps the last duplicate; strict decoding rejects them. We report them ourselves.
  uniqueKeys: true,
  prettyErrors: true,
  logLevel: 'silent',
  customTags: (tags) =>
    [
      goDotIsString,
      ...(tags as TagLike[]).filter((tag) => !isSexagesimalOrTimestamp(tag) && !isBinary(tag)),
      goOctalWithPrefix,
      goBinaryAsString,
    ] as typeof tags,
};

/** An alias bomb expands exponentially in toJS; this bound makes it throw early instead. */
export const TO_JS_OPTIONS: ToJSOptions = { maxAliasCount: 1000 };
