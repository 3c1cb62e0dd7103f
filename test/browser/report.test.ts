import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The HTML report and the SVG graph as a reviewer sees them: opened in headless Chromium (Debian's
 * package, installed by .ci/run), checked for console errors and network requests, screenshotted.
 */
const CHROMIUM = process.env.KSTORELINT_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const artifacts = path.join(repoRoot, 'artifacts');
const cli = path.join(repoRoot, 'dist', 'src', 'cli.js');

if (!available) {
  console.warn(`\n*** Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium) ***\n`);
}

function kstorelint(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status === 2) throw new Error(result.stderr);
  return result;
}

interface Visit {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

describe.skipIf(!available)('report in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    kstorelint(['--format', 'html', '-o', path.join(artifacts, 'report.html'), 'fixtures/seeds']);
    const svg = kstorelint(['graph', '--format', 'svg', '-o', path.join(artifacts, 'seeds.svg'), 'fixtures/seeds']);
    expect(svg.status).toBe(0);
    profile = mkdtempSync(path.join(tmpdir(), 'kstorelint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function visit(file: string): Promise<Visit> {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const url = pathToFileURL(file).href;
    page.on('request', (request) => {
      if (request.url() !== url && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, consoleErrors, requests };
  }

  it('the HTML report loads offline, shows the graph with its broken edges and the bindings table', async () => {
    const { page, consoleErrors, requests } = await visit(path.join(artifacts, 'report.html'));
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    const graph = page.locator('#graph svg');
    await expect.poll(() => graph.isVisible()).toBe(true);
    const box = await graph.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    expect(await page.locator('#graph g.edge.broken').count()).toBeGreaterThan(0);
    const brokenStroke = await page
      .locator('#graph g.edge.broken path')
      .first()
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(brokenStroke).toBe('rgb(220, 38, 38)');
    expect(await page.locator('#findings .finding').count()).toBeGreaterThan(10);
    expect(await page.locator('#findings pre.excerpt span.hit').count()).toBeGreaterThan(10);
    expect(await page.locator('#bindings tbody tr').count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(artifacts, 'report.png'), fullPage: false });
    await page.locator('#graph').screenshot({ path: path.join(artifacts, 'report-graph.png') });
    await page.locator('#bindings').screenshot({ path: path.join(artifacts, 'report-bindings.png') });
    await page.close();
  });

  it('the SVG graph opens on its own', async () => {
    const { page, consoleErrors, requests } = await visit(path.join(artifacts, 'seeds.svg'));
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    const svg = page.locator('svg').first();
    const size = await svg.boundingBox();
    await page.setViewportSize({ width: Math.ceil(size!.width), height: Math.ceil(size!.height) });
    expect(await svg.isVisible()).toBe(true);
    expect(await page.locator('g.node').count()).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(artifacts, 'seeds-svg.png') });
    await page.close();
  });
});
