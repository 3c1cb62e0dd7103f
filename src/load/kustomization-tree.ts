/**
 * The kustomizations of a run and how they build on each other. A root is a kustomization nothing
 * else in the run builds on (an overlay, or a base no overlay uses): it is what a user applies with
 * `kubectl apply -k`, so it is rendered as a unit; a base is seen through the overlays that use it.
 */
import type { KustomizationFile, PatchFile } from './kustomization-file.js';

/** A patch file and the files whose objects it may patch (absolute). */
export interface ScopedPatch extends PatchFile {
  patchable: readonly string[];
}

export type ReadKustomization = (dir: string) => KustomizationFile | undefined;

export class KustomizationTree {
  private readonly cache = new Map<string, KustomizationFile | undefined>();
  private readonly reached = new Map<string, ReadonlySet<string>>();

  constructor(private readonly reader: ReadKustomization) {}

  /** The kustomization of an absolute folder, read once. */
  read(dir: string): KustomizationFile | undefined {
    if (!this.cache.has(dir)) this.cache.set(dir, this.reader(dir));
    return this.cache.get(dir);
  }

  /** Kustomization folders `dir` builds on, directly or through others (never `dir` itself). */
  reachable(dir: string): ReadonlySet<string> {
    const known = this.reached.get(dir);
    if (known) return known;
    const seen = new Set<string>();
    const stack = [...(this.read(dir)?.children ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next) || next === dir) continue;
      seen.add(next);
      stack.push(...(this.read(next)?.children ?? []));
    }
    this.reached.set(dir, seen);
    return seen;
  }

  /** Every kustomization a rendering of `root` reads, root first. */
  private units(root: string): KustomizationFile[] {
    return [root, ...this.reachable(root)].flatMap((dir) => this.read(dir) ?? []);
  }

  /**
   * The files a rendering of `root` consumes: the kustomization files and every file they read
   * (resources, patches, components, CRDs, generator inputs). Absolute paths.
   */
  consumedFiles(root: string): Set<string> {
    const files = new Set<string>();
    for (const unit of this.units(root)) {
      files.add(unit.file);
      for (const file of unit.files) files.add(file);
    }
    return files;
  }

  /**
   * Patch files in the order kustomize applies them (a base's before the overlay's that uses it), each
   * with the resource files it can patch: those of the kustomization that lists it and its bases.
   */
  patches(root: string): ScopedPatch[] {
    const ordered: ScopedPatch[] = [];
    const visiting = new Set<string>();
    const visit = (dir: string, includer: string) => {
      if (visiting.has(dir)) return;
      visiting.add(dir);
      const unit = this.read(dir);
      if (!unit) return;
      for (const child of unit.children) visit(child, dir);
      if (unit.patches.length === 0) return;
      // A component patches what the kustomization that includes it has gathered.
      const patchable = [...this.consumedFiles(unit.kind === 'Component' ? includer : dir)];
      ordered.push(...unit.patches.map((patch) => ({ ...patch, patchable })));
    };
    visit(root, root);
    return ordered;
  }

  /** Every namePrefix and nameSuffix a rendering of `root` may add to a name. */
  nameAffixes(root: string): { prefixes: string[]; suffixes: string[] } {
    const units = this.units(root);
    return {
      prefixes: units.flatMap((unit) => (unit.namePrefix ? [unit.namePrefix] : [])),
      suffixes: units.flatMap((unit) => (unit.nameSuffix ? [unit.nameSuffix] : [])),
    };
  }

  /** Entries of `root` or its bases that name nothing on disk (remote bases, typos), with the folder that names them. */
  unresolved(root: string): { dir: string; entry: string }[] {
    return this.units(root).flatMap((unit) => unit.unresolved.map((entry) => ({ dir: unit.dir, entry })));
  }
}

/**
 * The kustomizations to render next. `walked` are the kustomization folders found under the paths
 * given; a folder is rendered when it is a Kustomization (a Component is applied only through one),
 * not rendered or failed already, not covered by a rendered one, and no other walked Kustomization that
 * has not failed builds on it. When an overlay fails to render, the bases it uses become roots.
 */
export function nextRoots(
  walked: readonly string[],
  tree: KustomizationTree,
  rendered: ReadonlySet<string>,
  failed: ReadonlySet<string>,
): string[] {
  const kustomizations = walked.filter((dir) => tree.read(dir)?.kind === 'Kustomization');
  const consumers = kustomizations.filter((dir) => !failed.has(dir));
  return kustomizations.filter(
    (dir) => !rendered.has(dir) && !failed.has(dir) && !consumers.some((other) => other !== dir && tree.reachable(other).has(dir)),
  );
}
