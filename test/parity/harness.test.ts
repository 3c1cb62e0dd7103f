import { describe, expect, it } from 'vitest';
import { jsonDifference, kstorelintFrontEnd, type FrontEnd } from './front-end.js';
import type { OracleDocument } from './oracle.js';
import { disagreement } from './parity.js';

/** The comparison itself, without Go: it must see every kind of disagreement, or the parity tests prove nothing. */
describe('parity harness', () => {
  const kubectl: OracleDocument[] = [
    { ok: true, json: { kind: 'Pod', spec: { mode: 420, tags: ['a', true] } } },
    { ok: false, error: 'yaml: line 2: did not find expected key' },
  ];
  const frontEnd =
    (...documents: ReturnType<FrontEnd>): FrontEnd =>
    () =>
      documents;

  it('agrees with a front end that reads what kubectl reads', () => {
    const same = frontEnd({ ok: true, value: { spec: { tags: ['a', true], mode: 420 }, kind: 'Pod' } }, { ok: false, error: 'BAD_INDENT' });
    expect(disagreement('text', kubectl, same)).toBeUndefined();
  });

  it('sees a different number of documents, acceptance, or value', () => {
    expect(disagreement('text', kubectl, frontEnd({ ok: true, value: null }))).toMatch(
      /kubectl reads 2 documents \(ok, error\), the front end 1/,
    );
    expect(disagreement('text', kubectl, frontEnd({ ok: false, error: 'x' }, { ok: false, error: 'y' }))).toMatch(
      /document 0: kubectl reads it/,
    );
    expect(disagreement('text', kubectl, frontEnd({ ok: true, value: {} }, { ok: true, value: {} }))).toMatch(
      /document 0: \$: unexpected|missing key/,
    );
    expect(
      disagreement(
        'text',
        kubectl,
        frontEnd({ ok: true, value: { kind: 'Pod', spec: { mode: '0644', tags: ['a', true] } } }, { ok: true, value: 1 }),
      ),
    ).toBe('document 0: $.spec.mode: expected 420, got "0644"');
  });

  it('counts what JSON cannot carry as a difference', () => {
    expect(jsonDifference({ a: null }, { a: Infinity })).toBe('$.a: expected null, got Infinity');
    expect(jsonDifference({ a: 'x' }, { a: new Uint8Array([120]) })).toMatch(/got a Uint8Array/);
    expect(jsonDifference([1], [1, undefined])).toBe('$: expected 1 items, got 2');
    expect(jsonDifference({ a: 1 }, { a: 1, b: undefined })).toBe('$: unexpected keys ["b"]');
  });

  it("reads kstorelint's documents with the byte order mark dropped, as the loader does", () => {
    expect(kstorelintFrontEnd('\uFEFFa: 1\n---\nb: [\n')).toEqual([
      { ok: true, value: { a: 1 } },
      { ok: false, error: expect.stringMatching(/^[A-Z_]+: /) as unknown as string },
    ]);
  });
});
