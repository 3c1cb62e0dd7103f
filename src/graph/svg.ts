import type { Viz } from '@viz-js/viz';
import type { Graph } from './model.js';
import { toDot } from './render.js';

let viz: Promise<Viz> | undefined;

/**
 * Graphviz compiled to WebAssembly: the SVG is laid out in-process, offline. Imported on first use:
 * the module is 1.5 MB of WebAssembly that only the svg and html formats need.
 */
export async function toSvg(graph: Graph): Promise<string> {
  viz ??= import('@viz-js/viz').then((module) => module.instance());
  const result = (await viz).render(toDot(graph), { format: 'svg' });
  if (result.status !== 'success') throw new Error(`graphviz: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.output;
}
