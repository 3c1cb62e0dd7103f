import type { Graph, GraphEdge, GraphNode, NodeKind } from './model.js';

/** Title line and fact lines of a node, shared by every renderer. */
export function nodeLines(node: GraphNode): string[] {
  const title = node.kind === 'More' ? node.name : `${node.type} ${node.name}`;
  return [title, ...node.details, ...(node.zones ? [`zone ${node.zones.join(', ')}`] : [])];
}

export function edgeLabel(edge: GraphEdge): string {
  return [edge.label ?? '', edge.broken ? `✗ ${edge.broken.ruleId}` : ''].filter(Boolean).join(' ');
}

/** Namespaces in first-seen order; cluster-scoped nodes (PVs, classes) stay outside every group. */
export function groups(graph: Graph): { namespace?: string; nodes: GraphNode[] }[] {
  const byNamespace = new Map<string | undefined, GraphNode[]>();
  for (const node of graph.nodes) byNamespace.set(node.namespace, [...(byNamespace.get(node.namespace) ?? []), node]);
  return [...byNamespace.entries()].map(([namespace, nodes]) => ({ namespace, nodes }));
}

/** Short ids: object names hold characters neither Mermaid nor DOT take in an id. */
export function shortIds(graph: Graph): Map<string, string> {
  return new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
}

const MERMAID_SHAPE: Record<NodeKind, [string, string]> = {
  Workload: ['[', ']'],
  PersistentVolumeClaim: ['([', '])'],
  PersistentVolume: ['[(', ')]'],
  StorageClass: ['{{', '}}'],
  Service: ['>', ']'],
  ConfigMap: ['[/', '/]'],
  Secret: ['[/', '/]'],
  More: ['[', ']'],
};

const mermaidText = (text: string) => text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\|/g, '#124;');

const nodeClass = (node: GraphNode) => (node.state === 'ok' ? node.kind.toLowerCase() : node.state);

export function toMermaid(graph: Graph): string {
  const ids = shortIds(graph);
  const out = ['flowchart LR'];
  for (const group of groups(graph)) {
    const indent = group.namespace === undefined ? '  ' : '    ';
    if (group.namespace !== undefined) out.push(`  subgraph ns_${ids.get(group.nodes[0].id)}["namespace ${mermaidText(group.namespace)}"]`);
    for (const node of group.nodes) {
      const [open, close] = MERMAID_SHAPE[node.kind];
      out.push(`${indent}${ids.get(node.id)}${open}"${nodeLines(node).map(mermaidText).join('<br/>')}"${close}:::${nodeClass(node)}`);
    }
    if (group.namespace !== undefined) out.push('  end');
  }
  const brokenLinks: number[] = [];
  graph.edges.forEach((edge, i) => {
    const label = edgeLabel(edge);
    const arrow = edge.broken || edge.tentative ? '-.->' : '-->';
    out.push(`  ${ids.get(edge.from)} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${ids.get(edge.to)}`);
    if (edge.broken) brokenLinks.push(i);
  });
  out.push(
    '  classDef workload fill:#dbeafe,stroke:#1d4ed8,color:#111',
    '  classDef persistentvolumeclaim fill:#fef3c7,stroke:#b45309,color:#111',
    '  classDef persistentvolume fill:#dcfce7,stroke:#15803d,color:#111',
    '  classDef storageclass fill:#ede9fe,stroke:#6d28d9,color:#111',
    '  classDef service fill:#e0f2fe,stroke:#0369a1,color:#111',
    '  classDef configmap fill:#f3f4f6,stroke:#4b5563,color:#111',
    '  classDef secret fill:#f3f4f6,stroke:#4b5563,color:#111',
    '  classDef more fill:#fff,stroke:#9ca3af,color:#4b5563,stroke-dasharray:3 3',
    '  classDef pending fill:#ffedd5,stroke:#c2410c,color:#111,stroke-width:2px',
    '  classDef missing fill:#fee2e2,stroke:#dc2626,color:#991b1b,stroke-dasharray:5 5,stroke-width:2px',
    '  classDef assumed fill:#fff,stroke:#6b7280,color:#374151,stroke-dasharray:5 5',
  );
  if (brokenLinks.length > 0) out.push(`  linkStyle ${brokenLinks.join(',')} stroke:#dc2626,stroke-width:2px,color:#dc2626`);
  return out.join('\n') + '\n';
}

