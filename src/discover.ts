import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Discovered {
  files: string[];
  /**
   * Kustomization files (kustomization.yaml, .yml, Kustomization) found by walking a folder or
   * matching a glob, not named one by one: these folders are rendered as kustomizations.
   */
  kustomizations: string[];
  /** Paths that could not be used, with why. */
  errors: { path: string; message: string }[];
  stdin: boolean;
  /** Files a folder walk or a glob found under a default ignore, and left out. */
  ignoredByDefault: number;
}

export interface DiscoverOptions {
  /** Globs of files never linted, named or found (the configuration's `ignore:`). */
  ignore?: readonly string[];
  /** Leave out DEFAULT_IGNORES below the folders and glob bases given (default true). */
  defaultIgnore?: boolean;
}

const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
/** kustomize also reads an extensionless `Kustomization`; it is not a manifest to lint. */
const KUSTOMIZATION_GLOB = '**/Kustomization';
const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Test data and vendored trees: manifests that are not meant for a cluster. */
export const DEFAULT_IGNORES = ['**/testdata/**', '**/vendor/**', '**/Godeps/**', '**/_workspace/**'];

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * globby (with fast-glob and its streams) is imported only for a folder or a glob: a run on named
 * files, as pre-commit makes, starts without it. A pattern without these characters is never dynamic.
 */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
const loadGlobby = () => import('globby');

/**
 * Turns CLI paths into the files to lint: folders recursively (honouring .gitignore, never
 * node_modules or .git), globs, plain files as given, and `-` for stdin.
 */
export async function discover(patterns: readonly string[], cwd = process.cwd(), options: DiscoverOptions = {}): Promise<Discovered> {
  const files = new Set<string>();
  const walked = new Set<string>();
  const { default: picomatch } = await import('picomatch');
  // Like ESLint: default ignores apply to what a walk finds below the folder or glob base named,
  // so `kstorelint pkg` skips pkg/testdata but `kstorelint pkg/testdata` and a named file do not.
  const underDefaultIgnore = options.defaultIgnore === false ? () => false : picomatch(DEFAULT_IGNORES);
  const leftOut = new Set<string>();
  const errors: Discovered['errors'] = [];
  let stdin = false;
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true;
      continue;
    }
    if (GLOB_CHARACTERS.test(pattern) && (await loadGlobby()).isDynamicPattern(toPosix(pattern)) && !exists(path.resolve(cwd, pattern))) {
      const { globby } = await loadGlobby();
      const matches = await globby(toPosix(pattern), {
        cwd,
        gitignore: true,
        ignore: ALWAYS_IGNORED,
        dot: false,
        followSymbolicLinks: false,
      });
      if (matches.length === 0) errors.push({ path: pattern, message: 'no files match this pattern' });
      const base = picomatch.scan(toPosix(pattern)).base;
      for (const match of matches.sort()) {
        if (underDefaultIgnore(base ? path.posix.relative(base, match) : match)) leftOut.add(match);
        else {
          files.add(match);
          walked.add(match);
        }
      }
      continue;
    }
    let stats;
    try {
      stats = statSync(path.resolve(cwd, pattern));
    } catch (error) {
      errors.push({ path: pattern, message: describeFsError(error) });
      continue;
    }
    if (stats.isDirectory()) {
      const base = toPosix(pattern).replace(/\/+$/, '') || '.';
      const { globby } = await loadGlobby();
      const matches = await globby([MANIFEST_GLOB, KUSTOMIZATION_GLOB], {
        cwd: path.resolve(cwd, pattern),
        gitignore: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        suppressErrors: true,
      });
      for (const match of matches.sort()) {
        const file = base === '.' ? match : `${base}/${match}`;
        const manifest = path.posix.basename(match) !== 'Kustomization';
        if (underDefaultIgnore(match)) {
          if (manifest) leftOut.add(file);
        } else {
          if (manifest) files.add(file);
          walked.add(file);
        }
      }
    } else if (stats.isFile()) {
      files.add(pattern);
    } else {
      errors.push({ path: pattern, message: 'not a regular file or folder' });
    }
  }
  const ignore = options.ignore ?? [];
  const ignored = ignore.length ? picomatch(ignore.map(toPosix)) : () => false;
  const kept = (file: string) => !ignored(toPosix(path.normalize(file)));
  // A file also found by another path, or left out by the configuration anyway, is not counted.
  const ignoredByDefault = [...leftOut].filter((file) => !files.has(file) && kept(file)).length;
  const kustomizations = [...walked].filter((file) => KUSTOMIZATION_FILE.test(toPosix(file)) && kept(file));
  return { files: [...files].filter(kept), kustomizations, errors, stdin, ignoredByDefault };
}

/** The Chart.yaml files under a folder, to find the charts Helm output names (node_modules, .git and .gitignore'd trees left out). */
export async function findChartFiles(cwd: string): Promise<string[]> {
  const { globby } = await loadGlobby();
  return globby('**/Chart.yaml', { cwd, gitignore: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, suppressErrors: true });
}

function exists(p: string) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

/** Reads a manifest as text; binary files are refused rather than parsed as garbage. */
export function readManifest(file: string): ReadOutcome {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  if (buffer.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not read' };
  return { ok: true, text: new TextDecoder('utf-8').decode(buffer) };
}
