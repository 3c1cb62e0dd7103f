import type { LineCounter } from 'yaml';
import type { JsonPath } from '../types.js';
import { findHelmTemplateAction } from './helm.js';
import { helmTemplate, type HelmCharts, type HelmTemplates } from './helm-source.js';
import { originOf, withoutOrigin, type KustomizeRendering, type ParsedFiles } from './kustomize-origin.js';
import { readIdentity, type BrokenDefinition } from './broken-definition.js';
export type { BrokenDefinition } from './broken-definition.js';
import { lineCounterFor, parseYaml, type ParsedDocument, type ParsedFile, type ParseProblem } from './parse.js';
import { isClusterScoped, isKubeObject, type KubeObject, type Resource } from './resource.js';

export interface InputFile {
  /** The path as the user gave it (relative to the working directory), or `<stdin>`. */
  file: string;
  text: string;
  /** Live cluster state (`--cluster`) or the rest of the repository (`--context`): joins the model, never gets findings. */
  contextOnly?: boolean;
  /** `kubectl kustomize` output of this folder: objects are located in the files they came from. */
  kustomizationDir?: string;
  /** How the kustomization was rendered: where origin paths start, its patches and name affixes. */
  kustomize?: KustomizeRendering;
  /** Charts whose templates `# Source:` comments name: chart name → folder (see load/helm-source.ts). */
  helmCharts?: HelmCharts;
  /**
   * A file a rendered kustomization consumed: its objects reach the view through the rendering, and
   * only its suppression comments are read (findings are placed in it). Not loaded.
   */
  suppressionsOnly?: boolean;
}

/** A problem with a whole file or document, before there is any resource to blame. */
export interface FileProblem {
  file: string;
  parsed?: ParsedFile;
  kind: ParseProblem['kind'] | 'helm-template' | 'unreadable';
  code: string;
  message: string;
  offset: number;
  endOffset: number;
}

export interface LoadStats {
  files: number;
  documents: number;
  resources: number;
  /** Files with no Kubernetes object at all (kustomization.yaml, Helm values, …). */
  skippedNonKubernetes: number;
  /** Documents that parsed but are not Kubernetes objects. */
  skippedDocuments: number;
  unparseable: number;
  helmTemplates: number;
  /** Objects checked against a built-in or CRD schema, and objects of kinds with no schema (custom resources without a CRD). */
  schemaValidated?: number;
  schemaSkipped?: number;
  /** Files a folder walk or glob left out under the default ignores (testdata, vendor, …); set by the CLI. */
  ignoredByDefault?: number;
  /** Kustomizations rendered, each one input (counted in `files`); set by the CLI. */
  kustomizations?: number;
  /** Files found under the paths given that were linted through a rendered kustomization, not as written; set by the CLI. */
  readThroughKustomizations?: number;
}

export interface LoadResult {
  resources: Resource[];
  problems: FileProblem[];
  stats: LoadStats;
  /** Objects that documents kubectl cannot read would define, for "defined in a document that does not parse". */
  brokenDefinitions: BrokenDefinition[];
}

export interface LoadOptions {
  namespace: string;
}

const BOM = '\uFEFF';
const HELM_SOURCE = /^# Source: /m;

export function emptyStats(): LoadStats {
  return { files: 0, documents: 0, resources: 0, skippedNonKubernetes: 0, skippedDocuments: 0, unparseable: 0, helmTemplates: 0 };
}

/** Files read besides the inputs, once per load: kustomize origin files and patches, Helm templates. */
interface ReadFiles {
  parsed: ParsedFiles;
  templates: HelmTemplates;
}

export function loadFiles(inputs: readonly InputFile[], options: LoadOptions): LoadResult {
  const result: LoadResult = { resources: [], problems: [], stats: emptyStats(), brokenDefinitions: [] };
  const read: ReadFiles = { parsed: new Map(), templates: new Map() };
  for (const input of inputs) {
    if (input.suppressionsOnly) continue;
    result.stats.files++;
    loadFile(input, options, result, read);
  }
  result.stats.resources = result.resources.length;
  return result;
}

