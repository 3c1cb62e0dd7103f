/**
 * Every kustomization under the paths given, rendered as the unit `kubectl apply -k` would apply:
 * the roots (load/kustomization-tree.ts) are rendered, a few at a time, and the files they consume
 * are linted through the rendering instead of as written. A kustomization that cannot be rendered
 * (no kubectl, a remote base, a kustomize error) is linted as written, and the bases it uses become
 * roots of their own.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readKustomization } from './kustomization-file.js';
import { KustomizationTree, nextRoots } from './kustomization-tree.js';
import { renderKustomization, type Rendered } from './kustomize.js';
import { shownPath } from './kustomize-origin.js';
import type { InputFile } from './load.js';

export interface NotRendered {
  /** The kustomization folder as the user sees it. */
  dir: string;
  reason: string;
}

export interface KustomizeUnits {
  /** One input per rendered kustomization, named by its kustomization file. */
  inputs: InputFile[];
  /** The files the rendered kustomizations consume, not linted as written: absolute path → path as shown. */
  consumed: Map<string, string>;
  /** Kustomizations linted as written, and why. */
  notRendered: NotRendered[];
  /** kubectl is not on PATH: nothing was rendered. */
  kubectlMissing: boolean;
}

export type Render = (dir: string) => Promise<Rendered>;

/**
 * Renders the kustomizations whose files are among `kustomizationFiles` (paths as the user sees
 * them, found by walking the folders and globs given).
 */
export async function renderKustomizations(
  kustomizationFiles: readonly string[],
  render: Render = renderKustomization,
  // kubectl is mostly process start-up: a few more at once than there are CPUs hides it.
  concurrency = Math.min(8, Math.max(4, availableParallelism())),
): Promise<KustomizeUnits> {
  const shownDir = new Map<string, string>();
  for (const file of kustomizationFiles) {
    const dir = path.dirname(file);
    // A folder with kustomization.yaml and kustomization.yml is one kustomization (kustomize refuses it).
    if (!shownDir.has(path.resolve(dir))) shownDir.set(path.resolve(dir), dir);
  }
  const walked = [...shownDir.keys()];
  const tree = new KustomizationTree(readKustomization);
  const rendered = new Set<string>();
  const failed = new Set<string>();
  const units: KustomizeUnits = { inputs: [], consumed: new Map(), notRendered: [], kubectlMissing: false };
  for (let roots = nextRoots(walked, tree, rendered, failed); roots.length > 0; roots = nextRoots(walked, tree, rendered, failed)) {
    const outcomes = await mapPool(roots, concurrency, async (root) => {
      const unresolved = tree.unresolved(root)[0];
      const dir = shownDir.get(root) as string;
      if (unresolved !== undefined) {
        const where = unresolved.dir === root ? '' : ` (in ${shownPath(dir, unresolved.dir)})`;
        return { ok: false, kubectlMissing: false, message: unresolvedReason(unresolved.entry) + where } as const;
      }
      return render(dir);
    });
    roots.forEach((root, i) => {
      const outcome = outcomes[i];
      const dir = shownDir.get(root) as string;
      if (!outcome.ok) {
        failed.add(root);
        units.kubectlMissing ||= outcome.kubectlMissing;
        units.notRendered.push({ dir, reason: outcome.message });
        return;
      }
      rendered.add(root);
      const kustomization = tree.read(root);
      units.inputs.push({
        file: path.join(dir, path.basename(kustomization?.file ?? 'kustomization.yaml')),
        text: outcome.text,
        kustomizationDir: dir,
        kustomize: { originRoot: outcome.originRoot, patches: tree.patches(root), ...tree.nameAffixes(root) },
      });
      for (const file of tree.consumedFiles(root)) if (!units.consumed.has(file)) units.consumed.set(file, shownPath(dir, file));
    });
    // Without kubectl nothing renders: the bases need not be tried one by one.
    if (units.kubectlMissing) break;
  }
  return units;
}

/** kustomize fetches what is not on disk (`github.com/org/repo//dir?ref=v1`); kstorelint lints offline. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\.git(?:\/|$)/i;

const unresolvedReason = (entry: string) =>
  REMOTE.test(entry) ? `'${entry}' is a remote base, which kstorelint does not fetch` : `'${entry}' does not exist`;

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
