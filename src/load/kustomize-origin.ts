/**
 * Where an object of `kubectl kustomize` output came from. kstorelint renders with
 * `buildMetadata: [originAnnotations]`, so each object names its file (`path:`) or its generator
 * (`configuredIn:` + `configuredBy:`); the object is found in that file by kind and name (allowing
 * for the namePrefix/nameSuffix of the kustomizations on the way), and the strategic-merge patches
 * that target it are found in the patch files the kustomizations list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { JsonPath } from '../types.js';
import { isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { PatchFile } from './kustomization-file.js';
import { parseYaml, type ParsedDocument, type ParsedFile } from './parse.js';
import type { KubeObject, OriginSource, ResourceSource } from './resource.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** What load needs to place a rendered kustomization's objects in their files. */
export interface KustomizeRendering {
  /** Absolute folder the origin annotations' paths are relative to (the folder kustomize was run on). */
  originRoot: string;
  /**
   * Strategic-merge and JSON patch files the kustomizations apply, absolute, in the order applied,
   * each with the files whose objects it may patch (those of its kustomization and its bases).
   */
  patches: readonly (PatchFile & { patchable?: readonly string[] })[];
  /** Every namePrefix and nameSuffix of the kustomizations rendered. */
  prefixes: readonly string[];
  suffixes: readonly string[];
}

/** Parsed files by absolute path (undefined when unreadable), shared by the objects of one load. */
export type ParsedFiles = Map<string, ParsedFile | undefined>;

interface Written {
  object: Record<string, unknown>;
  document: ParsedDocument;
  basePath: JsonPath;
}

/** An absolute path as the user sees it, from the kustomization folder they gave (relative stays relative). */
export const shownPath = (dir: string, absolute: string): string => path.join(dir, path.relative(path.resolve(dir), absolute));

/** The object without the origin annotation kstorelint asked kustomize for: no rule may see it. */
export function withoutOrigin(object: KubeObject): KubeObject {
  const annotations = object.metadata?.annotations;
  if (!isObject(annotations) || !(ORIGIN_ANNOTATION in annotations)) return object;
  const rest = Object.fromEntries(Object.entries(annotations).filter(([key]) => key !== ORIGIN_ANNOTATION));
  const metadata = { ...object.metadata };
  if (Object.keys(rest).length > 0) metadata.annotations = rest as Record<string, string>;
  else delete metadata.annotations;
  return { ...object, metadata };
}

/**
 * The origin of a rendered object. `dir` is the kustomization folder as the user gave it: origin
 * files are shown relative to it the way the user would write them. Objects whose origin file or
 * generator entry cannot be found are pinned to the kustomization file.
 */
export function originOf(
  object: KubeObject,
  dir: string,
  kustomizationFile: string,
  rendering: KustomizeRendering | undefined,
  files: ParsedFiles,
): OriginSource | undefined {
  const root = rendering?.originRoot ?? path.resolve(dir);
  const shown = (absolute: string) => shownPath(dir, absolute);
  const pinnedAt = (absolute: string, basePath: JsonPath = []): OriginSource | undefined => {
    const parsed = parsedFile(files, absolute);
    const document = parsed?.documents.find((doc) => doc.usable) ?? parsed?.documents[0];
    if (!parsed || !document) return undefined;
    return { ...sourceIn(parsed, shown(absolute), document, basePath), patches: [], pinned: true };
  };
  const atKustomization = () => pinnedAt(path.resolve(kustomizationFile));
  const origin = readOrigin(object);
  if (!origin) return atKustomization();
  if (origin.path !== undefined) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin.path) || origin.repo !== undefined) return atKustomization();
    const absolute = path.resolve(root, origin.path);
    const parsed = parsedFile(files, absolute);
    if (!parsed) return atKustomization();
    const affixes = { prefixes: rendering?.prefixes ?? [], suffixes: rendering?.suffixes ?? [] };
    const written = findWritten(parsed, object, affixes);
    if (!written) return pinnedAt(absolute);
    const writtenName = nonEmptyString(objectOf(written.object.metadata).name) ?? '';
    const applying = (rendering?.patches ?? []).filter((patch) => !patch.patchable || patch.patchable.includes(absolute));
    const patches = applying.flatMap((patch) =>
      patchDocuments(files, patch, object, writtenName, affixes).map((doc) =>
        sourceIn(doc.parsed, shown(patch.file), doc.document, doc.basePath),
      ),
    );
    return { ...sourceIn(parsed, shown(absolute), written.document, written.basePath), patches };
  }
  if (origin.configuredIn !== undefined) {
    const absolute = path.resolve(root, origin.configuredIn);
    const parsed = parsedFile(files, absolute);
    const entry = parsed ? generatorEntry(parsed, origin.configuredBy, object) : undefined;
    return entry ? pinnedAt(absolute, entry) : (pinnedAt(absolute) ?? atKustomization());
  }
  return atKustomization();
}

interface Origin {
  path?: string;
  repo?: string;
  configuredIn?: string;
  configuredBy?: string;
}

function readOrigin(object: KubeObject): Origin | undefined {
  const text = object.metadata?.annotations?.[ORIGIN_ANNOTATION];
  if (typeof text !== 'string') return undefined;
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const origin: Origin = {};
  if (typeof value.path === 'string') origin.path = value.path;
  if (typeof value.repo === 'string') origin.repo = value.repo;
  if (typeof value.configuredIn === 'string') origin.configuredIn = value.configuredIn;
  const by = nonEmptyString(objectOf(value.configuredBy).kind);
  if (by) origin.configuredBy = by;
  return origin;
}

