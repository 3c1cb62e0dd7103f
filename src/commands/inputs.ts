import path from 'node:path';
import { discover, findChartFiles, readManifest, type DiscoverOptions } from '../discover.js';
import { UsageError } from '../errors.js';
import { helmChartName, type HelmCharts } from '../load/helm-source.js';
import { renderKustomizations, type KustomizeUnits } from '../load/kustomize-units.js';
import type { InputFile, LoadStats } from '../load/load.js';
import type { OptionValues } from './args.js';
import type { CommandIO } from './command.js';

export interface CollectedInputs {
  inputs: InputFile[];
  /** A path that named nothing: reported on stderr as it was met; the run still lints the rest, then exits 2. */
  usageProblem: boolean;
  /** What the summary says about the files found besides what the loader counts. */
  stats: Required<Pick<LoadStats, 'ignoredByDefault' | 'kustomizations' | 'readThroughKustomizations'>>;
}

/**
 * The files of one run, as one cluster view: the paths given (kustomizations under them rendered),
 * standard input, and the --context and --cluster files that resolve references but get no findings.
 */
export async function collectInputs(
  paths: readonly string[],
  values: OptionValues,
  discoverOptions: DiscoverOptions,
  io: CommandIO,
): Promise<CollectedInputs> {
  const found = await discover(paths, process.cwd(), discoverOptions);
  let usageProblem = false;
  for (const error of found.errors) {
    io.stderr.write(`kstorelint: ${error.path}: ${error.message}\n`);
    usageProblem = true;
  }
  // Each kustomization is linted as kubectl would apply it: rendered, when kubectl is there.
  const units = await renderKustomizations(found.kustomizations);
  const notice = notRenderedNotice(units);
  if (notice) io.stderr.write(`kstorelint: ${notice}\n`);
  const inputs: InputFile[] = [...units.inputs];
  if (found.stdin) inputs.push({ file: '<stdin>', text: io.readStdin() });
  const given = found.files.filter((file) => !units.consumed.has(path.resolve(file)));
  const stats = {
    ignoredByDefault: found.ignoredByDefault,
    kustomizations: units.inputs.length,
    readThroughKustomizations: found.files.length - given.length,
  };
  for (const file of given) {
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text });
    else io.stderr.write(`kstorelint: ${file}: ${read.message}; skipped\n`);
  }
  inputs.push(...consumedSuppressions(units.consumed));
  // Hook mode: only the files passed are reported on, but references resolve against the context too.
  const named = new Set(found.files.map((file) => path.normalize(file)));
  const contextFiles = values.context.length ? (await discover(values.context, process.cwd(), discoverOptions)).files : [];
  for (const file of contextFiles) {
    if (named.has(path.normalize(file))) continue;
    const read = readManifest(file);
    if (read.ok) inputs.push({ file, text: read.text, contextOnly: true });
  }
  for (const file of values.cluster) {
    const read = readManifest(file);
    if (!read.ok) throw new UsageError(`--cluster ${file}: ${read.message}`);
    inputs.push({ file, text: read.text, contextOnly: true });
  }
  await attachHelmCharts(inputs, values.chart);
  return { inputs, usageProblem, stats };
}

/**
 * One line for the run about the kustomizations linted as written: how many, and why (kubectl
 * missing, or each one's first error), so a repository with fifty overlays does not print fifty.
 */
function notRenderedNotice({ notRendered, kubectlMissing }: KustomizeUnits): string | undefined {
  if (notRendered.length === 0) return undefined;
  const count = `${notRendered.length} kustomization${notRendered.length === 1 ? '' : 's'}`;
  const dirs = notRendered.map((unit) => unit.dir);
  const listed = (items: string[]) =>
    items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');
  if (kubectlMissing)
    return `kubectl is not on PATH, so ${count} (${listed(dirs)}) ${notRendered.length === 1 ? 'is' : 'are'} linted as written, patches as fragments; install kubectl to lint what they render`;
  return `${count} could not be rendered with kubectl kustomize and ${notRendered.length === 1 ? 'is' : 'are'} linted as written, patches as fragments: ${listed(notRendered.map((unit) => `${unit.dir} (${unit.reason})`))}`;
}

/** The suppression comments of files read through a rendering: findings are placed in those files. */
function consumedSuppressions(consumed: ReadonlyMap<string, string>): InputFile[] {
  const inputs: InputFile[] = [];
  for (const [absolute, file] of consumed) {
    const read = readManifest(absolute);
    if (read.ok && read.text.includes('kstorelint-disable')) inputs.push({ file, text: read.text, suppressionsOnly: true });
  }
  return inputs;
}

/**
 * Helm output names each document's template (`# Source: shop/templates/x.yaml`); the charts given
 * with --chart, or else the charts found under the working directory, say where `shop` is.
 */
async function attachHelmCharts(inputs: InputFile[], chartDirs: readonly string[]): Promise<void> {
  const rendered = inputs.filter((input) => !input.kustomizationDir && HELM_SOURCE_LINE.test(input.text));
  if (rendered.length === 0) return;
  const charts = chartDirs.length > 0 ? givenCharts(chartDirs) : chartsByName(await findChartFiles(process.cwd()));
  for (const input of rendered) input.helmCharts = charts;
}

const HELM_SOURCE_LINE = /^#\s*Source:\s*\S/m;

function givenCharts(dirs: readonly string[]): HelmCharts {
  const charts: Record<string, string> = {};
  for (const dir of dirs) {
    const name = chartName(readManifest(path.join(dir, 'Chart.yaml')));
    if (name === undefined) throw new UsageError(`--chart ${dir}: no Chart.yaml with a name in this folder`);
    charts[name] = dir;
  }
  return charts;
}

/** Charts under the working directory by name; a name two charts share is used only for the one in a folder of that name. */
function chartsByName(chartFiles: readonly string[]): HelmCharts {
  const byName = new Map<string, string[]>();
  for (const file of chartFiles) {
    const name = chartName(readManifest(file));
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), path.dirname(file)]);
  }
  const charts: Record<string, string> = {};
  for (const [name, dirs] of byName) {
    const chosen = dirs.length === 1 ? dirs : dirs.filter((dir) => path.basename(dir) === name);
    if (chosen.length === 1) charts[name] = chosen[0];
  }
  return charts;
}

const chartName = (read: ReturnType<typeof readManifest>): string | undefined => (read.ok ? helmChartName(read.text) : undefined);
