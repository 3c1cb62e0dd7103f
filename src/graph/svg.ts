import { instance, type Viz } from '@viz-js/viz';
import type { Graph } from './model.js';
import { toDot } from './render.js';

let viz: Promise<Viz> | undefined;

/** Graphviz compiled to WebAssembly: the SVG is laid out in-process, offline. */
export async function toSvg(graph: Graph): Promise<string> {
  viz ??= instance();
  const result = (await viz).render(toDot(graph), { format: 'svg' });
  if (result.status !== 'success') throw new Error(`graphviz: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.output;
}
