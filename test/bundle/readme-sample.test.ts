import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeSample, renderSample } from '../../scripts/readme-sample.js';
import { repoRoot } from '../helpers.js';

describe("the README's sample run", () => {
  it('is what the CLI prints on those files today (run `npm run bundle` to write it again)', () => {
    expect(readmeSample()).toBe(renderSample(path.join(repoRoot, 'dist', 'src', 'cli.js')));
  });
});
