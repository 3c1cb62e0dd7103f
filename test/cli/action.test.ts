import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: busybox:1.36
      volumeMounts: [{name: data, mountPath: /data}]
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: db-data
---
# Its folder declares claims, so the missing one is an error.
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: cache}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

interface ActionYaml {
  inputs: Record<string, { default: string }>;
  runs: { using: string; main: string };
}

const readAction = () => parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYaml;

/**
 * Runs the action as the runner runs a `node20` action: `node <main>` from a checkout of the action,
 * in the workspace, with every input as INPUT_<NAME> (the given value or its default). The action's
 * folder has no node_modules: the committed bundle is all it runs.
 */
function runAction(inputs: Record<string, string>, files: Record<string, string> = {}) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kstorelint-action-'));
  mkdirSync(path.join(workspace, 'k8s'));
  writeFileSync(path.join(workspace, 'k8s', 'pod.yaml'), pod);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(workspace, file), text);
  const summary = path.join(workspace, 'summary.md');
  writeFileSync(summary, '');
  const action = readAction();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTION_PATH: actionCheckout,
    RUNNER_TEMP: tmpdir(),
  };
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? input.default ?? '';
  const result = spawnSync(process.execPath, [path.join(actionCheckout, action.runs.main)], { cwd: workspace, env, encoding: 'utf8' });
  return { ...result, workspace, summary: readFileSync(summary, 'utf8') };
}

/** What `uses: owner/kstorelint@tag` checks out: the repository's committed files, without node_modules. */
const actionCheckout = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-action-checkout-'));
  for (const file of ['action.yml', 'package.json']) cpSync(path.join(repoRoot, file), path.join(dir, file));
  for (const folder of ['dist/chunks', 'schemas']) cpSync(path.join(repoRoot, folder), path.join(dir, folder), { recursive: true });
  for (const file of ['dist/cli.js', 'dist/action.js']) cpSync(path.join(repoRoot, file), path.join(dir, file));
  return dir;
})();

describe('GitHub Action', () => {
  it('is a JavaScript action on node20 whose entry is the committed bundle, and the entry reads every input', () => {
    const action = readAction();
    expect(action.runs).toEqual({ using: 'node20', main: 'dist/action.js' });
    const read = [...readFileSync(path.join(repoRoot, 'src', 'action.ts'), 'utf8').matchAll(/input\('([\w-]+)'\)/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('annotates the finding line, writes the step summary and fails the step', () => {
    const run = runAction({ paths: 'k8s' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "::error file=k8s/pod.yaml,line=13,col=20,endLine=13,endColumn=27,title=kstorelint claim-not-found::Volume 'data' of Pod default/app uses claim 'db-data', which is not a PersistentVolumeClaim in namespace 'default'\n",
    );
    expect(run.summary).toContain('## kstorelint');
    expect(run.summary).toContain('| error | `k8s/pod.yaml:13:20` | `claim-not-found` |');
    expect(run.stderr).toBe('');
  });

  it('writes SARIF for code scanning', () => {
    const run = runAction({ paths: 'k8s', sarif: 'results.sarif' });
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].ruleId).toBe('claim-not-found');
  });

  it('honours config, fail-on and format inputs', () => {
    const config = { 'ci.yaml': 'rules:\n  claim-not-found: warning\n' };
    expect(runAction({ paths: 'k8s', config: 'ci.yaml' }, config).status).toBe(0);
    const strict = runAction({ paths: 'k8s', config: 'ci.yaml', 'fail-on': 'warning', format: 'json', 'kube-version': '1.30' }, config);
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).findings[0].severity).toBe('warning');
    expect(existsSync(path.join(strict.workspace, 'results.sarif'))).toBe(false);
  });
});
