import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasPreCommit) console.warn('pre-commit hook test skipped: the pre-commit command is not installed (apt-get install pre-commit)');

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;
const pod = (claimName: string) => `apiVersion: v1
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
        claimName: ${claimName}
`;

/**
 * Runs the hook for real: pre-commit clones this repository's committed HEAD into a throw-away
 * repository's hook cache and runs its committed bundle (a script hook: nothing is installed), then
 * a commit either passes or is blocked.
 */
describe.runIf(hasPreCommit && hasGit)('pre-commit hook', () => {
  it('blocks a commit with a broken reference and lets a good one through, resolving against the whole repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-hook-'));
    const git = (...args: string[]) =>
      spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: path.join(dir, '.cache') } });
    git('init', '-q');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'dev');
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    writeFileSync(
      path.join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repoRoot}\n    rev: ${rev}\n    hooks:\n      - id: kstorelint\n`,
    );
    mkdirSync(path.join(dir, 'storage'));
    writeFileSync(path.join(dir, 'storage', 'claim.yaml'), claim);
    git('add', '.');
    expect(git('commit', '-qm', 'base', '--no-verify').status).toBe(0);
    expect(spawnSync('pre-commit', ['install'], { cwd: dir }).status).toBe(0);

    writeFileSync(path.join(dir, 'app.yaml'), pod('dat'));
    git('add', 'app.yaml');
    const blocked = git('commit', '-m', 'broken claim reference');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain("uses claim 'dat'");

    // Only app.yaml is staged, yet the claim in storage/ resolves it (--context .).
    writeFileSync(path.join(dir, 'app.yaml'), pod('data'));
    git('add', 'app.yaml');
    const passed = git('commit', '-m', 'good claim reference');
    expect(passed.stdout + passed.stderr).toContain('kstorelint');
    expect(passed.status).toBe(0);
  }, 240_000);
});
