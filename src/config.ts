import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import type { Severity } from './types.js';
import type { Platform } from './k8s/platform-classes.js';
import { ConfigError } from './errors.js';
import { currentRuleId } from './rule-aliases.js';

export interface Config {
  rules?: Record<string, Severity | 'off'>;
  ignore?: string[];
  kubeVersion?: string;
  namespace?: string;
  defaultStorageClass?: string;
  assume?: string[];
  platform?: Platform;
  failOn?: Severity;
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

const schemaPath = fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url));

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
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  const lineOf = (pointer: string) => {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = doc.getIn(keys, true) as { range?: [number, number] } | undefined;
    return lineCounter.linePos(node?.range?.[0] ?? 0).line;
  };
  const problems: string[] = [];
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const extra =
        error.keyword === 'additionalProperties' ? ` '${(error.params as { additionalProperty: string }).additionalProperty}'` : '';
      const where = error.instancePath || '/';
      const allowed = error.keyword === 'enum' ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
      problems.push(
        `${file}:${lineOf(error.instancePath)}: ${where.slice(1).replace(/\//g, '.') || 'config'} ${error.message}${extra}${allowed}`,
      );
    }
  }
  const config = value as Config;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRules.has(currentRuleId(id))) problems.push(`${file}:${lineOf(`/rules/${id}`)}: rules.${id}: unknown rule`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { file, config };
}

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/kstorelint/schemas/config.schema.json
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
ignore: []
#  - charts/**/templates/**

# Per-rule severity: error, warning, info, or off.
rules: {}
#  storageclass-no-expansion: off
#  sts-service-not-found: error

# Exit with 1 when a finding is at or above this severity.
# failOn: error
`;