function parsedFile(files: ParsedFiles, absolute: string): ParsedFile | undefined {
  if (!files.has(absolute)) {
    let parsed: ParsedFile | undefined;
    try {
      parsed = parseYaml(readFileSync(absolute, 'utf8'));
    } catch {
      parsed = undefined;
    }
    files.set(absolute, parsed);
  }
  return files.get(absolute);
}

const sourceIn = (parsed: ParsedFile, file: string, document: ParsedDocument, basePath: JsonPath): ResourceSource => ({
  file,
  text: parsed.text,
  lineCounter: parsed.lineCounter,
  document,
  basePath,
});

/** Every object of a file: its documents, and the items of `kind: *List` documents. */
function writtenObjects(parsed: ParsedFile): Written[] {
  return parsed.documents.flatMap((document) => {
    if (!document.usable || !isObject(document.value)) return [];
    const value = document.value;
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items))
      return value.items.flatMap((item, i) => (isObject(item) ? [{ object: item, document, basePath: ['items', i] }] : []));
    return [{ object: value, document, basePath: [] }];
  });
}

interface Affixes {
  prefixes: readonly string[];
  suffixes: readonly string[];
}

/** `rest` is made of the given parts only (prefixes added by several kustomizations stack up). */
function madeOf(rest: string, parts: readonly string[], atStart: boolean): boolean {
  if (rest === '') return true;
  return parts.some(
    (part) =>
      part !== '' &&
      (atStart ? rest.startsWith(part) : rest.endsWith(part)) &&
      madeOf(atStart ? rest.slice(part.length) : rest.slice(0, -part.length), parts, atStart),
  );
}

/**
 * How well a written name explains a rendered one: 3 equal, 2 the rendered name is the written one
 * with known prefixes and suffixes around it, 1 it merely contains it, 0 not at all.
 */
function nameMatch(rendered: string, written: string, affixes: Affixes): number {
  if (written === '') return 0;
  if (rendered === written) return 3;
  let best = 0;
  for (let at = rendered.indexOf(written); at >= 0; at = rendered.indexOf(written, at + 1)) {
    const before = rendered.slice(0, at);
    const after = rendered.slice(at + written.length);
    best = Math.max(best, madeOf(before, affixes.prefixes, true) && madeOf(after, affixes.suffixes, false) ? 2 : 1);
  }
  return best;
}

/** The object in its origin file: same kind, the name that best explains the rendered one (longest first). */
function findWritten(parsed: ParsedFile, object: KubeObject, affixes: Affixes): Written | undefined {
  const name = object.metadata?.name ?? '';
  let best: { written: Written; score: number; length: number } | undefined;
  const candidates = writtenObjects(parsed).filter((written) => written.object.kind === object.kind);
  for (const written of candidates) {
    const writtenName = nonEmptyString(objectOf(written.object.metadata).name) ?? '';
    const score = nameMatch(name, writtenName, affixes);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && writtenName.length > best.length))
      best = { written, score, length: writtenName.length };
  }
  // One object of the kind and no name to go by (generateName, a name set by a patch): that one.
  return best?.written ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** A `target.name` is a regular expression matched against the whole name. */
function targetNameMatches(pattern: string, names: readonly string[]): boolean {
  try {
    const regex = new RegExp(`^(?:${pattern})$`);
    return names.some((name) => regex.test(name));
  } catch {
    return names.includes(pattern);
  }
}

/** The documents of a patch file that patch this object (strategic-merge documents only). */
function patchDocuments(
  files: ParsedFiles,
  patch: PatchFile,
  object: KubeObject,
  writtenName: string,
  affixes: Affixes,
): (Written & { parsed: ParsedFile })[] {
  const parsed = parsedFile(files, patch.file);
  if (!parsed) return [];
  const renderedName = object.metadata?.name ?? '';
  const { target } = patch;
  return writtenObjects(parsed)
    .filter((written) => {
      const kind = written.object.kind;
      if (target) {
        if (target.kind !== undefined && target.kind !== object.kind) return false;
        if (kind !== undefined && kind !== object.kind) return false;
        return target.name === undefined || targetNameMatches(target.name, [writtenName, renderedName]);
      }
      if (kind !== object.kind) return false;
      const name = nonEmptyString(objectOf(written.object.metadata).name) ?? '';
      return name === writtenName || nameMatch(renderedName, name, affixes) >= 2;
    })
    .map((written) => ({ ...written, parsed }));
}

const GENERATOR_FIELDS: Record<string, string> = {
  ConfigMapGenerator: 'configMapGenerator',
  SecretGenerator: 'secretGenerator',
  HelmChartInflationGenerator: 'helmCharts',
};

/** The generator entry that made a generated object: its list and index in the kustomization file. */
function generatorEntry(parsed: ParsedFile, configuredBy: string | undefined, object: KubeObject): JsonPath | undefined {
  const field = configuredBy ? GENERATOR_FIELDS[configuredBy] : undefined;
  const document = parsed.documents.find((doc) => doc.usable && isObject(doc.value));
  if (!field || !document) return undefined;
  const entries = objectOf(document.value)[field];
  if (!Array.isArray(entries)) return undefined;
  if (field === 'helmCharts') return [field];
  const name = object.metadata?.name ?? '';
  let best: { index: number; length: number } | undefined;
  entries.forEach((entry, index) => {
    const entryName = nonEmptyString(objectOf(entry).name);
    if (!entryName || !name.includes(entryName)) return;
    if (!best || entryName.length > best.length) best = { index, length: entryName.length };
  });
  return best ? [field, best.index] : [field];
}
