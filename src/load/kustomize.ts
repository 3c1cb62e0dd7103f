import { execFile } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Rendered = { ok: true; text: string; originRoot: string } | { ok: false; kubectlMissing: boolean; message: string };

const TIMEOUT_MS = 120_000;
const MAX_ERROR = 200;

/**
 * `kubectl kustomize DIR` with origin annotations, without touching the user's files: kustomize runs
 * on a temporary kustomization that has DIR as its one resource and asks for
 * `buildMetadata: [originAnnotations]` (kubectl has no flag for it). The output is DIR's output
 * with each object annotated with its file (or generator), relative to the temporary folder,
 * which is returned as `originRoot`.
 */
export async function renderKustomization(dir: string): Promise<Rendered> {
  const wrapper = realpathSync(mkdtempSync(path.join(tmpdir(), 'kstorelint-kustomize-')));
  try {
    // kustomize takes relative resource paths only; a folder resource may be anywhere.
    const resource = path.relative(wrapper, path.resolve(dir)).split(path.sep).join('/');
    writeFileSync(
      path.join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(resource)}\nbuildMetadata: [originAnnotations]\n`,
    );
    const run = await kubectl(['kustomize', wrapper]);
    if (run.missing) return { ok: false, kubectlMissing: true, message: 'kubectl is not on PATH' };
    if (!run.ok) return { ok: false, kubectlMissing: false, message: kustomizeError(run.stderr, resource, dir) };
    return { ok: true, text: run.stdout, originRoot: wrapper };
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
}

interface Run {
  ok: boolean;
  missing: boolean;
  stdout: string;
  stderr: string;
}

function kubectl(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('kubectl', args, { encoding: 'utf8', maxBuffer: 1 << 30, timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve({
        ok: error === null,
        missing: code === 'ENOENT',
        stdout,
        stderr: stderr || (error ? error.message : ''),
      });
    });
  });
}

/**
 * kubectl's error on one line, short enough for a summary: without klog's prefix and quoting, and
 * without the layer kstorelint's own wrapper kustomization adds around the user's error.
 */
export function kustomizeError(stderr: string, resource: string, dir: string): string {
  // kustomize's deprecation warnings ("# Warning: 'commonLabels' is deprecated") are not the error.
  const lines = stderr.split('\n').filter((line) => !line.startsWith('# Warning:'));
  let text = lines
    .join('\n')
    .replace(/^[EFW]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /m, '')
    .trim();
  const failed = /^"command failed" err=([\s\S]*)$/.exec(text);
  if (failed) {
    text = failed[1].trim();
    if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
    else {
      try {
        text = String(JSON.parse(text));
      } catch {
        // not a Go-quoted string: as printed
      }
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  const wrapper = `accumulating resources: accumulation err='accumulating resources from '${resource}': `;
  if (text.startsWith(wrapper)) {
    text = text.slice(wrapper.length).replace(/'$/, '');
    // kustomize tried the folder as a file first; the folder's own error follows.
    const recursed = /recursed accumulation of path '[^']*': /.exec(text);
    if (recursed) text = text.slice(recursed.index + recursed[0].length);
  }
  text = text.split(path.resolve(dir)).join(dir.replace(/\/+$/, '') || '.');
  text = text.replace(/["'\\\s]+$/, '');
  if (text === '') return 'kubectl kustomize failed';
  // kustomize wraps the cause in the steps that led to it: the end of the chain says what is wrong.
  if (text.length <= MAX_ERROR) return text;
  const tail = text.slice(-MAX_ERROR);
  const step = tail.indexOf(': ');
  return `...${step >= 0 && step < MAX_ERROR / 2 ? tail.slice(step + 1) : tail}`;
}
