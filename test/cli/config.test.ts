import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-config-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: prod
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
# Its folder declares claims, so the missing one is an error unless the configuration knows better.
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: cache, namespace: prod}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

describe('configuration file', () => {
  it('is found from the working directory upwards and its assume list satisfies references', () => {
    const dir = workspace({ '.kstorelint.yaml': 'assume:\n  - PersistentVolumeClaim/prod/db-*\n', 'k8s/app/pod.yaml': pod });
    expect(run(['pod.yaml'], path.join(dir, 'k8s', 'app')).code).toBe(0);
    expect(run(['--no-config', '--fail-on', 'warning', 'pod.yaml'], path.join(dir, 'k8s', 'app')).code).toBe(1);
  });

  it('sets rule severities, and command-line flags win over it', () => {
    const dir = workspace({ '.kstorelint.yml': 'rules:\n  claim-not-found: warning\n', 'pod.yaml': pod });
    expect(run(['pod.yaml'], dir).code).toBe(0);
    expect(run(['--rule', 'claim-not-found=error', 'pod.yaml'], dir).code).toBe(1);
  });

  it('ignores files by glob, relative to the configuration file', () => {
    const dir = workspace({ '.kstorelint.json': '{"ignore": ["generated/**"]}', 'generated/pod.yaml': pod });
    expect(run(['--format', 'json', '.'], dir).stdout).toContain('"files": 0');
  });

  it('leaves test data out of folders unless defaultIgnore is false, and counts what it left out', () => {
    const files = { 'app/pod.yaml': pod, 'app/testdata/pod.yaml': pod, 'vendor/pod.yaml': pod };
    const summary = (dir: string, ...args: string[]) => JSON.parse(run([...args, '--format', 'json', '.'], dir).stdout).summary;
    expect(summary(workspace(files), '--no-config')).toMatchObject({ files: 1, ignoredByDefault: 2 });
    expect(summary(workspace(files), '--no-config', '--no-default-ignore')).toMatchObject({ files: 3, ignoredByDefault: 0 });
    expect(summary(workspace({ ...files, '.kstorelint.yaml': 'defaultIgnore: false\n' }))).toMatchObject({ files: 3 });
    expect(run(['--no-config', '.'], workspace(files)).stdout).toContain('in 1 file, 2 objects (2 files ignored by default)');
    expect(run(['--no-config', '--format', 'json', 'vendor/pod.yaml'], workspace(files)).stdout).toContain('"files": 1');
  });

  it('rejects a bad configuration with the key and its line, exit 2', () => {
    const dir = workspace({
      '.kstorelint.yaml': 'kubeVersion: "1.30"\nrules:\n  claim-not-found: loud\n  no-such-rule: off\nfailon: error\n',
      'pod.yaml': pod,
    });
    const result = run(['pod.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '.kstorelint.yaml:3: rules.claim-not-found must be equal to one of the allowed values (error, warning, info, off)',
    );
    expect(result.stderr).toContain(".kstorelint.yaml:5: unknown key 'failon'; did you mean 'failOn'?");
    expect(result.stderr).toContain('.kstorelint.yaml:4: rules.no-such-rule: unknown rule');
  });

  it('names an unknown key at its own line with the key it probably meant', () => {
    const dir = workspace({ '.kstorelint.yaml': 'namespace: prod\n\ndefaultStorageClas: fast\n', 'pod.yaml': pod });
    const result = run(['pod.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(".kstorelint.yaml:3: unknown key 'defaultStorageClas'; did you mean 'defaultStorageClass'?");
  });

  it('takes kubeVersion as written, also as a YAML number, and refuses one outside the known range', () => {
    const beta = 'apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n';
    const targetOf = (config: string) => {
      const dir = workspace({ '.kstorelint.yaml': config, 'deploy.yaml': beta });
      const result = run(['--format', 'json', 'deploy.yaml'], dir);
      expect(result.stderr).toBe('');
      const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string }[];
      return findings.find((f) => f.ruleId === 'removed-api-version')?.message.match(/target (1\.\d+)/)?.[1];
    };
    expect(targetOf('kubeVersion: 1.30\n')).toBe('1.30');
    expect(targetOf('kubeVersion: "1.31.2"\n')).toBe('1.31');
    const dir = workspace({ '.kstorelint.yaml': 'kubeVersion: 1.99\n', 'pod.yaml': pod });
    const result = run(['pod.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(".kstorelint.yaml:1: kubeVersion '1.99' is outside the versions kstorelint knows (1.11 to 1.36)");
  });

  it('checks assume entries: a known kind, a namespace exactly when the kind has one', () => {
    const config = [
      'assume:',
      '  - Secret/prod/db-creds',
      '  - Secret/db-creds',
      '  - storageclass/fast',
      '  - StorageClass/prod/fast',
      '  - "*/prod/anything"',
      '  - Widget/prod/thing',
      '',
    ].join('\n');
    const result = run(['pod.yaml'], workspace({ '.kstorelint.yaml': config, 'pod.yaml': pod }));
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n').filter((line) => line.includes('.kstorelint.yaml:'));
    expect(lines.map((line) => line.slice(line.indexOf('.kstorelint.yaml:')))).toEqual([
      ".kstorelint.yaml:3: assume: 'Secret/db-creds': Secret is namespaced: write Secret/<namespace>/db-creds (or Secret/*/db-creds for every namespace)",
      ".kstorelint.yaml:4: assume: 'storageclass/fast': unknown kind 'storageclass'; did you mean 'StorageClass'?",
      ".kstorelint.yaml:5: assume: 'StorageClass/prod/fast': StorageClass is cluster-scoped: write StorageClass/fast, without a namespace",
      ".kstorelint.yaml:7: assume: 'Widget/prod/thing': unknown kind 'Widget'",
    ]);
  });

  it('init writes a commented starter configuration that loads cleanly', () => {
    const dir = workspace({ 'pod.yaml': pod });
    expect(run(['init'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, '.kstorelint.yaml'), 'utf8')).toContain('assume:');
    expect(run(['pod.yaml'], dir).stderr).toBe('');
    expect(run(['init'], dir).code).toBe(2);
    expect(existsSync(path.join(dir, '.kstorelint.yaml'))).toBe(true);
  });

  it("init points $schema at the project's copy when kstorelint is installed there, else at the published one", () => {
    const bare = workspace({});
    expect(run(['init'], bare).code).toBe(0);
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(path.join(bare, '.kstorelint.yaml'), 'utf8')).toMatch(
      new RegExp(
        `^# yaml-language-server: \\$schema=https://unpkg.com/kstorelint@${version.replace(/\./g, '\\.')}/schemas/config.schema.json\n`,
      ),
    );
    const installed = workspace({ 'node_modules/kstorelint/schemas/config.schema.json': '{}' });
    expect(run(['init'], installed).code).toBe(0);
    expect(readFileSync(path.join(installed, '.kstorelint.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\/node_modules\/kstorelint\/schemas\/config\.schema\.json\n/,
    );
  });

  it('loads from the TypeScript sources as well as from dist (the schema is found from both)', async () => {
    const { loadConfig } = await import('../../src/config.js');
    const dir = workspace({ '.kstorelint.yaml': 'kubeVersion: 1.30\nassume: [StorageClass/fast]\n' });
    const loaded = await loadConfig(path.join(dir, '.kstorelint.yaml'), new Set());
    expect(loaded.config).toMatchObject({ kubeVersion: '1.30', assume: ['StorageClass/fast'] });
  });
});

describe('--cluster', () => {
  it('resolves references against live objects and reports nothing about them', () => {
    const live = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: db-data
      namespace: prod
      uid: 6d1f0c2e-0000-4000-8000-000000000001
      resourceVersion: "4711"
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
    status:
      phase: Bound
  - apiVersion: v1
    kind: Pod
    metadata:
      name: broken
    spec:
      containers: [{name: a, image: busybox:1.36}]
      volumes: [{name: x, persistentVolumeClaim: {claimName: nowhere}}]
`;
    const dir = workspace({ 'pod.yaml': pod, 'live.yaml': live });
    expect(run(['--no-config', '--fail-on', 'warning', 'pod.yaml'], dir).code).toBe(1);
    const withCluster = run(['--no-config', '--format', 'json', '--cluster', 'live.yaml', 'pod.yaml'], dir);
    expect(withCluster.code).toBe(0);
    expect(JSON.parse(withCluster.stdout).findings).toEqual([]);
  });
});

describe('baseline', () => {
  it('reports only findings that are new since the baseline, even after lines move', () => {
    const dir = workspace({ 'pod.yaml': pod });
    expect(run(['--no-config', '--fail-on', 'warning', '--write-baseline', 'base.json', 'pod.yaml'], dir).code).toBe(1);
    writeFileSync(path.join(dir, 'pod.yaml'), `# moved down\n${pod}`);
    const json = JSON.parse(run(['--no-config', '--baseline', 'base.json', '--format', 'json', 'pod.yaml'], dir).stdout);
    expect(json.findings.map((f: { suppressed?: { kind: string } }) => f.suppressed?.kind)).toEqual(['baseline']);
    expect(run(['--no-config', '--baseline', 'base.json', 'pod.yaml'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'pod.yaml'), pod.replace('claimName: db-data', 'claimName: other'));
    expect(run(['--no-config', '--fail-on', 'warning', '--baseline', 'base.json', 'pod.yaml'], dir).code).toBe(1);
  });
});

describe('--context (hook mode)', () => {
  it('resolves references against the context but reports only the files given', () => {
    const claim =
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: db-data\n  namespace: prod\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n';
    const broken = pod.replace('name: app', 'name: other').replace('claimName: db-data', 'claimName: missing');
    const dir = workspace({ 'app/pod.yaml': pod, 'storage/claim.yaml': claim, 'other/pod.yaml': broken });
    expect(run(['--no-config', '--fail-on', 'warning', 'app/pod.yaml'], dir).code).toBe(1);
    const hook = run(['--no-config', '--format', 'json', '--context', '.', 'app/pod.yaml'], dir);
    expect(hook.code).toBe(0);
    expect(JSON.parse(hook.stdout).findings).toEqual([]);
  });
});
