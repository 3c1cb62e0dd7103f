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

const isSexagesimalOrTimestamp = (tag: TagLike) => tag.tag === 'tag:yaml.org,2002:timestamp' || tag.format === 'TIME';

export const KUBECTL_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  // go-yaml v2 keeps the last duplicate; strict decoding rejects them. We report them ourselves.
  uniqueKeys: true,
  prettyErrors: true,
  logLevel: 'silent',
  customTags: (tags) =>
    [goDotIsString, ...(tags as TagLike[]).filter((tag) => !isSexagesimalOrTimestamp(tag)), goOctalWithPrefix] as typeof tags,
};

/** An alias bomb expands exponentially in toJS; this bound makes it throw early instead. */
export const TO_JS_OPTIONS: ToJSOptions = { maxAliasCount: 1000 };
