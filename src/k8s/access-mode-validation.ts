/**
 * Access modes as `ValidatePersistentVolumeSpec` / `ValidatePersistentVolumeClaimSpec` check them:
 * at least one, known values, ReadWriteOncePod only alone (and only where its gate is on).
 */
import type { JsonPath } from '../types.js';
import { ACCESS_MODES } from './access-modes.js';
import { featureOn } from './feature-versions.js';
import { closest } from './names.js';

export type AccessModeProblem = { path: JsonPath } & (
  | { code: 'empty' }
  | { code: 'unknown'; value: string; suggestion?: string }
  | { code: 'rwop-not-available' }
  | { code: 'rwop-mixed'; others: string[] }
);

/** `raw` is the `accessModes` value; absent or null counts as empty. Non-lists are the schema's finding. */
export function accessModeProblems(raw: unknown, kubeVersion: string, at: JsonPath = []): AccessModeProblem[] {
  if (raw === undefined || raw === null) return [{ code: 'empty', path: at }];
  if (!Array.isArray(raw)) return [];
  if (raw.length === 0) return [{ code: 'empty', path: at }];
  const problems: AccessModeProblem[] = [];
  const rwop = featureOn('ReadWriteOncePod', kubeVersion);
  raw.forEach((value, index) => {
    if (typeof value !== 'string') return;
    if (value === 'ReadWriteOncePod' && !rwop) problems.push({ code: 'rwop-not-available', path: [...at, index] });
    else if (!(ACCESS_MODES as readonly string[]).includes(value))
      problems.push({ code: 'unknown', value, suggestion: closest(value, ACCESS_MODES), path: [...at, index] });
  });
  const modes = raw.filter((value): value is string => typeof value === 'string');
  if (rwop && modes.includes('ReadWriteOncePod')) {
    const others = [...new Set(modes.filter((mode) => mode !== 'ReadWriteOncePod'))];
    if (others.length > 0) problems.push({ code: 'rwop-mixed', others, path: at });
  }
  return problems;
}
