import { existsSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { findConfig, loadConfig, type Config } from '../config.js';
import type { DiscoverOptions } from '../discover.js';
import { DEFAULT_NAMESPACE, NEWEST_KUBE_VERSION } from '../engine.js';
import { UsageError } from '../errors.js';
import { isPlatform, PLATFORMS, type Platform } from '../k8s/platform-classes.js';
import { parseKubeVersion } from '../k8s/versions.js';
import { FORMATS, type Format } from '../report/index.js';
import { currentRuleId } from '../rule-aliases.js';
import { SEVERITIES, type Severity } from '../types.js';
import type { OptionValues } from './args.js';

/** A run's settings: the configuration file with the flags over it, every value checked. */
export interface RunSettings {
  config: Config;
  failOn: Severity;
  namespace: string;
  kubeVersion: string;
  /** The platform deployed to, whose built-in StorageClasses join the view. */
  platform: Platform | undefined;
  format: Format;
  maxWarnings: number | undefined;
  ruleSeverity: Record<string, Severity | 'off'>;
  extraReports: { format: Format; file: string }[];
  /** The configuration's ignore globs (relative to the working directory) and whether the default ignores apply. */
  discover: DiscoverOptions;
}

/**
 * Reads the configuration and checks the flags, in the order the user meets the errors. `--format`
 * names a report only for lint; graph and bindings check their own formats.
 */
export async function runSettings(values: OptionValues, formatIsReport: boolean): Promise<RunSettings> {
  const known = new Set(rules.map((rule) => rule.id));
  const configFile = values['no-config'] ? undefined : (values.config ?? findConfig(process.cwd()));
  if (values.config && !existsSync(values.config)) throw new UsageError(`--config ${values.config}: no such file`);
  const config = configFile ? (await loadConfig(configFile, known)).config : {};
  const failOn = parseSeverity(values['fail-on'] ?? config.failOn ?? 'error', '--fail-on');
  const namespace = values.namespace ?? config.namespace ?? DEFAULT_NAMESPACE;
  const kubeVersion = parseKubeVersionFlag(values['kube-version']) ?? config.kubeVersion ?? NEWEST_KUBE_VERSION;
  const format = (values.format ?? 'stylish') as Format;
  if (formatIsReport && !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${format}' (${FORMATS.join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new UsageError('--max-warnings takes a whole number');
  const platform = values.platform ?? config.platform;
  if (platform !== undefined && !isPlatform(platform))
    throw new UsageError(`--platform takes one of ${PLATFORMS.join(', ')}, not '${platform}'`);
  const ruleSeverity = { ...config.rules, ...parseRuleOverrides(values.rule, known) };
  const extraReports = values.report.map(parseReportOption);
  const ignore = (config.ignore ?? []).map((glob) => path.relative(process.cwd(), path.resolve(path.dirname(configFile ?? '.'), glob)));
  const discover = { ignore, defaultIgnore: !values['no-default-ignore'] && config.defaultIgnore !== false };
  return { config, failOn, namespace, kubeVersion, platform, format, maxWarnings, ruleSeverity, extraReports, discover };
}

/** The configuration's kubeVersion is checked as it loads; the flag is checked here, the same way. */
function parseKubeVersionFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseKubeVersion(value);
  if (!parsed.ok) throw new UsageError(`--kube-version ${parsed.message}`);
  return parsed.version;
}

function parseReportOption(value: string): { format: Format; file: string } {
  const at = value.indexOf('=');
  const [format, file] = [value.slice(0, at), value.slice(at + 1)];
  if (at <= 0 || !file || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--report takes <format>=<file> with a format of ${FORMATS.join(', ')}, not '${value}'`);
  }
  return { format: format as Format, file };
}

function parseSeverity(value: string, flag: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`${flag} takes error, warning or info, not '${value}'`);
}

function parseRuleOverrides(entries: readonly string[], known: ReadonlySet<string>): Record<string, Severity | 'off'> {
  const overrides: Record<string, Severity | 'off'> = {};
  for (const entry of entries) {
    const [id, level] = entry.split('=');
    if (!known.has(currentRuleId(id))) throw new UsageError(`--rule: unknown rule '${id}'`);
    if (level !== 'off' && !(SEVERITIES as readonly string[]).includes(level))
      throw new UsageError(`--rule ${id}: level must be error, warning, info or off`);
    overrides[id] = level as Severity | 'off';
  }
  return overrides;
}
