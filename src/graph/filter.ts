import type { Graph, GraphNode } from './model.js';

/** kubectl's short names, so `--focus pvc/data` works as it does there. */
const KIND_ALIASES: Record<string, string> = {
  pvc: 'persistentvolumeclaim',
  pv: 'persistentvolume',
  sc: 'storageclass',
  svc: 'service',
  cm: 'configmap',
  sts: 'statefulset',
  deploy: 'deployment',
  ds: 'daemonset',
  rs: 'replicaset',
  rc: 'replicationcontroller',
  po: 'pod',
  cj: 'cronjob',
};

const normalKind = (kind: string) => KIND_ALIASES[kind.toLowerCase()] ?? kind.toLowerCase();

/**
 * Nodes `KIND/NAME` or `KIND/NAMESPACE/NAME` names (kind case-insensitive, kubectl short names).
 * A missing node matches too: focusing on what is broken is the point.
 */
export function findFocus(graph: Graph, focus: string): GraphNode[] | undefined {
  const parts = focus.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const kind = normalKind(parts[0]);
  const name = parts[parts.length - 1];
  const namespace = parts.length === 3 ? parts[1] : undefined;
  return graph.nodes.filter(
    (node) => normalKind(node.type) === kind && node.name === name && (namespace === undefined || node.namespace === namespace),
  );
}

function reach(graph: Graph, start: readonly string[], forward: boolean): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const [a, b] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    for (const id of next.get(queue.pop()!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

function subgraph(graph: Graph, keep: ReadonlySet<string>): Graph {
  return {
    nodes: graph.nodes.filter((node) => keep.has(node.id)),
    edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to)),
  };
}

/**
 * The focused nodes, everything they reach (claims, volumes, classes) and everything that reaches
 * them (the workloads that mount a claim), but not the other consumers of what they reach.
 */
export function focusGraph(graph: Graph, ids: readonly string[]): Graph {
  const keep = new Set([...reach(graph, ids, true), ...reach(graph, ids, false)]);
  // A break that points into the focus (a PV reserved for a focused claim) is part of its story.
  for (const edge of graph.edges) if (edge.broken && keep.has(edge.to)) keep.add(edge.from);
  return subgraph(graph, keep);
}

/** The namespace's objects and the cluster-scoped ones (PVs, classes) they reach. */
export function namespaceGraph(graph: Graph, namespace: string): Graph {
  const own = graph.nodes.filter((node) => node.namespace === namespace).map((node) => node.id);
  const reached = reach(graph, own, true);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return subgraph(
    graph,
    new Set([...reached].filter((id) => byId.get(id)?.namespace === undefined || byId.get(id)?.namespace === namespace)),
  );
}
