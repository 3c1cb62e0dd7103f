import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

/**
 * A new user's application repository: Postgres on the cloud's own StorageClass, its password in a
 * Secret made with `kubectl create secret`, an app reading it. Nothing here is a mistake.
 */
const files = (claimName = 'postgres-data'): Record<string, string> => ({
  '.kstorelint.yaml': 'platform: eks\n',
  'k8s/postgres.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: postgres-data, namespace: shop}
spec:
  storageClassName: gp2
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 20Gi}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: postgres, namespace: shop}
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {app: postgres}}
  template:
    metadata: {labels: {app: postgres}}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          env:
            - name: POSTGRES_PASSWORD
              valueFrom: {secretKeyRef: {name: postgres-credentials, key: password}}
          volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
      volumes:
        - name: data
          persistentVolumeClaim: {claimName: ${claimName}}
`,
  'k8s/service.yaml': `apiVersion: v1
kind: Service
metadata: {name: postgres, namespace: shop}
spec:
  selector: {app: postgres}
  ports: [{port: 5432}]
`,
});

function run(workspace: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-app-'));
  for (const [file, text] of Object.entries(workspace)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const r = spawnSync(process.execPath, [cli, '--format', 'json', 'k8s'], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, findings: JSON.parse(r.stdout).findings as { ruleId: string; severity: string; fix?: string }[] };
}

describe('an application repository on a managed platform', () => {
  it('passes with platform set: the platform class exists, the kubectl-made Secret is a warning saying how to declare it', () => {
    const { code, findings } = run(files());
    expect(code).toBe(0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.ruleId === 'configmap-or-secret-not-found')).toMatchObject({
      severity: 'warning',
      fix: expect.stringContaining('assume: [Secret/shop/postgres-credentials]'),
    });
  });

  it('without platform, the cloud class is a hint naming the platform, not an error', () => {
    const { '.kstorelint.yaml': _, ...rest } = files();
    const { code, findings } = run(rest);
    expect(code).toBe(0);
    expect(findings.find((f) => f.ruleId === 'pvc-storageclass-not-found')).toMatchObject({
      severity: 'info',
      fix: expect.stringContaining('platform: eks'),
    });
  });

  it('still fails on a planted typo in the claim name', () => {
    const { code, findings } = run(files('postgres-dta'));
    expect(code).toBe(1);
    expect(findings.find((f) => f.ruleId === 'claim-not-found')).toMatchObject({ severity: 'error', fix: "did you mean 'postgres-data'?" });
  });
});
