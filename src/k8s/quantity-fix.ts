/**
 * The quantity a user most likely meant when apimachinery rejects or misreads one. Units are
 * case-sensitive upstream (`k` but `M`, `G`, `Ki`, `Mi`, …) and there is no `B`, so `10GB`, `1K`,
 * `5gi` and `1 Gi` all fail; the intent is clear enough to name the candidates.
 */
import { hasFractionalBytes, parseQuantity, quantityBytes, type Quantity } from './quantity.js';

const DECIMAL: Record<string, string> = { k: 'k', m: 'M', g: 'G', t: 'T', p: 'P', e: 'E' };

/** Candidates that parse, decimal before binary: `10GB` → `10G`, `10Gi`; `5gi` → `5Gi`; `1 Gi` → `1Gi`. */
export function quantityFixes(text: string): string[] {
  const compact = text.replace(/[\s_]/g, '').replace(/,(?=\d+\D*$)/, '.');
  const shape = /^([+-]?[0-9.]+)([A-Za-z]*)$/.exec(compact);
  if (!shape) return [];
  const [, number, unit] = shape;
  // A lone `e` is an exponent without digits, not exa: no guess.
  if (/^e$/i.test(unit)) return [];
  const bare = unit
    .toLowerCase()
    .replace(/(?<=.)b$/, '')
    .replace(/^b$/, '');
  const unitMatch = /^([kmgtpe])(i?)$/.exec(bare);
  let candidates: string[];
  if (bare === '') candidates = [number];
  else if (!unitMatch) candidates = [];
  else if (unitMatch[2] === 'i') candidates = [`${number}${unitMatch[1].toUpperCase()}i`];
  else candidates = [`${number}${DECIMAL[unitMatch[1]]}`, `${number}${unitMatch[1].toUpperCase()}i`];
  return candidates.filter((candidate) => candidate !== text && parseQuantity(candidate).ok);
}

/**
 * For a storage size with a fraction of a byte: `500m` (milli) almost always meant mega, so
 * `500M`/`500Mi`; otherwise the whole number of bytes the API rounds up to.
 */
export function fractionalFixes(quantity: Quantity): string[] {
  if (!hasFractionalBytes(quantity)) return [];
  const milli = /^([+]?[0-9.]+)m$/.exec(quantity.text);
  if (milli) return [`${milli[1]}M`, `${milli[1]}Mi`];
  return [String(quantityBytes(quantity))];
}

/** `'10G' or '10Gi'`. */
export const orList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(' or ');
