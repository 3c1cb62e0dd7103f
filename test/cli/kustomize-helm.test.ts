/**
 * Kustomizations and Helm output through the built CLI, as a user runs it: `kstorelint .` in a
 * repository with a base and two overlays renders each overlay with kubectl and reports findings
 * in the files that wrote the fields; without kubectl it says so once and lints the files as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
const shopFixture = path.join(repoRoot, 'fixtures', 'kustomize', 'shop');
const helmFixture = path.join(repoRoot, 'fixtures', 'helm');

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  resource?: { namespace?: string };
  related: { file: string; line: number }[];
}

function run(args: string[], cwd: string, env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const findingsOf = (stdout: string): Finding[] => JSON.parse(stdout).findings;
const where = (f: Finding) => `${f.ruleId} ${f.file}:${f.line}`;

/** A copy of the shop repository, so a test may add to it. */
function shopCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kstorelint-shop-'));
  cpSync(shopFixture, dir, { recursive: true });
  return dir;
}

/** A PATH with node and nothing else: no kubectl. */
function pathWithoutKubectl(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'kstorelint-bin-'));
  symlinkSync(process.execPath, path.join(bin, 'node'));
  return bin;
}

describe.runIf(hasKubectl)('kustomizations under the path given, rendered with kubectl', () => {
  it('render each overlay and report findings in the base, the patch and the generator entry that wrote them', () => {
    const result = run(['--format', 'json', '.'], shopFixture);
    expect(result.stderr).toBe('');
    const findings = findingsOf(result.stdout);
    expect(findings.map(where)).toEqual([
      'config-key-not-found base/deployment.yaml:30',
      'config-key-not-found base/deployment.yaml:30',
      'claim-not-found overlays/staging/cache-patch.yaml:16',
    ]);
    // The base is seen through each overlay: once in prod (with its prefix), once in staging (with its suffix).
    expect(findings[0].message).toContain('Deployment prod/prod-shop');
    expect(findings[1].message).toContain('Deployment staging/shop-stg');
    expect(findings[0].related).toMatchObject([{ file: 'base/kustomization.yaml', line: 5 }]);
    expect(findings[2]).toMatchObject({ column: 24, resource: { namespace: 'staging' } });
    // Every file is accounted for: two renderings, the eight files they read, nothing linted as written.
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2, kustomizations: 2, readThroughKustomizations: 8 });
  });

  it("resolve a patch's claim in the overlay's namespace: the prod patch's claim is found", () => {
    const findings = findingsOf(run(['--format', 'json', 'overlays/prod'], shopFixture).stdout);
    expect(findings.filter((f) => f.file.startsWith('overlays/prod'))).toEqual([]);
    expect(findings.map(where)).toEqual(['config-key-not-found base/deployment.yaml:30']);
  });

  it('render a base alone when it is the path given', () => {
    const findings = findingsOf(run(['--format', 'json', 'base'], shopFixture).stdout);
    expect(findings.map(where)).toEqual(['config-key-not-found base/deployment.yaml:30']);
    expect(findings[0].message).toContain('Deployment default/shop ');
  });

  it('name real files in SARIF and GitHub annotations, never the rendered output', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', '.'], shopFixture).stdout);
    const uris = sarif.runs[0].results.flatMap((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations.map((l) => l.physicalLocation.artifactLocation.uri),
    );
    expect(uris.length).toBe(3);
    for (const uri of uris) expect(existsSync(path.join(shopFixture, uri)), uri).toBe(true);
    const github = run(['--format', 'github', '.'], shopFixture).stdout;
    expect(github).toContain('::error file=overlays/staging/cache-patch.yaml,line=16,');
    expect(github).not.toContain('kustomization.yaml,line');
  });

  it('honour suppression comments in the files a kustomization consumes', () => {
    const dir = shopCopy();
    const patch = path.join(dir, 'overlays', 'staging', 'cache-patch.yaml');
    writeFileSync(
      patch,
      readFileSync(patch, 'utf8').replace(
        '            claimName:',
        '            # kstorelint-disable-next-line claim-not-found\n            claimName:',
      ),
    );
    const claim = findingsOf(run(['--format', 'json', '.'], dir).stdout).find((f) => f.ruleId === 'claim-not-found');
    expect(claim).toMatchObject({ file: 'overlays/staging/cache-patch.yaml', line: 17, suppressed: { kind: 'comment' } });
  });

  it('lint a kustomization kubectl cannot render as written, saying so in one line', () => {
    const dir = shopCopy();
    mkdirSync(path.join(dir, 'overlays', 'broken'));
    writeFileSync(path.join(dir, 'overlays', 'broken', 'kustomization.yaml'), 'resources: [../../base, missing.yaml]\n');
    mkdirSync(path.join(dir, 'overlays', 'remote'));
    writeFileSync(
      path.join(dir, 'overlays', 'remote', 'kustomization.yaml'),
      'resources: [https://github.com/example/app//deploy?ref=v1]\n',
    );
    const result = run(['--format', 'json', '.'], dir);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kstorelint: 2 kustomizations could not be rendered with kubectl kustomize and are linted as written/);
    expect(lines[0]).toContain(
      "overlays/remote ('https://github.com/example/app//deploy?ref=v1' is a remote base, which kstorelint does not fetch)",
    );
    expect(lines[0]).toContain("overlays/broken ('missing.yaml' does not exist)");
    // The other overlays still render; the base is theirs, so nothing is linted twice as written.
    expect(findingsOf(result.stdout).map(where)).toContain('claim-not-found overlays/staging/cache-patch.yaml:16');
  });
});

