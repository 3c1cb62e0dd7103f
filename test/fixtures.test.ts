import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeFindings } from '../src/engine.js';
import { compareWithExpectations, expectationsIn } from '../src/testing/expectations.js';
import { fixtureViews, lintView, repoRoot, type FixtureView } from './helpers.js';

const rulesFixtures = path.join(repoRoot, 'fixtures', 'rules');
const seedFixtures = path.join(repoRoot, 'fixtures', 'seeds');

function checkView(view: FixtureView) {
  const expectations = Object.entries(view.files).flatMap(([file, text]) => expectationsIn(file, text));
  const { findings } = lintView(view);
  return { expectations, differences: compareWithExpectations(expectations, activeFindings(findings)) };
}

describe('rule fixtures: every # expect: marker is met and nothing else is reported', () => {
  for (const ruleId of readdirSync(rulesFixtures).sort()) {
    for (const view of fixtureViews(path.join(rulesFixtures, ruleId))) {
      it(view.name, () => {
        const { expectations, differences } = checkView(view);
        expect(differences).toEqual([]);
        const base = path.basename(view.name);
        if (base.startsWith('invalid')) expect(expectations.filter((e) => e.ruleId === ruleId).length).toBeGreaterThan(0);
        if (base.startsWith('valid')) expect(expectations).toEqual([]);
      });
    }
  }
});

const seedViews = existsSync(seedFixtures) ? fixtureViews(seedFixtures) : [];
describe.runIf(seedViews.length > 0)('seed fixtures', () => {
  for (const view of seedViews) {
    it(view.name, () => {
      expect(checkView(view).differences).toEqual([]);
    });
  }
});
