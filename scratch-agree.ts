import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import { rules } from './rules/index.js';
import { activeFindings, lint, NEWEST_KUBE_VERSION } from './src/engine.js';
import { buildGraph } from './src/graph/model.js';
const REF = ['claim-not-found','sts-service-not-found','configmap-or-secret-not-found','pvc-storageclass-not-found','pvc-volumename-not-found','pv-claimref-claim-not-found'];
const root = process.argv[2];
for (const repo of readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory())) {
  const files = await globby('**/*.{yaml,yml,json}', { cwd: path.join(root, repo) });
  const inputs = files.map((f) => ({ file: path.join(root, repo, f), text: readFileSync(path.join(root, repo, f), 'utf8') }));
  const result = lint(inputs, { rules, namespace: 'default', kubeVersion: NEWEST_KUBE_VERSION });
  const findings = activeFindings(result.findings);
  const graph = buildGraph(result.model, findings);
  const missing = new Set(graph.nodes.filter((n) => n.state === 'missing').map((n) => n.id));
  for (const e of graph.edges) if (missing.has(e.to) && !e.broken) console.log(repo, 'MISSING-NO-FINDING', e.kind, e.to);
  const carried = new Set(graph.edges.flatMap((e) => (e.broken ? [e.broken.ruleId + '|' + e.broken.message] : [])));
  for (const f of findings) if (REF.includes(f.ruleId) && !carried.has(f.ruleId + '|' + f.message)) console.log(repo, 'FINDING-NO-EDGE', f.ruleId, f.file + ':' + f.line, f.message.slice(0, 100));
}
