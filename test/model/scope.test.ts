import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/load.js';
import type { Resource } from '../../src/load/resource.js';
import { distance, isRelated, nearest, placeOf } from '../../src/model/scope.js';

const claim = (name: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: ${name}}\n`;

/** One resource per file, keyed by its path; a path with `@unit` is rendered from that kustomization folder. */
function resources(files: Record<string, string>): Map<string, Resource> {
  const out = new Map<string, Resource>();
  for (const [key, text] of Object.entries(files)) {
    const [file, unit] = key.split('@');
    const loaded = loadFiles([{ file, text, ...(unit ? { kustomizationDir: unit } : {}) }], { namespace: 'default' });
    loaded.resources.forEach((resource, i) => out.set(i === 0 ? key : `${key}#${i}`, resource));
  }
  return out;
}

describe('distance', () => {
  const r = resources({
    '/repo/app/deploy.yaml': `${claim('a')}---\n${claim('b')}`,
    '/repo/app/pvc.yaml': claim('c'),
    '/repo/pvc.yaml': claim('d'),
    '/repo/app/base/pvc.yaml': claim('e'),
    '/repo/db/pvc.yaml': claim('f'),
    '/repo/book/ch1/setup/pvc.yaml': claim('g'),
    '/repo/book/ch2/setup/pvc.yaml': claim('h'),
  });
  const from = r.get('/repo/app/deploy.yaml')!;
  const to = (key: string) => distance(from, r.get(key)!);

  it('ranks same file, same folder, ancestor, descendant, then elsewhere', () => {
    expect(to('/repo/app/deploy.yaml#1')).toMatchObject({ nearness: 'file' });
    expect(to('/repo/app/pvc.yaml')).toMatchObject({ nearness: 'folder' });
    expect(to('/repo/pvc.yaml')).toMatchObject({ nearness: 'ancestor', steps: 1 });
    expect(to('/repo/app/base/pvc.yaml')).toMatchObject({ nearness: 'descendant', steps: 1 });
    expect(to('/repo/db/pvc.yaml')).toMatchObject({ nearness: 'elsewhere', up: 1 });
  });

  it('takes a folder line as related, and sibling folders or farther examples as unrelated', () => {
    expect(isRelated(to('/repo/pvc.yaml'))).toBe(true);
    expect(isRelated(to('/repo/app/base/pvc.yaml'))).toBe(true);
    expect(isRelated(to('/repo/db/pvc.yaml'))).toBe(false);
    const chapter1 = r.get('/repo/book/ch1/setup/pvc.yaml')!;
    expect(isRelated(distance(chapter1, r.get('/repo/book/ch2/setup/pvc.yaml')!))).toBe(false);
    expect(isRelated(distance(chapter1, from))).toBe(false);
  });

  it('places a rendered kustomization at its folder, and its objects together', () => {
    const rendered = resources({
      '/repo/overlays/prod/kustomization.yaml (rendered)@/repo/overlays/prod': `${claim('a')}---\n${claim('b')}`,
    });
    const [first, second] = [...rendered.values()];
    expect(placeOf(first)).toBe('/repo/overlays/prod');
    expect(distance(first, second)).toMatchObject({ nearness: 'folder', steps: 0 });
  });
});

describe('nearest', () => {
  const r = resources({
    '/repo/a/x.yaml': claim('x'),
    '/repo/a/y.yaml': claim('y'),
    '/repo/a/z.yaml': claim('z'),
    '/repo/b/w.yaml': claim('w'),
  });
  const [x, y, z, w] = [...r.values()];

  it('keeps every candidate that is equally near', () => {
    expect(nearest(x, [w, y, z], (c) => c)).toEqual([y, z]);
  });

  it('prefers the same file over the same folder', () => {
    expect(nearest(x, [y, x], (c) => c)).toEqual([x]);
  });

  it('ranks candidates without an object last, and keeps them when nothing else is there', () => {
    expect(nearest(x, [undefined, w], (c) => c)).toEqual([w]);
    expect(nearest(x, [undefined, undefined], (c) => c)).toEqual([undefined, undefined]);
  });
});
