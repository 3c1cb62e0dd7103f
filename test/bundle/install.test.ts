import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles } from '../../scripts/bundle.js';
import { repoRoot } from '../helpers.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('install tests skipped: git is not installed');

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;
const pod = `apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers: [{name: app, image: busybox:1.36, volumeMounts: [{name: data, mountPath: /data}]}]
  volumes: [{name: data, persistentVolumeClaim: {claimName: dat}}]
`;

/**
 * Every way a user gets kstorelint, each from a throw-away folder as a new user would: a git
 * repository holding this working tree's committed files (and the bundle as it is now), reached by
 * a file:// URL; an empty npm cache and `--offline`, so that nothing (no dev dependency, no tsc) can
 * come from the registry; no node_modules anywhere above the folders.
 */
describe.runIf(hasGit)('installing kstorelint', () => {
  let work: string;
  let repo: string;
  let gitUrl: string;
  let project: string;
  /** An environment without the npm_* variables of the `npm test` that runs us, and a home of its own. */
  let env: NodeJS.ProcessEnv;

  const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
    spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  const npm = (args: readonly string[], cwd: string) => {
    const result = run('npm', [...args, '--cache', path.join(work, 'npm-cache'), '--offline', '--no-audit', '--no-fund'], cwd);
    expect(result.status, `npm ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  /** What a user sees: the broken reference reported, exit code 1. */
  const expectFinding = (result: SpawnSyncReturns<string>) => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain("uses claim 'dat', which is not a PersistentVolumeClaim");
    expect(result.stdout).toContain('claim-not-found');
    expect(result.status).toBe(1);
  };
  /** An installed package is the bundle alone: no dependencies of its own, no TypeScript sources. */
  const expectBundleOnly = (installed: string) => {
    expect(existsSync(path.join(installed, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
  };

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'kstorelint-install-'));
    env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    env.HOME = path.join(work, 'home');
    env.npm_config_update_notifier = 'false';
    mkdirSync(env.HOME);
    repo = path.join(work, 'kstorelint');
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    const bundle = bundleFiles(path.join(repoRoot, 'dist')).map((file) => `dist/${file}`);
    for (const file of new Set([...tracked, ...bundle])) {
      if (existsSync(path.join(repoRoot, file))) cpSync(path.join(repoRoot, file), path.join(repo, file), { recursive: true });
    }
    const git = (...args: string[]) => expect(run('git', args, repo).status).toBe(0);
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'kstorelint');
    gitUrl = `git+file://${repo}`;
    project = path.join(work, 'project');
    mkdirSync(path.join(project, 'manifests'), { recursive: true });
    writeFileSync(path.join(project, 'manifests', 'claim.yaml'), claim);
    writeFileSync(path.join(project, 'manifests', 'app.yaml'), pod);
  }, 120_000);

  it('runs with plain node from a checkout, without npm install', () => {
    expect(existsSync(path.join(repo, 'node_modules'))).toBe(false);
    expectFinding(run(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'manifests/'], project));
    expect(run(process.execPath, [path.join(repo, 'dist', 'cli.js'), '--version'], project).stdout).toBe(`${version}\n`);
  });

  it('installs globally from a git URL', () => {
    const prefix = path.join(work, 'global');
    npm(['install', '--global', '--prefix', prefix, gitUrl], project);
    expectBundleOnly(path.join(prefix, 'lib', 'node_modules', 'kstorelint'));
    expectFinding(run(path.join(prefix, 'bin', 'kstorelint'), ['manifests/'], project));
  }, 240_000);

  it('runs with npx from a git URL', () => {
    const result = run('npx', ['--yes', '--cache', path.join(work, 'npx-cache'), '--offline', gitUrl, 'manifests/'], project);
    expectFinding(result);
  }, 240_000);

  it('installs as a dev dependency from the npm pack tarball', () => {
    const packed = npm(['pack', '--pack-destination', work], repo);
    const tarball = path.join(work, packed.stdout.trim().split('\n').at(-1) ?? '');
    const consumer = path.join(work, 'consumer');
    cpSync(path.join(project, 'manifests'), path.join(consumer, 'manifests'), { recursive: true });
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    npm(['install', '--save-dev', tarball], consumer);
    expect(readdirSync(path.join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['kstorelint']);
    expectBundleOnly(path.join(consumer, 'node_modules', 'kstorelint'));
    expectFinding(run(path.join(consumer, 'node_modules', '.bin', 'kstorelint'), ['manifests/'], consumer));
  }, 240_000);
});
