import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { architectureProblems, describeLayers } from './check.js';
import { projectImports } from './imports.js';
import { CHECKED_FILES, LAYERS } from './layers.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const graph = projectImports(repoRoot, CHECKED_FILES);

describe('layers of src/ and rules/', () => {
  it('finds the files and their imports', () => {
    // A glob or parser gone wrong would pass every check below on an empty graph.
    expect(graph.files).toContain('src/engine.ts');
    expect(graph.edges.some((edge) => edge.from === 'src/engine.ts' && edge.to === 'src/model/model.ts')).toBe(true);
  });

  it('resolves every relative import to a checked file', () => {
    expect(graph.unresolved.map((edge) => `${edge.from}:${edge.line} '${edge.specifier}' → ${edge.to}`)).toEqual([]);
  });

  it('has no import from a lower layer to a higher one, and no import cycle', () => {
    const problems = architectureProblems({ ...graph, layers: LAYERS });
    expect(problems, `\n${problems.join('\n')}\n\n${describeLayers(LAYERS)}\n`).toEqual([]);
  });
});
