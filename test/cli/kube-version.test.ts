import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

/** Lints one manifest with --kube-version (none: the default, newest) and --format json. */
function lintAt(manifest: string, version?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-kv-'));
  writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
  const args = [cli, 'manifest.yaml', '--format', 'json', ...(version ? ['--kube-version', version] : [])];
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.stderr).toBe('');
  const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; message: string }[] };
  return { code: result.status, findings };
}

const of = (findings: { ruleId: string; severity: string; message: string }[], ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId);

const betaDeployment = `apiVersion: apps/v1beta1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

const podWith = (volume: string, env = '') => `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: [sh, -c, env]${env}
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
${volume}`;

const cephfs = podWith(`      cephfs:
        monitors: [10.0.0.1:6789]
        path: /share
`);
const gitRepo = podWith(`      gitRepo:
        repository: https://github.com/example/site.git
`);
const digitEnvName = podWith(
  '      emptyDir: {}\n',
  `
      env:
        - name: 1ST_RUN
          value: "true"`,
);

describe('--kube-version', () => {
  it('takes a patch release (and the v kubectl prints) as its minor', () => {
    expect(of(lintAt(betaDeployment, '1.31.2').findings, 'removed-api-version')[0]?.message).toContain('(target 1.31)');
    expect(of(lintAt(betaDeployment, 'v1.15.0').findings, 'removed-api-version')[0]?.message).toContain('(target 1.15)');
  });

  it('refuses a version outside the range kstorelint knows, and says the range', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-kv-'));
    writeFileSync(path.join(dir, 'manifest.yaml'), betaDeployment);
    for (const version of ['1.99', '1.5', '2.0', 'latest']) {
      const result = spawnSync(process.execPath, [cli, '--no-config', '--kube-version', version, 'manifest.yaml'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^kstorelint: --kube-version /);
    }
    const tooNew = spawnSync(process.execPath, [cli, '--no-config', '--kube-version', '1.99', 'manifest.yaml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(tooNew.stderr).toContain("--kube-version '1.99' is outside the versions kstorelint knows (1.11 to 1.36)");
  });

  it('makes a removed API version a warning before its removal and an error from it', () => {
    const before = lintAt(betaDeployment, '1.15');
    expect(of(before.findings, 'removed-api-version')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('removed in Kubernetes 1.16 (target 1.15)') },
    ]);
    expect(before.code).toBe(0);
    const at = lintAt(betaDeployment, '1.16');
    expect(of(at.findings, 'removed-api-version')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('spec.selector is required') },
    ]);
    expect(at.code).toBe(1);
    expect(of(lintAt(betaDeployment).findings, 'removed-api-version')[0]?.message).toContain('(target 1.35)');
  });

  it('makes cephfs a warning until 1.30 and an error from 1.31', () => {
    expect(of(lintAt(cephfs, '1.30').findings, 'deprecated-volume-plugin')).toMatchObject([{ severity: 'warning' }]);
    expect(of(lintAt(cephfs, '1.31').findings, 'deprecated-volume-plugin')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('no longer works') },
    ]);
  });

  it('follows gitRepo from deprecated to off by default to gone', () => {
    expect(of(lintAt(gitRepo, '1.32').findings, 'deprecated-volume-plugin')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('deprecated since 1.11') },
    ]);
    expect(of(lintAt(gitRepo, '1.33').findings, 'deprecated-volume-plugin')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('off by default') },
    ]);
    expect(of(lintAt(gitRepo, '1.36').findings, 'deprecated-volume-plugin')).toMatchObject([{ severity: 'error' }]);
  });

  it('checks env var names with the strict rule before 1.32 and the relaxed one from 1.32', () => {
    const strict = lintAt(digitEnvName, '1.31');
    expect(of(strict.findings, 'env-name-invalid')).toMatchObject([{ severity: 'error', message: expect.stringContaining("'1ST_RUN'") }]);
    expect(of(lintAt(digitEnvName, '1.32').findings, 'env-name-invalid')).toEqual([]);
  });
});
