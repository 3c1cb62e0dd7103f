import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint, NEWEST_KUBE_VERSION } from '../../src/engine.js';
import { activeFindings } from '../../src/findings.js';
import { buildGraph } from '../../src/graph/model.js';
import { repoRoot } from '../helpers.js';

/** Rules whose findings say "the object this names is not there": each is a red edge of the graph. */
const REFERENCE_RULES = [
  'claim-not-found',
  'sts-service-not-found',
  'configmap-or-secret-not-found',
  'pvc-storageclass-not-found',
  'pvc-volumename-not-found',
  'pv-claimref-claim-not-found',
];

/** Findings of those rules that name no target (an empty or misplaced serviceName): nothing to draw. */
const NO_TARGET = new Set(['sts-service-not-found/noServiceName', 'sts-service-not-found/misplaced']);

/**
 * Disagreements between the findings and the graph of one view: a target drawn as missing that no
 * finding reports, and a missing-reference finding no broken edge carries.
 */
async function disagreements(dir: string): Promise<string[]> {
  const files = await globby('**/*.{yaml,yml,json}', { cwd: dir, ignore: ['**/node_modules/**'] });
  const inputs = files.sort().map((file) => ({ file: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') }));
  const result = lint(inputs, { rules, namespace: 'default', kubeVersion: NEWEST_KUBE_VERSION });
  const findings = activeFindings(result.findings);
  const graph = buildGraph(result.model, result.findings);
  const missing = new Set(graph.nodes.filter((node) => node.state === 'missing').map((node) => node.id));
  const problems = graph.edges
    .filter((edge) => missing.has(edge.to) && !edge.broken)
    .map((edge) => `drawn missing, no finding: ${edge.to}`);
  const carried = new Set(graph.edges.flatMap((edge) => (edge.broken ? [`${edge.broken.ruleId}\u0000${edge.broken.message}`] : [])));
  for (const finding of findings) {
    if (NO_TARGET.has(`${finding.ruleId}/${finding.messageId}`)) continue;
    if (REFERENCE_RULES.includes(finding.ruleId) && !carried.has(`${finding.ruleId}\u0000${finding.message}`))
      problems.push(`finding without a broken edge: ${finding.ruleId} ${path.relative(dir, finding.file)}:${finding.line}`);
  }
  return problems;
}

describe('the graph and the findings tell one story', () => {
  it('on the seed scenarios', async () => {
    expect(await disagreements(path.join(repoRoot, 'fixtures', 'seeds'))).toEqual([]);
  });

  it('on the missing-reference fixtures', async () => {
    for (const id of REFERENCE_RULES) expect(await disagreements(path.join(repoRoot, 'fixtures', 'rules', id)), id).toEqual([]);
  });

  const corpus = path.join(repoRoot, '..', 'shared', 'corpus');
  it.skipIf(!existsSync(corpus))(
    'on every repository of the corpus, each linted as one view (needs ../shared/corpus)',
    async () => {
      const repos = readdirSync(corpus).filter((entry) => statSync(path.join(corpus, entry)).isDirectory());
      const problems: string[] = [];
      for (const repo of repos) for (const problem of await disagreements(path.join(corpus, repo))) problems.push(`${repo}: ${problem}`);
      expect(problems).toEqual([]);
    },
    600_000,
  );
});