const DOT_STYLE: Record<NodeKind, string> = {
  Workload: 'shape=box, style="filled,rounded", fillcolor="#dbeafe", color="#1d4ed8"',
  PersistentVolumeClaim: 'shape=box, style="filled,rounded", fillcolor="#fef3c7", color="#b45309"',
  PersistentVolume: 'shape=cylinder, style=filled, fillcolor="#dcfce7", color="#15803d"',
  StorageClass: 'shape=hexagon, style=filled, fillcolor="#ede9fe", color="#6d28d9"',
  Service: 'shape=cds, style=filled, fillcolor="#e0f2fe", color="#0369a1"',
  ConfigMap: 'shape=folder, style=filled, fillcolor="#f3f4f6", color="#4b5563"',
  Secret: 'shape=folder, style=filled, fillcolor="#f3f4f6", color="#4b5563"',
  More: 'shape=box, style="dashed,rounded", color="#9ca3af", fontcolor="#4b5563"',
};

const STATE_STYLE: Record<GraphNode['state'], string> = {
  ok: '',
  pending: ', fillcolor="#fed7aa", color="#c2410c", penwidth=3',
  missing: ', style="filled,dashed", fillcolor="#fee2e2", color="#dc2626", fontcolor="#991b1b", penwidth=2',
  assumed: ', style="dashed", color="#6b7280", fontcolor="#374151"',
};

const dotText = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function toDot(graph: Graph): string {
  const ids = shortIds(graph);
  const out = [
    'digraph storage {',
    '  rankdir=LR;',
    '  graph [fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.6];',
    '  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#4b5563", fontcolor="#374151"];',
  ];
  for (const group of groups(graph)) {
    const indent = group.namespace === undefined ? '  ' : '    ';
    if (group.namespace !== undefined) {
      out.push(`  subgraph ${dotText(`cluster_${group.namespace}`)} {`);
      out.push(`    label=${dotText(`namespace ${group.namespace}`)}; style="rounded,dashed"; color="#9ca3af"; fontcolor="#4b5563";`);
    }
    for (const node of group.nodes) {
      const id = ids.get(node.id)!;
      const lines = nodeLines(node)
        .map((line) => line.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))
        .join('\\n');
      out.push(
        `${indent}${id} [label="${lines}", ${DOT_STYLE[node.kind]}${STATE_STYLE[node.state]}, id=${dotText(`node-${id}`)}, class=${dotText(`node ${nodeClass(node)}`)}, tooltip=${dotText(node.id)}];`,
      );
    }
    if (group.namespace !== undefined) out.push('  }');
  }
  graph.edges.forEach((edge, i) => {
    const attrs = [`label=${dotText(edgeLabel(edge))}`, `id=${dotText(`edge-${i}`)}`];
    if (edge.broken) {
      attrs.push(
        'color="#dc2626"',
        'fontcolor="#b91c1c"',
        'style=dashed',
        'penwidth=2',
        'class="edge broken"',
        `tooltip=${dotText(`${edge.broken.ruleId}: ${edge.broken.message}`)}`,
      );
    } else if (edge.tentative) {
      attrs.push('style=dashed', 'color="#9ca3af"', `class="edge ${edge.kind}"`);
    } else {
      attrs.push(`class="edge ${edge.kind}"`);
    }
    out.push(`  ${ids.get(edge.from)} -> ${ids.get(edge.to)} [${attrs.join(', ')}];`);
  });
  out.push('}');
  return out.join('\n') + '\n';
}
