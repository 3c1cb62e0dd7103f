import type { LintResult } from '../engine.js';
import { activeFindings } from '../findings.js';
import { findFocus, focusGraph, namespaceGraph } from '../graph/filter.js';
import { buildGraph, type Graph } from '../graph/model.js';
import { toDot, toMermaid } from '../graph/render.js';
import { toSvg } from '../graph/svg.js';
import { UsageError } from '../errors.js';
import type { Command } from './command.js';
import { lintView, writeOutput } from './view.js';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;

export interface GraphOptions {
  format?: string;
  /** `KIND/NAME` or `KIND/NAMESPACE/NAME`. */
  focus?: string;
  /** Only this namespace (and the cluster-scoped objects it reaches). */
  namespace?: string;
}

export function selectGraph(result: Pick<LintResult, 'model' | 'findings'>, options: GraphOptions): Graph {
  let graph = buildGraph(result.model, activeFindings(result.findings));
  if (options.namespace !== undefined) graph = namespaceGraph(graph, options.namespace);
  if (options.focus !== undefined) {
    const nodes = findFocus(graph, options.focus);
    if (nodes === undefined) throw new UsageError(`--focus takes KIND/NAME or KIND/NAMESPACE/NAME, not '${options.focus}'`);
    if (nodes.length === 0) throw new UsageError(`--focus ${options.focus}: no such object in the graph`);
    graph = focusGraph(
      graph,
      nodes.map((node) => node.id),
    );
  }
  return graph;
}

/** The storage picture of the view as Mermaid, DOT or SVG. */
export async function renderGraph(result: Pick<LintResult, 'model' | 'findings'>, options: GraphOptions): Promise<string> {
  const format = options.format ?? 'mermaid';
  if (!(GRAPH_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`graph: unknown format '${format}' (${GRAPH_FORMATS.join(', ')})`);
  const graph = selectGraph(result, options);
  if (format === 'dot') return toDot(graph);
  if (format === 'svg') return toSvg(graph);
  return toMermaid(graph);
}

/** `kstorelint graph <path>...`: exit 0 with the graph, 2 when a path named nothing. */
export const graphCommand: Command = async (args, io) => {
  const { values } = args;
  const { linted, usageProblem } = await lintView(args, io, false);
  writeOutput(
    await renderGraph(linted, { format: values.format, focus: values.focus, namespace: values.namespace }),
    values['output-file'],
    io,
  );
  return usageProblem ? 2 : 0;
};