describe('kustomizations without kubectl on PATH', () => {
  it('are linted as written after one message, their patches as fragments in the namespace they name', () => {
    const result = run(['--format', 'json', '.'], shopFixture, { PATH: pathWithoutKubectl() });
    expect(result.stderr.trim().split('\n')).toEqual([
      'kstorelint: kubectl is not on PATH, so 2 kustomizations (overlays/prod, overlays/staging) are linted as written, patches as fragments; install kubectl to lint what they render',
    ]);
    const findings = findingsOf(result.stdout);
    // As written, the prod patch's Deployment is in namespace default, away from its claim in prod.
    expect(findings.find((f) => f.file === 'overlays/prod/cache-patch.yaml')).toMatchObject({
      ruleId: 'claim-not-found',
      line: 16,
      resource: { namespace: 'default' },
    });
    expect(findings.some((f) => f.file.endsWith('kustomization.yaml'))).toBe(false);
  });
});

describe('helm template output on standard input', () => {
  const rendered = readFileSync(path.join(helmFixture, 'shop.rendered.yaml'), 'utf8');
  const claim = (stdout: string) => findingsOf(stdout).find((f) => f.ruleId === 'claim-not-found');

  it('reports in the chart template given with --chart, at the line that writes the field', () => {
    const result = run(['--format', 'json', '--chart', 'shop', '-'], helmFixture, {}, rendered);
    expect(claim(result.stdout)).toMatchObject({ file: 'shop/templates/deployment.yaml', line: 24, column: 24 });
  });

  it('finds the chart under the working directory without --chart', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kstorelint-charts-'));
    cpSync(path.join(helmFixture, 'shop'), path.join(cwd, 'charts', 'shop'), { recursive: true });
    expect(claim(run(['--format', 'json', '-'], cwd, {}, rendered).stdout)).toMatchObject({
      file: 'charts/shop/templates/deployment.yaml',
      line: 24,
    });
  });

  it('stays on the rendered lines when the chart is not here', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kstorelint-nochart-'));
    const line = rendered.split('\n').findIndex((text) => text.includes('claimName')) + 1;
    expect(claim(run(['--format', 'json', '-'], cwd, {}, rendered).stdout)).toMatchObject({ file: '<stdin>', line });
  });

  it('refuses --chart on a folder without a Chart.yaml', () => {
    const result = run(['--chart', '.', '-'], mkdtempSync(path.join(tmpdir(), 'kstorelint-nochart-')), {}, rendered);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--chart .: no Chart.yaml with a name in this folder');
  });
});
