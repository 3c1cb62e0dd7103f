import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const actionEntry = path.join(repoRoot, 'dist', 'src', 'action.js');

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
  runs: { using: string; steps: { run: string; env?: Record<string, string> }[] };
}

/** Runs the action's entry point the way the runner's composite step does. */
function runAction(inputs: Record<string, string>, files: Record<string, string> = {}) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kstorelint-action-'));
  mkdirSync(path.join(workspace, 'k8s'));
  writeFileSync(path.join(workspace, 'k8s', 'pod.yaml'), pod);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(workspace, file), text);
  const summary = path.join(workspace, 'summary.md');
  writeFileSync(summary, '');
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYaml;
  const step = action.runs.steps.find((s) => s.run.includes('action.js'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTION_PATH: repoRoot,
    RUNNER_TEMP: tmpdir(),
  };
  // The step maps each input to INPUT_<NAME>; resolve ${{ inputs.x }} with the given value or its default.
  for (const [name, template] of Object.entries(step?.env ?? {})) {
    const input = /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/.exec(template)?.[1] ?? '';
    env[name] = inputs[input] ?? action.inputs[input]?.default ?? '';
  }
  const result = spawnSync(process.execPath, [actionEntry], { cwd: workspace, env, encoding: 'utf8' });
  return { ...result, workspace, summary: readFileSync(summary, 'utf8') };
}

describe('GitHub Action', () => {
  it('declares every input it maps, as a composite action that builds from the tag', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYaml;
    expect(action.runs.using).toBe('composite');
    const mapped = action.runs.steps.flatMap((s) => Object.values(s.env ?? {})).map((t) => /inputs\.([\w-]+)/.exec(t)?.[1]);
    expect(mapped.sort()).toEqual(Object.keys(action.inputs).sort());
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
