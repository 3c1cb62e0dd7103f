import picomatch from 'picomatch';
import type { ImportEdge } from './imports.js';

/** A layer: the files that belong to it, as globs relative to the repository root. */
export interface Layer {
  name: string;
  files: readonly string[];
}

/** Files in one strongly connected part of the import graph, and one way round it. */
export interface Cycle {
  files: string[];
  path: ImportEdge[];
}

export interface ArchitectureInput {
  files: readonly string[];
  edges: readonly ImportEdge[];
  /** Bottom first: a file may import files of its own layer and of the layers listed before it. */
  layers: readonly Layer[];
}

/** Every way the files break the layer table, one message each; empty when they keep it. */
export function architectureProblems({ files, edges, layers }: ArchitectureInput): string[] {
  const problems: string[] = [];
  const layerOf = new Map<string, number>();
  const matchers = layers.map((layer) => picomatch([...layer.files]));
  for (const file of files) {
    const matching = matchers.flatMap((matches, index) => (matches(file) ? [index] : []));
    if (matching.length === 0) problems.push(`unplaced: ${file} belongs to no layer; add it to the layer table`);
    else if (matching.length > 1) problems.push(`ambiguous: ${file} matches layers ${matching.map((i) => layers[i].name).join(', ')}`);
    else layerOf.set(file, matching[0]);
  }
  for (const edge of edges) {
    const from = layerOf.get(edge.from);
    const to = layerOf.get(edge.to);
    if (from === undefined || to === undefined || to <= from) continue;
    problems.push(`back edge: ${site(edge)} reaches up from ${layers[from].name} to ${layers[to].name}`);
  }
  for (const cycle of findCycles(files, edges)) {
    problems.push(`cycle: ${cycle.files.join(', ')}\n    ${cycle.path.map(site).join('\n    ')}`);
  }
  return problems;
}

const site = (edge: ImportEdge) => `${edge.from}:${edge.line} ${edge.kind} '${edge.specifier}' (${edge.to})`;

/** The layer table as the failure message shows it, top first, as one reads a stack. */
export function describeLayers(layers: readonly Layer[]): string {
  const lines = layers.map((layer, index) => `  ${String(index).padStart(2)} ${layer.name}: ${layer.files.join(', ')}`).reverse();
  return ['Layers, top first; a file may import its own layer and the layers below it:', ...lines].join('\n');
}

/**
 * Import cycles: the strongly connected parts of the graph with more than one file, or a file
 * that imports itself (Tarjan's algorithm), each with one concrete way round it.
 */
export function findCycles(files: readonly string[], edges: readonly ImportEdge[]): Cycle[] {
  const out = new Map<string, ImportEdge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  // Recursion depth is bounded by the longest import chain, a few dozen files.
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const { to } of out.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    components.push(component.sort());
  };
  for (const file of [...files].sort()) if (!index.has(file)) connect(file);
  return components
    .filter((component) => component.length > 1 || (out.get(component[0]) ?? []).some((edge) => edge.to === component[0]))
    .map((component) => ({ files: component, path: shortestWayRound(component, out) }))
    .sort((a, b) => (a.files[0] < b.files[0] ? -1 : 1));
}

/** The shortest chain of imports from the component's first file back to itself, staying inside it. */
function shortestWayRound(component: readonly string[], out: ReadonlyMap<string, ImportEdge[]>): ImportEdge[] {
  const inside = new Set(component);
  const start = component[0];
  const via = new Map<string, ImportEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of out.get(queue[i]) ?? []) {
      if (!inside.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [edge];
        for (let at = edge.from; at !== start; at = via.get(at)!.from) path.unshift(via.get(at)!);
        return path;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return [];
}
