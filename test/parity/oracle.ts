import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What kubectl makes of one document: the JSON it sends, or the error it stops at. */
export type OracleDocument = { ok: true; json: unknown } | { ok: false; error: string };

export type Oracle = { available: true; binary: string } | { available: false; reason: string };

const SOURCE_DIR = path.join(import.meta.dirname, 'oracle');
/** Debian's golang-gopkg-yaml.v2-dev and golang-github-ghodss-yaml-dev install their sources here. */
const DEBIAN_GOPATH = '/usr/share/gocode';
const REQUIRED_PACKAGES = ['gopkg.in/yaml.v2', 'github.com/ghodss/yaml'];
const INSTALL_HINT = 'apt-get install golang-go golang-gopkg-yaml.v2-dev golang-github-ghodss-yaml-dev (.ci/run does)';

let built: Oracle | undefined;

/**
 * Builds the Go oracle (test/parity/oracle/main.go) once per content of main.go, in GOPATH mode and
 * offline, into the temp dir; every test worker of a run reuses that binary. Tells why when it
 * cannot be had, so that the tests skip with the reason instead of failing on a machine without Go.
 */
export function oracle(): Oracle {
  built ??= build();
  return built;
}

function build(): Oracle {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) return { available: false, reason: `the Go toolchain is missing: ${INSTALL_HINT}` };
  const missing = REQUIRED_PACKAGES.filter((pkg) => !existsSync(path.join(DEBIAN_GOPATH, 'src', pkg)));
  if (missing.length > 0) return { available: false, reason: `${missing.join(' and ')} missing under ${DEBIAN_GOPATH}: ${INSTALL_HINT}` };
  const source = readFileSync(path.join(SOURCE_DIR, 'main.go'));
  const hash = createHash('sha256').update(source).update(go.stdout).digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), `kstorelint-oracle-${hash}`);
  const binary = path.join(dir, 'oracle');
  if (existsSync(binary)) return { available: true, binary };
  mkdirSync(dir, { recursive: true });
  // Built under a private name and renamed, so a parallel worker never runs a half-written binary.
  const partial = `${binary}.${process.pid}`;
  const run = spawnSync('go', ['build', '-o', partial, '.'], {
    cwd: SOURCE_DIR,
    encoding: 'utf8',
    env: { ...process.env, GOPATH: DEBIAN_GOPATH, GO111MODULE: 'off', GOFLAGS: '', GOPROXY: 'off', GOCACHE: path.join(dir, 'cache') },
  });
  if (run.status !== 0) return { available: false, reason: `the oracle does not build: ${run.stderr.trim()}` };
  renameSync(partial, binary);
  return { available: true, binary };
}

/** The oracle's binary, or undefined after a warning that says why the tests that need it are skipped. */
export function oracleBinary(what: string): string | undefined {
  const state = oracle();
  if (state.available) return state.binary;
  console.warn(`\n*** ${what} SKIPPED: ${state.reason} ***\n`);
  return undefined;
}

const parseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OracleDocument & { file?: string });

const run = (binary: string, args: readonly string[], input?: string) => {
  const result = spawnSync(binary, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`oracle failed: ${result.stderr || String(result.error)}`);
  return parseLines(result.stdout);
};

/** The documents kubectl reads from a text. */
export function oracleDocuments(binary: string, text: string): OracleDocument[] {
  return run(binary, [], text).map(({ file: _file, ...document }) => document);
}

/** The same for many files at once (one process), by file path. */
export function oracleFiles(binary: string, files: readonly string[]): Map<string, OracleDocument[]> {
  const byFile = new Map<string, OracleDocument[]>(files.map((file) => [file, []]));
  for (let i = 0; i < files.length; i += 500) {
    for (const { file, ...document } of run(binary, files.slice(i, i + 500))) byFile.get(file!)!.push(document);
  }
  return byFile;
}
