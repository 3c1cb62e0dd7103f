import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const podOnMissingClaim = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: nothing-here
---
# The folder declares its claims, so a claim missing from it is a mistake (an error), not the cluster's.
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\ndata:\n  a: "1"\n';

describe('kstorelint CLI', () => {
  it('exits 0 and says so when there is nothing to report', () => {
    const dir = workspace({ 'ok.yaml': configMap });
    const result = run(['.'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no problems');
    expect(result.stderr).toBe('');
  });

  it('exits 1 with findings at file:line:column, paths as the user gave them', () => {
    const dir = workspace({ 'k8s/pod.yaml': podOnMissingClaim });
    const result = run(['k8s'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('k8s/pod.yaml');
    expect(result.stdout).toMatch(/14:20 +error +Volume 'data' of Pod default\/web uses claim 'nothing-here'.*claim-not-found/);
  });

  it('prints the JSON contract', () => {
    const dir = workspace({ 'pod.yaml': podOnMissingClaim });
    const result = run(['--format', 'json', 'pod.yaml'], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.findings[0]).toEqual({
      ruleId: 'claim-not-found',
      messageId: 'missing',
      severity: 'error',
      message: expect.stringContaining("'nothing-here'"),
      file: 'pod.yaml',
      line: 14,
      column: 20,
      endLine: 14,
      endColumn: 32,
      resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'default', name: 'web' },
      related: [],
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0, files: 1, resources: 2 });
  });

  it('reads standard input with -', () => {
    const result = run(['--format', 'json', '-'], { input: podOnMissingClaim });
    expect(JSON.parse(result.stdout).findings[0].file).toBe('<stdin>');
  });

  it('--fail-on and --rule change the exit code', () => {
    const dir = workspace({ 'pod.yaml': podOnMissingClaim });
    expect(run(['--rule', 'claim-not-found=warning', 'pod.yaml'], { cwd: dir }).code).toBe(0);
    expect(run(['--rule', 'claim-not-found=warning', '--fail-on', 'warning', 'pod.yaml'], { cwd: dir }).code).toBe(1);
    expect(run(['--rule', 'claim-not-found=off', 'pod.yaml'], { cwd: dir }).stdout).toContain('no problems');
  });

  it('--namespace sets the namespace of objects that have none', () => {
    const dir = workspace({ 'pod.yaml': podOnMissingClaim });
    expect(run(['-n', 'shop', 'pod.yaml'], { cwd: dir }).stdout).toContain('Pod shop/web');
  });

  it('exits 2 on usage errors with a clear message', () => {
    expect(run([]).code).toBe(2);
    const unknown = run(['--format', 'xml', '.']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown format 'xml'");
    const missing = run(['no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/dir: no such file or folder');
  });

  it('honours .gitignore and never reads node_modules', () => {
    const dir = workspace({
      '.gitignore': 'generated/\n',
      'generated/pod.yaml': podOnMissingClaim,
      'node_modules/x/pod.yaml': podOnMissingClaim,
      'ok.yaml': configMap,
    });
    const result = run(['--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });

  it('skips binary files with a message and goes on', () => {
    const dir = workspace({ 'bin.yaml': 'a\u0000b', 'ok.yaml': configMap });
    const result = run(['bin.yaml', 'ok.yaml'], { cwd: dir });
    expect(result.stderr).toContain('bin.yaml: binary file');
    expect(result.stdout).toContain('no problems');
    expect(result.code).toBe(0);
  });

  it('lists and explains rules', () => {
    expect(run(['rules']).stdout).toMatch(/claim-not-found\s+warning\s+pod-volumes/);
    const explain = run(['explain', 'claim-not-found']);
    expect(explain.stdout).toContain('Why:');
    expect(run(['explain', 'nope']).code).toBe(2);
  });
});

describe('summary of schema coverage', () => {
  it('counts objects validated against a schema and objects of kinds without one', () => {
    const dir = workspace({ 'a.yaml': `${configMap}---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec: {}\n` });
    const json = JSON.parse(run(['--format', 'json', 'a.yaml'], { cwd: dir }).stdout);
    expect(json.summary).toMatchObject({ schemaValidated: 1, schemaSkipped: 1 });
    expect(run(['a.yaml'], { cwd: dir }).stdout).toContain('1 of kinds without a schema');
  });
});