function loadFile(input: InputFile, options: LoadOptions, { resources, problems, stats, brokenDefinitions }: LoadResult, read: ReadFiles) {
  // A BOM is invisible to the user; dropping it keeps line 1 columns as they see them.
  const text = input.text.startsWith(BOM) ? input.text.slice(1) : input.text;
  const helmAt = findHelmTemplateAction(text);
  if (helmAt !== undefined) {
    stats.helmTemplates++;
    const parsed: ParsedFile = { text, lineCounter: lineCounterFor(text), documents: [], problems: [] };
    problems.push({
      file: input.file,
      parsed,
      kind: 'helm-template',
      code: 'HELM_TEMPLATE',
      offset: helmAt,
      endOffset: helmAt,
      message: 'This file is an unrendered Helm/Go template; render it first (helm template <release> <chart> | kstorelint -)',
    });
    return;
  }
  const parsed = parseYaml(text);
  for (const problem of parsed.problems) problems.push({ file: input.file, parsed, ...problem });
  let kubeObjects = 0;
  let fatal = false;
  // A rendered kustomization, or a `helm template` stream (its documents say `# Source:`), is applied as one.
  const unit = input.kustomizationDir ?? (HELM_SOURCE.test(text) ? input.file : undefined);
  for (const document of parsed.documents) {
    stats.documents++;
    // kubectl rejects a document that does not parse, so no rule may see its partial object.
    if (!document.usable) {
      fatal = true;
      const definition = brokenDefinition(input.file, text, document, parsed.lineCounter, options);
      if (definition) brokenDefinitions.push(definition);
      continue;
    }
    const written = document.value;
    if (written === null || written === undefined) continue;
    const value = asKustomization(input.file, written) ?? written;
    if (!isKubeObject(value)) {
      stats.skippedDocuments++;
      continue;
    }
    const items = value.kind.endsWith('List') && Array.isArray(value.items) ? value.items : undefined;
    const entries: [unknown, JsonPath][] = items ? items.map((item, i) => [item, ['items', i]]) : [[value, []]];
    const renderedFrom = helmTemplate(document, parsed.lineCounter, input.helmCharts, read.templates);
    entries.forEach(([written, basePath], i) => {
      if (!isKubeObject(written)) return;
      kubeObjects++;
      const dir = input.kustomizationDir;
      const origin = dir ? originOf(written, dir, input.file, input.kustomize, read.parsed) : undefined;
      const object = dir ? withoutOrigin(written) : written;
      const where = {
        document,
        basePath,
        lineCounter: parsed.lineCounter,
        text,
        ...(renderedFrom ? { renderedFrom } : {}),
        ...(origin ? { origin } : {}),
        ...(unit ? { unit } : {}),
      };
      const resource = toResource(object, input.file, where, options, i);
      if (input.contextOnly) resource.contextOnly = true;
      resources.push(resource);
    });
  }
  if (kubeObjects === 0) {
    if (fatal) stats.unparseable++;
    else stats.skippedNonKubernetes++;
  }
}

function toResource(
  object: KubeObject,
  file: string,
  where: Omit<Resource['source'], 'file'>,
  options: LoadOptions,
  item: number,
): Resource {
  const metadata = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<string, unknown>;
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '';
  const declaredNamespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
  const namespace = isClusterScoped(object.kind) ? undefined : (declaredNamespace ?? options.namespace);
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name,
    namespace,
    object: object as Resource['object'],
    source: { file, ...where },
    order: `${file}\u0000${String(where.document.index).padStart(6, '0')}\u0000${String(item).padStart(6, '0')}`,
  };
}

/** What a broken document would define, with the namespace a resource of it would get. */
function brokenDefinition(
  file: string,
  text: string,
  document: ParsedDocument,
  lineCounter: LineCounter,
  options: LoadOptions,
): BrokenDefinition | undefined {
  const identity = readIdentity(text.slice(document.start, document.end));
  if (!identity) return undefined;
  const namespace = isClusterScoped(identity.kind) ? undefined : (identity.namespace ?? options.namespace);
  const line = lineCounter.linePos(document.start).line + identity.line - 1;
  return { kind: identity.kind, name: identity.name, ...(namespace ? { namespace } : {}), file, line };
}

const KUSTOMIZATION_FILE = /(^|[\\/])(kustomization\.ya?ml|Kustomization)$/;

/**
 * kustomize accepts a kustomization.yaml without apiVersion and kind (most in the wild have none);
 * reading it as the Kustomization it is lets rules see its generators and patches.
 */
function asKustomization(file: string, value: unknown): KubeObject | undefined {
  if (!KUSTOMIZATION_FILE.test(file) || typeof value !== 'object' || value === null || Array.isArray(value) || isKubeObject(value))
    return undefined;
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', ...(value as Record<string, unknown>) };
}
