import { jsonDifference, type FrontEnd } from './front-end.js';
import type { OracleDocument } from './oracle.js';

/**
 * Where a front end and kubectl disagree on a text: the number of documents, whether a document
 * can be read, or what it reads to. Undefined when they agree.
 */
export function disagreement(text: string, expected: readonly OracleDocument[], frontEnd: FrontEnd): string | undefined {
  const actual = frontEnd(text);
  if (actual.length !== expected.length) {
    const summary = (documents: readonly { ok: boolean }[]) => documents.map((d) => (d.ok ? 'ok' : 'error')).join(', ');
    return `kubectl reads ${expected.length} documents (${summary(expected)}), the front end ${actual.length} (${summary(actual)})`;
  }
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want.ok && !got.ok) return `document ${i}: kubectl reads it, the front end refuses it: ${got.error}`;
    if (!want.ok && got.ok)
      return `document ${i}: kubectl refuses it (${want.error}), the front end reads ${JSON.stringify(got.value)?.slice(0, 200)}`;
    if (want.ok && got.ok) {
      const difference = jsonDifference(want.json, got.value);
      if (difference) return `document ${i}: ${difference}`;
    }
  }
  return undefined;
}
