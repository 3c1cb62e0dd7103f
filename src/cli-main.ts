import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, createBaseline, parseBaseline } from './baseline.js';
import { isKustomizationDir, renderKustomization } from './load/kustomize.js';
import { ConfigError, UsageError } from './errors.js';
import { CONFIG_NAMES, findConfig, loadConfig, schemaReference, starterConfig } from './config.js';
import { parseArgs } from 'node:util';
import { rules } from '../rules/index.js';
import { currentRuleId, renameNotice } from './rule-aliases.js';
import { isPlatform, PLATFORMS } from './k8s/platform-classes.js';
import { parseKubeVersion } from './k8s/versions.js';
import { discover, readManifest } from './discover.js';
import { activeFindings, atOrAbove, DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION } from './engine.js';
import type { InputFile } from './load/load.js';
import { formatGithubSummary } from './report/github.js';
import { FORMATS, render, type Format } from './report/index.js';
import { formatExplain, formatRuleList } from './report/rules.js';
import { SEVERITIES, type Severity } from './types.js';
import { bindingsCommand } from './commands/bindings.js';
import { graphCommand } from './commands/graph.js';

const HELP = `Usage: kstorelint [options] <path|glob|->...
       kstorelint rules [--format text|markdown]
       kstorelint explain <rule-id>
       kstorelint init                 write a commented .kstorelint.yaml
       kstorelint graph [options] <path>...     the storage graph: workloads, claims, volumes, classes
       kstorelint bindings [options] <path>...  per claim: size, modes, class, what the PV binder does

Lints Kubernetes manifests for storage mistakes. Everything given in one run is one cluster view.

Paths:
  <folder>                 every .yaml/.yml/.json below it (honours .gitignore); a folder with
                           a kustomization.yaml is rendered with kubectl kustomize when kubectl
                           is on PATH, and findings point into the files objects came from
  <file> | <glob>          files as given, or matching a glob
                           folders and globs leave out **/testdata/**, **/vendor/**, **/Godeps/**
                           and **/_workspace/** (--no-default-ignore, or defaultIgnore: false, keeps them)
  -                        read manifests from standard input

Options:
  -f, --format <name>      stylish (default), json, sarif, github, junit, html (one self-contained page
                           with findings, the storage graph and the bindings table)
                           graph: mermaid (default), dot, svg; bindings: text (default), json
      --focus <KIND/NAME>  graph: one object (KIND/NAMESPACE/NAME too; pvc, pv, sc, sts… work), what it
                           reaches and what reaches it
  -o, --output-file <file> write the report to a file (the terminal still gets stylish)
      --report <fmt>=<file> also write a report in another format to a file (repeatable),
                           e.g. --format github --report sarif=kstorelint.sarif
      --fail-on <severity> exit 1 when a finding is at or above: error (default), warning, info
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only
      --baseline <file>    report only findings that are not in this baseline
      --write-baseline <f> record the current findings as a baseline
  -c, --config <file>      configuration file (default: the nearest .kstorelint.yaml/.yml/.json
                           from the working directory upwards); --no-config ignores it
  -n, --namespace <name>   namespace of objects that do not set one (default: default); graph and
                           bindings show only this namespace when it is given
      --kube-version <1.N> Kubernetes version deployed to (default: ${NEWEST_KUBE_VERSION}; 1.N.P counts as 1.N)
      --platform <name>    the platform deployed to; its built-in StorageClasses exist (${PLATFORMS.join(', ')})
      --rule <id>=<level>  set a rule's severity (error, warning, info) or turn it off
      --cluster <file>     live objects (kubectl get pv,pvc,sc,svc,cm,secret -A -o yaml > f);
                           they resolve references and are never reported on (repeatable)
      --context <path>     more manifests that resolve references but are not reported on
                           (pre-commit: lint the staged files against the whole repository)
      --color, --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or internal error.
`;

