import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseYaml } from './parse.js';
import { isKubeObject, type KubeObject, type ResourceSource } from './resource.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

export const isKustomizationDir = (dir: string) => KUSTOMIZATION_FILES.some((file) => existsSync(path.join(dir, file)));

export type Rendered = { ok: true; text: string } | { ok: false; message: string };

/** `kubectl kustomize DIR`, with origin annotations so findings can name the file each object came from. */
export function renderKustomization(dir: string): Rendered {
  const run = spawnSync('kubectl', ['kustomize', dir, '--enable-alpha-plugins=false'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 120_000,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    return {
      ok: false,
      message:
        'kubectl is not on PATH, so the kustomization cannot be rendered; linting its files as written (or: kubectl kustomize DIR | kstorelint -)',
    };
  }
  if (run.status !== 0)
    return { ok: false, message: `kubectl kustomize failed: ${(run.stderr || String(run.error ?? '')).trim().split('\n')[0]}` };
  return { ok: true, text: run.stdout };
}

/**
 * Where a rendered object was written: kustomize's origin annotation names the file (relative to
 * the kustomization), and the object with the same kind and name in that file is the source a
 * finding's path is looked up in. Prefixes and suffixes added by kustomize are allowed for.
 */
export function originSource(object: KubeObject, kustomizationDir: string): ResourceSource | undefined {
  const origin = object.metadata?.annotations?.[ORIGIN_ANNOTATION];
  if (typeof origin !== 'string') return undefined;
  let originPath: unknown;
  try {
    originPath = (parse(origin) as { path?: unknown } | null)?.path;
  } catch {
    return undefined;
  }
  if (typeof originPath !== 'string' || /^[a-z]+:\/\//.test(originPath)) return undefined;
  const file = path.join(kustomizationDir, originPath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseYaml(text);
  const name = object.metadata?.name ?? '';
  const document = parsed.documents.find((doc) => {
    const value = doc.value;
    if (!isKubeObject(value) || value.kind !== object.kind) return false;
    const written = value.metadata?.name ?? '';
    return written !== '' && name.includes(written);
  });
  return document ? { file, text, lineCounter: parsed.lineCounter, document, basePath: [] } : undefined;
}
