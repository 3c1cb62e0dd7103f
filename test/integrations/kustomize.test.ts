import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

const files: Record<string, string> = {
  'app/kustomization.yaml': 'resources: [pvc.yaml, deploy.yaml]\nnamespace: shop\nbuildMetadata: [originAnnotations]\n',
  'app/pvc.yaml':
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n',
  'app/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  strategy: {type: Recreate}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts: [{name: d, mountPath: /d}]
      volumes:
        - name: d
          persistentVolumeClaim: {claimName: dta}
`,
};

// What kubectl kustomize prints for app/: keys reordered, namespace set, origin annotations added.
const rendered = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  annotations:
    config.kubernetes.io/origin: |
      path: pvc.yaml
  name: data
  namespace: shop
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    config.kubernetes.io/origin: |
      path: deploy.yaml
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  strategy:
    type: Recreate
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: web
        volumeMounts:
        - mountPath: /d
          name: d
      volumes:
      - name: d
        persistentVolumeClaim:
          claimName: dta
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-kustomize-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** A PATH holding node and, optionally, a kubectl that prints a fixed rendering. */
function pathWith(kubectl: boolean): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'kstorelint-bin-'));
  symlinkSync(process.execPath, path.join(bin, 'node'));
  if (kubectl) {
    writeFileSync(path.join(bin, 'rendered.yaml'), rendered);
    writeFileSync(
      path.join(bin, 'kubectl'),
      `#!/bin/sh\n[ "$1" = kustomize ] && exec /bin/cat "${path.join(bin, 'rendered.yaml')}"\nexit 1\n`,
    );
    chmodSync(path.join(bin, 'kubectl'), 0o755);
  }
  return bin;
}

const run = (args: string[], cwd: string, PATH: string) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, PATH, NO_COLOR: '1' } });

describe('kustomization folders', () => {
  it('are rendered with kubectl kustomize and findings point into the file each object came from', () => {
    const result = run(['--format', 'json', 'app'], workspace(), pathWith(true));
    const [finding] = JSON.parse(result.stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'claim-not-found', file: 'app/deploy.yaml', line: 17, resource: { namespace: 'shop' } });
    expect(finding.message).toContain("namespace 'shop'");
    expect(result.stderr).toBe('');
  });

  it('without kubectl say so once and lint the files as written', () => {
    const result = run(['--format', 'json', 'app'], workspace(), pathWith(false));
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('app: kubectl is not on PATH')]);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ file: 'app/deploy.yaml', line: 17, resource: { namespace: 'default' } });
  });

  it.runIf(hasKubectl)('work with the real kubectl on this machine', () => {
    const result = spawnSync(process.execPath, [cli, '--format', 'json', 'app'], { cwd: workspace(), encoding: 'utf8' });
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ ruleId: 'claim-not-found', file: 'app/deploy.yaml', line: 17 });
  });
});