/** The whole CLI as a function: argv in, exit code out (the bin and the GitHub Action call it). */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      focus: { type: 'string' },
      'output-file': { type: 'string', short: 'o' },
      report: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'fail-on': { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      'kube-version': { type: 'string' },
      platform: { type: 'string' },
      config: { type: 'string', short: 'c' },
      cluster: { type: 'string', multiple: true, default: [] },
      context: { type: 'string', multiple: true, default: [] },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'no-config': { type: 'boolean' },
      'no-default-ignore': { type: 'boolean' },
      rule: { type: 'string', multiple: true, default: [] },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'rules') {
    process.stdout.write(formatRuleList(rules, values.format === 'markdown' ? 'markdown' : 'text'));
    return 0;
  }
  if (command === 'explain') {
    const rule = rules.find((r) => r.id === currentRuleId(rest[0] ?? ''));
    if (!rule) throw new UsageError(`unknown rule '${rest[0] ?? ''}'; see 'kstorelint rules'`);
    process.stdout.write(formatExplain(rule));
    return 0;
  }
  if (command === 'init') return writeStarterConfig();
  const subcommand = command === 'graph' || command === 'bindings' ? command : undefined;
  const paths = subcommand ? rest : positionals;
  if (paths.length === 0) throw new UsageError('no paths given (use - to read standard input)');
  const known = new Set(rules.map((rule) => rule.id));
  const configFile = values['no-config'] ? undefined : (values.config ?? findConfig(process.cwd()));
  if (values.config && !existsSync(values.config)) throw new UsageError(`--config ${values.config}: no such file`);
  const config = configFile ? (await loadConfig(configFile, known)).config : {};
  const failOn = parseSeverity(values['fail-on'] ?? config.failOn ?? 'error', '--fail-on');
  const namespace = values.namespace ?? config.namespace ?? DEFAULT_NAMESPACE;
  const kubeVersion = parseKubeVersionFlag(values['kube-version']) ?? config.kubeVersion ?? NEWEST_KUBE_VERSION;
  const format = (values.format ?? 'stylish') as Format;
  if (!subcommand && !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${format}' (${FORMATS.join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new UsageError('--max-warnings takes a whole number');
  const platform = values.platform ?? config.platform;
  if (platform !== undefined && !isPlatform(platform))
    throw new UsageError(`--platform takes one of ${PLATFORMS.join(', ')}, not '${platform}'`);
  const ruleSeverity = { ...config.rules, ...parseRuleOverrides(values.rule) };
  const extraReports = values.report.map(parseReportOption);

  const ignore = (config.ignore ?? []).map((glob) => path.relative(process.cwd(), path.resolve(path.dirname(configFile ?? '.'), glob)));
  const discoverOptions = { ignore, defaultIgnore: !values['no-default-ignore'] && config.defaultIgnore !== false };
  // A kustomization folder is linted as kubectl would apply it: rendered, when kubectl is there.
  const inputs: InputFile[] = [];
  const patterns: string[] = [];
  for (const positional of paths) {
    if (positional === '-' || !isDirectory(positional) || !isKustomizationDir(positional)) {
      patterns.push(positional);
      continue;
    }
    const rendered = renderKustomization(positional);
    if (rendered.ok) {
      inputs.push({
        file: `${positional.replace(/\/+$/, '')}/kustomization.yaml (rendered)`,
        text: rendered.text,
        kustomizationDir: positional,
      });
    } else {
      process.stderr.write(`kstorelint: ${positional}: ${rendered.message}\n`);
      patterns.push(positional);
    }
  }
  const found = await discover(patterns, process.cwd(), discoverOptions);
  let usageProblem = false;
  for (const error of found.errors) {
    process.stderr.write(`kstorelint: ${error.path}: ${error.message}\n`);
    usageProblem = true;
  }
  if (found.stdin) inputs.push({ file: '<stdin>', text: readFileSync(0, 'utf8') });
  for (const file of found.files) {
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text });
    else process.stderr.write(`kstorelint: ${file}: ${read.message}; skipped\n`);
  }
  // Hook mode: only the files passed are reported on, but references resolve against the context too.
  const given = new Set(found.files.map((file) => path.normalize(file)));
  const contextFiles = values.context.length ? (await discover(values.context, process.cwd(), discoverOptions)).files : [];
  for (const file of contextFiles) {
    if (given.has(path.normalize(file))) continue;
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text, contextOnly: true });
  }
  for (const file of values.cluster) {
    const read = readManifest(file);
    if (!read.ok) throw new UsageError(`--cluster ${file}: ${read.message}`);
    inputs.push({ file, text: read.text, contextOnly: true });
  }

  const linted = lint(inputs, {
    rules,
    namespace,
    kubeVersion,
    ruleSeverity,
    assume: config.assume,
    defaultStorageClass: config.defaultStorageClass,
    ...(platform ? { platform } : {}),
  });
  linted.stats.ignoredByDefault = found.ignoredByDefault;
  if (subcommand) {
    const options = { format: values.format, focus: values.focus, namespace: values.namespace };
    const text = subcommand === 'graph' ? await graphCommand(linted, options) : bindingsCommand(linted, options);
    if (values['output-file']) writeFileSync(values['output-file'], text);
    else process.stdout.write(text);
    return usageProblem ? 2 : 0;
  }
  if (values['write-baseline']) {
    writeFileSync(values['write-baseline'], JSON.stringify(createBaseline(linted.findings), null, 2) + '\n');
    process.stderr.write(`kstorelint: wrote ${activeFindings(linted.findings).length} findings to ${values['write-baseline']}\n`);
  }
  if (values.baseline) {
    const baseline = readBaseline(values.baseline);
    for (const id of new Set(baseline.findings.map((entry) => entry.ruleId).filter((id) => currentRuleId(id) !== id))) {
      linted.notices.push(renameNotice(id, values.baseline));
    }
    linted.findings = applyBaseline(linted.findings, baseline);
  }
  for (const notice of linted.notices) process.stderr.write(`kstorelint: ${notice}\n`);
  const result = values.quiet ? { ...linted, findings: atOrAbove(linted.findings, 'error') } : linted;
  const context = { rules, version: packageVersion(), color: useColor(values) };
  if (values['output-file']) {
    writeFileSync(values['output-file'], await render(format, result, { ...context, color: false }));
    process.stdout.write(await render('stylish', result, context));
  } else {
    process.stdout.write(await render(format, result, context));
  }
  for (const extra of extraReports) writeFileSync(extra.file, await render(extra.format, result, { ...context, color: false }));
  if (process.env.GITHUB_STEP_SUMMARY && format === 'github')
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatGithubSummary(result.findings, result.stats));
  for (const error of result.internalErrors) process.stderr.write(`kstorelint: internal error: ${error}\n`);
  if (usageProblem || result.internalErrors.length > 0) return 2;
  const warnings = activeFindings(result.findings).filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`kstorelint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return atOrAbove(result.findings, failOn).length > 0 ? 1 : 0;
}

/** --color/--no-color win; then NO_COLOR, then FORCE_COLOR (any value but 0), then whether stdout is a terminal. */
function useColor(values: { color?: boolean; 'no-color'?: boolean }): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '') return process.env.FORCE_COLOR !== '0';
  return process.stdout.isTTY === true;
}

function readBaseline(file: string) {
  const read = readManifest(file);
  if (!read.ok) throw new UsageError(`--baseline ${file}: ${read.message}`);
  try {
    return parseBaseline(read.text);
  } catch (error) {
    throw new UsageError(`--baseline ${file}: ${(error as Error).message}`);
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function writeStarterConfig(): number {
  const target = path.resolve(CONFIG_NAMES[0]);
  if (existsSync(target)) throw new UsageError(`${CONFIG_NAMES[0]} already exists; not overwritten`);
  writeFileSync(target, starterConfig(schemaReference(process.cwd(), packageVersion())));
  process.stdout.write(`Wrote ${CONFIG_NAMES[0]}\n`);
  return 0;
}

function parseReportOption(value: string): { format: Format; file: string } {
  const at = value.indexOf('=');
  const [format, file] = [value.slice(0, at), value.slice(at + 1)];
  if (at <= 0 || !file || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--report takes <format>=<file> with a format of ${FORMATS.join(', ')}, not '${value}'`);
  }
  return { format: format as Format, file };
}

function parseKubeVersionFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseKubeVersion(value);
  if (!parsed.ok) throw new UsageError(`--kube-version ${parsed.message}`);
  return parsed.version;
}

function parseSeverity(value: string, flag: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`${flag} takes error, warning or info, not '${value}'`);
}

function parseRuleOverrides(entries: readonly string[]): Record<string, Severity | 'off'> {
  const known = new Set(rules.map((rule) => rule.id));
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

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function runAndExit(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (
        error instanceof UsageError ||
        error instanceof ConfigError ||
        (error as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')
      ) {
        process.stderr.write(`kstorelint: ${(error as Error).message}\nRun 'kstorelint --help' for usage.\n`);
      } else {
        process.stderr.write(`kstorelint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
      process.exitCode = 2;
    },
  );
}
