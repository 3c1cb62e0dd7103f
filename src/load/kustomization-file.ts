/**
 * One kustomization folder as kstorelint needs to know it without running kustomize: which folders
 * it builds on, which files it reads, which files are patches, and the name prefix and suffix it
 * adds. Read from the kustomization file itself (fields as in kustomize's types.Kustomization).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isObject, nonEmptyString, objectOf, objectsOf } from '../util/shape.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** A patch file and the objects it is applied to when the entry says (`target:`). */
export interface PatchFile {
  file: string;
  target?: { kind?: string; name?: string };
}

export interface KustomizationFile {
  /** Absolute folder and kustomization file. */
  dir: string;
  file: string;
  kind: 'Kustomization' | 'Component';
  /** Local kustomization folders it builds on: resources and bases that are folders, then components. */
  children: string[];
  /** Every local file it reads: resources, patches, CRDs, generator inputs, transformer configs. */
  files: string[];
  /** Patch files in the order kustomize applies them. */
  patches: PatchFile[];
  namePrefix?: string;
  nameSuffix?: string;
  /** Entries that are neither a local file nor a local folder: remote bases (URLs) or typos. */
  unresolved: string[];
}

/** The kustomization file of a folder, if it has one (kustomize's order of preference). */
export function kustomizationFileIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const file = path.join(dir, name);
    if (isFile(file)) return file;
  }
  return undefined;
}

export const isKustomizationFile = (file: string) => (KUSTOMIZATION_FILES as readonly string[]).includes(path.basename(file));

/** Reads the kustomization of `dir` (absolute); undefined when there is none or it is not a YAML mapping. */
export function readKustomization(dir: string): KustomizationFile | undefined {
  const file = kustomizationFileIn(dir);
  if (!file) return undefined;
  let value: unknown;
  try {
    value = parse(readFileSync(file, 'utf8'), { uniqueKeys: false });
  } catch {
    return undefined;
  }
  // A file of that name that is not for kustomize (a Flux `kustomize.toolkit.fluxcd.io` Kustomization) is a manifest.
  if (!isObject(value) || (typeof value.apiVersion === 'string' && !value.apiVersion.startsWith('kustomize.config.k8s.io/')))
    return undefined;
  const result: KustomizationFile = {
    dir,
    file,
    kind: value.kind === 'Component' ? 'Component' : 'Kustomization',
    children: [],
    files: [],
    patches: [],
    unresolved: [],
    ...(nonEmptyString(value.namePrefix) ? { namePrefix: value.namePrefix as string } : {}),
    ...(nonEmptyString(value.nameSuffix) ? { nameSuffix: value.nameSuffix as string } : {}),
  };
  const local = (entry: string) => path.resolve(dir, entry);
  for (const entry of [...strings(value.resources), ...strings(value.bases), ...strings(value.components)]) {
    const target = local(entry);
    if (isDirectory(target)) result.children.push(target);
    else if (isFile(target)) result.files.push(target);
    else result.unresolved.push(entry);
  }
  for (const entry of value.patchesStrategicMerge === undefined ? [] : strings(value.patchesStrategicMerge)) {
    // An entry may be the patch itself, written inline; only a one-line entry is a file name.
    if (!entry.includes('\n')) result.patches.push({ file: local(entry) });
  }
  for (const entry of [...objectsOf(value.patches), ...objectsOf(value.patchesJson6902)]) {
    const file = nonEmptyString(entry.path);
    if (!file) continue;
    const target = objectOf(entry.target);
    const kind = nonEmptyString(target.kind);
    const name = nonEmptyString(target.name);
    result.patches.push({
      file: local(file),
      ...(kind || name ? { target: { ...(kind ? { kind } : {}), ...(name ? { name } : {}) } } : {}),
    });
  }
  result.files.push(...result.patches.map((patch) => patch.file));
  for (const generator of [...objectsOf(value.configMapGenerator), ...objectsOf(value.secretGenerator)]) {
    for (const entry of [...strings(generator.files), ...strings(generator.envs), ...strings(generator.env)]) {
      // `files:` entries may be `key=path`.
      result.files.push(local(entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry));
    }
  }
  const configFiles = [
    ...strings(value.crds),
    ...strings(value.configurations),
    ...strings(value.transformers),
    ...strings(value.generators),
    ...strings(value.validators),
    ...objectsOf(value.replacements).flatMap((entry) => strings([entry.path])),
    ...strings([objectOf(value.openapi).path]),
  ];
  for (const entry of configFiles) if (!entry.includes('\n') && isFile(local(entry))) result.files.push(local(entry));
  return result;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
