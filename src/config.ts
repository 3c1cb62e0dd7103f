import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Severity } from './types.js';
import type { Platform } from './k8s/platform-classes.js';
import { ConfigError } from './errors.js';
import { currentRuleId } from './rule-aliases.js';
import { closest } from './k8s/names.js';
import { parseKubeVersion } from './k8s/versions.js';
import { isClusterScoped } from './load/resource.js';

export interface Config {
  rules?: Record<string, Severity | 'off'>;
  ignore?: string[];
  kubeVersion?: string;
  namespace?: string;
  defaultStorageClass?: string;
  assume?: string[];
  platform?: Platform;
  failOn?: Severity;
  /** Leave out test data and vendored trees when walking folders and globs (default true). */
  defaultIgnore?: boolean;
}

export interface LoadedConfig {
  file: string;
  config: Config;
}

export const CONFIG_NAMES = ['.kstorelint.yaml', '.kstorelint.yml', '.kstorelint.json'];

/** The nearest configuration file from `start` upwards, like ESLint and Prettier look for theirs. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** schemas/ sits at the package root: one level above src/, two above dist/src/. */
function findPackageFile(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`kstorelint: ${relative} not found`);
    dir = parent;
  }
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Reads and validates a configuration file; every problem names the key and its line. */
export async function loadConfig(file: string, knownRules: ReadonlySet<string>): Promise<LoadedConfig> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read (${(error as Error).message})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const at = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${file}:${at.line}:${at.col}: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS() ?? {};
  const schema = readJson(findPackageFile('schemas/config.schema.json')) as { properties: Record<string, unknown> };
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const keysOf = (pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const lineAt = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  const nodeAt = (keys: readonly unknown[]) => doc.getIn(keys, true) as YamlNode | undefined;
  /** The line of the key itself, so an unknown key is shown where it is written. */
  const keyLine = (keys: readonly string[]) => {
    const parent = keys.length > 1 ? nodeAt(keys.slice(0, -1)) : doc.contents;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === keys.at(-1)) : undefined;
    return lineAt((pair?.key as YamlNode | undefined)?.range?.[0]);
  };
  const problems: string[] = [];
  const report = (line: number, message: string) => problems.push(`${file}:${line}: ${message}`);
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const where = keysOf(error.instancePath);
      if (error.keyword === 'additionalProperties') {
        const key = (error.params as { additionalProperty: string }).additionalProperty;
        const known = where.length === 0 ? Object.keys(schema.properties) : [];
        const nearest = closest(key, known);
        const prefix = where.length ? `${where.join('.')}: ` : '';
        report(keyLine([...where, key]), `${prefix}unknown key '${key}'${nearest ? `; did you mean '${nearest}'?` : ''}`);
        continue;
      }
      const allowed = error.keyword === 'enum' ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
      report(lineAt(nodeAt(where)?.range?.[0]), `${where.join('.') || 'config'} ${error.message}${allowed}`);
    }
  }
  const config = value as Config;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRules.has(currentRuleId(id))) report(lineAt(nodeAt(['rules', id])?.range?.[0]), `rules.${id}: unknown rule`);
  }
  const kubeVersion = config.kubeVersion as unknown;
  const kubeVersionNode = nodeAt(['kubeVersion']);
  if ((typeof kubeVersion === 'string' || typeof kubeVersion === 'number') && kubeVersionNode?.range) {
    // A number is taken as written: YAML reads `kubeVersion: 1.30` as 1.3.
    const written = typeof kubeVersion === 'string' ? kubeVersion : text.slice(kubeVersionNode.range[0], kubeVersionNode.range[1]);
    const parsed = parseKubeVersion(written);
    if (parsed.ok) config.kubeVersion = parsed.version;
    else report(lineAt(kubeVersionNode.range[0]), `kubeVersion ${parsed.message}`);
  }
  const kinds = knownKinds();
  (config.assume ?? []).forEach((entry, index) => {
    const problem = typeof entry === 'string' ? assumptionProblem(entry, kinds) : undefined;
    if (problem) report(lineAt(nodeAt(['assume', index])?.range?.[0]), `assume: '${entry}': ${problem}`);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { file, config };
}

interface YamlNode {
  range?: [number, number, number];
}

/** Kinds kstorelint has a schema for or knows the scope of: the kinds a reference can name. */
function knownKinds(): Set<string> {
  const index = readJson(findPackageFile('schemas/index.json')) as Record<string, string>;
  return new Set(Object.keys(index).map((gvk) => gvk.slice(gvk.lastIndexOf('/') + 1)));
}

/** Why an `assume:` entry cannot mean what its author wants, or undefined when it is fine. */
function assumptionProblem(entry: string, kinds: ReadonlySet<string>): string | undefined {
  const parts = entry.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === ''))
    return 'write Kind/name for cluster-scoped kinds, Kind/namespace/name otherwise';
  const kind = parts[0];
  if (/[*?]/.test(kind)) return undefined;
  if (!kinds.has(kind) && !isClusterScoped(kind)) {
    const nearest = closest(kind, kinds);
    return `unknown kind '${kind}'${nearest ? `; did you mean '${nearest}'?` : ''}`;
  }
  if (parts.length === 2 && !isClusterScoped(kind))
    return `${kind} is namespaced: write ${kind}/<namespace>/${parts[1]} (or ${kind}/*/${parts[1]} for every namespace)`;
  if (parts.length === 3 && isClusterScoped(kind)) return `${kind} is cluster-scoped: write ${kind}/${parts[2]}, without a namespace`;
  return undefined;
}

/**
 * Where `init` points editors for the schema: the project's own copy when kstorelint is installed
 * there, else the published copy of this version, which works for npx and global installs too.
 */
export function schemaReference(dir: string, version: string): string {
  const local = 'node_modules/kstorelint/schemas/config.schema.json';
  return existsSync(path.join(dir, local)) ? `./${local}` : `https://unpkg.com/kstorelint@${version}/schemas/config.schema.json`;
}

export const starterConfig = (schema: string) => `# yaml-language-server: $schema=${schema}
# kstorelint configuration. Every key is optional; run 'kstorelint rules' for the rule ids.

# Kubernetes version you deploy to (removed APIs and plugins are judged against it).
# kubeVersion: "1.35"

# Namespace of objects that do not set one (like kubectl apply -n).
# namespace: default

# The cluster's default StorageClass, when none of your files marks one default.
# defaultStorageClass: standard

# Objects that exist in the cluster but not in these files, so references to them are satisfied:
# Kind/name for cluster-scoped kinds, Kind/namespace/name otherwise; * and ? are wildcards.
assume: []
#  - StorageClass/standard
#  - Secret/prod/db-creds
#  - Service/*/headless-*

# Files never linted, relative to this file.
# (**/testdata/**, **/vendor/**, **/Godeps/** and **/_workspace/** are left out of folders and globs
# unless defaultIgnore is false.)
ignore: []
#  - charts/**/templates/**

# Per-rule severity: error, warning, info, or off.
rules: {}
#  storageclass-no-expansion: off
#  sts-service-not-found: error

# Exit with 1 when a finding is at or above this severity.
# failOn: error
`;
