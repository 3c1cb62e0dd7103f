import { describe, expect, it } from 'vitest';
import { architectureProblems, describeLayers, findCycles, type Layer } from './check.js';
import { importSites, resolveSpecifier, type ImportEdge } from './imports.js';

const layers: Layer[] = [
  { name: 'base', files: ['lib/base/**'] },
  { name: 'middle', files: ['lib/middle/**'] },
  { name: 'top', files: ['lib/top.ts'] },
];

const edge = (from: string, to: string, line = 1): ImportEdge => ({
  from,
  to,
  specifier: `./${to.split('/').pop()}`,
  kind: 'import',
  line,
});

describe('architectureProblems', () => {
  const files = ['lib/base/a.ts', 'lib/base/b.ts', 'lib/middle/m.ts', 'lib/top.ts'];

  it('accepts imports downwards and within a layer', () => {
    const edges = [edge('lib/top.ts', 'lib/middle/m.ts'), edge('lib/middle/m.ts', 'lib/base/a.ts'), edge('lib/base/a.ts', 'lib/base/b.ts')];
    expect(architectureProblems({ files, edges, layers })).toEqual([]);
  });

  it('names the file, line and import of a back edge', () => {
    const problems = architectureProblems({ files, edges: [edge('lib/base/a.ts', 'lib/middle/m.ts', 7)], layers });
    expect(problems).toEqual(["back edge: lib/base/a.ts:7 import './m.ts' (lib/middle/m.ts) reaches up from base to middle"]);
  });

  it('reports a cycle inside one layer with the imports that close it', () => {
    const edges = [edge('lib/base/a.ts', 'lib/base/b.ts', 2), edge('lib/base/b.ts', 'lib/base/a.ts', 3)];
    expect(architectureProblems({ files, edges, layers })).toEqual([
      "cycle: lib/base/a.ts, lib/base/b.ts\n    lib/base/a.ts:2 import './b.ts' (lib/base/b.ts)\n    lib/base/b.ts:3 import './a.ts' (lib/base/a.ts)",
    ]);
  });

  it('flags a file in no layer and a file in two', () => {
    const overlapping = [...layers, { name: 'again', files: ['lib/top.ts'] }];
    expect(architectureProblems({ files: [...files, 'lib/stray.ts'], edges: [], layers: overlapping })).toEqual([
      'ambiguous: lib/top.ts matches layers top, again',
      'unplaced: lib/stray.ts belongs to no layer; add it to the layer table',
    ]);
  });

  it('prints the table top first', () => {
    expect(describeLayers(layers).split('\n').slice(1)).toEqual([
      '   2 top: lib/top.ts',
      '   1 middle: lib/middle/**',
      '   0 base: lib/base/**',
    ]);
  });
});

describe('findCycles', () => {
  it('finds a file that imports itself and the shortest way round a longer cycle', () => {
    const edges = [
      edge('a.ts', 'b.ts'),
      edge('b.ts', 'c.ts'),
      edge('c.ts', 'a.ts'),
      edge('b.ts', 'a.ts'),
      edge('d.ts', 'd.ts'),
      edge('d.ts', 'a.ts'),
    ];
    const cycles = findCycles(['a.ts', 'b.ts', 'c.ts', 'd.ts'], edges);
    expect(cycles.map((cycle) => cycle.files)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(cycles[0].path.map((e) => `${e.from}>${e.to}`)).toEqual(['a.ts>b.ts', 'b.ts>a.ts']);
  });

  it('finds none in a graph without one', () => {
    expect(findCycles(['a.ts', 'b.ts', 'c.ts'], [edge('a.ts', 'b.ts'), edge('a.ts', 'c.ts'), edge('b.ts', 'c.ts')])).toEqual([]);
  });
});

describe('importSites', () => {
  it('sees every kind of import, and none in comments or strings', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "import './side-effect.js';",
      "export { d } from './d.js';",
      "export * from './e.js';",
      "const f = await import('./f.js');",
      "type G = typeof import('./g.js');",
      "import { h, type H } from 'yaml';",
      "// import { x } from './comment.js';",
      'const s = "import { y } from \'./string.js\'";',
    ].join('\n');
    expect(importSites('x.ts', text).map((site) => `${site.line} ${site.kind} ${site.specifier}`)).toEqual([
      '1 import ./a.js',
      '2 import type ./b.js',
      '3 import type ./c.js',
      '4 import ./side-effect.js',
      '5 export from ./d.js',
      '6 export from ./e.js',
      '7 dynamic import() ./f.js',
      '8 type import() ./g.js',
      '9 import yaml',
    ]);
  });
});

describe('resolveSpecifier', () => {
  it('maps a relative .js specifier to its .ts source and leaves packages out', () => {
    expect(resolveSpecifier('src/report/index.ts', '../engine.js')).toBe('src/engine.ts');
    expect(resolveSpecifier('rules/a/b.ts', '../../src/rule.js')).toBe('src/rule.ts');
    expect(resolveSpecifier('src/x.ts', 'node:fs')).toBeUndefined();
    expect(resolveSpecifier('src/x.ts', 'yaml')).toBeUndefined();
  });
});
