import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby, isDynamicPattern } from 'globby';

export interface Discovered {
  files: string[];
  /** Paths that could not be used, with why. */
  errors: { path: string; message: string }[];
  stdin: boolean;
}

const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Turns CLI paths into the files to lint: folders recursively (honouring .gitignore, never
 * node_modules or .git), globs, plain files as given, and `-` for stdin.
 */
export async function discover(patterns: readonly string[], cwd = process.cwd(), ignore: readonly string[] = []): Promise<Discovered> {
  const files = new Set<string>();
  const errors: Discovered['errors'] = [];
  let stdin = false;
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true;
      continue;
    }
    if (isDynamicPattern(toPosix(pattern)) && !exists(path.resolve(cwd, pattern))) {
      const matches = await globby(toPosix(pattern), {
        cwd,
        gitignore: true,
        ignore: ALWAYS_IGNORED,
        dot: false,
        followSymbolicLinks: false,
      });
      if (matches.length === 0) errors.push({ path: pattern, message: 'no files match this pattern' });
      matches.sort().forEach((match) => files.add(match));
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
      const matches = await globby(MANIFEST_GLOB, {
        cwd: path.resolve(cwd, pattern),
        gitignore: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        suppressErrors: true,
      });
      matches.sort().forEach((match) => files.add(base === '.' ? match : `${base}/${match}`));
    } else if (stats.isFile()) {
      files.add(pattern);
    } else {
      errors.push({ path: pattern, message: 'not a regular file or folder' });
    }
  }
  const ignored = ignore.length ? (await import('picomatch')).default(ignore.map(toPosix)) : undefined;
  return { files: [...files].filter((file) => !ignored?.(toPosix(path.normalize(file)))), errors, stdin };
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
