import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { claimAccessModes, claimRequest, volumeModeOf } from './pv-match.js';
import { compareQuantities, describeQuantity } from './quantity.js';
import { effectiveClaimClass } from './storage-class.js';

/**
 * How a claim that already exists differs from the one a template would create, in the ways that
 * matter once the StatefulSet controller adopts it as is (createPersistentVolumeClaims does not
 * compare): a smaller request, another class, other access modes, another volumeMode. A larger
 * request is fine.
 */
export interface ClaimDifference {
  field: 'resources.requests.storage' | 'storageClassName' | 'accessModes' | 'volumeMode';
  /** What the template asks for. */
  want: string;
  /** What the existing claim has. */
  have: string;
  /** The template's value as a manifest writes it, for the fix hint. */
  value: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
const showClass = (name: string) => (name === '' ? '"" (no class)' : `'${name}'`);

export function claimDifferences(
  existing: PersistentVolumeClaim,
  template: PersistentVolumeClaim,
  defaultClass: string | undefined,
): ClaimDifference[] {
  const differences: ClaimDifference[] = [];
  const [want, have] = [claimRequest(template), claimRequest(existing)];
  if (want && (!have || compareQuantities(have, want) < 0)) {
    differences.push({
      field: 'resources.requests.storage',
      want: describeQuantity(want),
      have: have ? describeQuantity(have) : 'nothing',
      value: want.text,
    });
  }
  const [wantClass, haveClass] = [effectiveClaimClass(template, defaultClass), effectiveClaimClass(existing, defaultClass)];
  if (wantClass !== haveClass)
    differences.push({
      field: 'storageClassName',
      want: showClass(wantClass),
      have: showClass(haveClass),
      value: wantClass === '' ? '""' : wantClass,
    });
  const [wantModes, haveModes] = [claimAccessModes(template), claimAccessModes(existing)];
  if (!sameSet(wantModes, haveModes))
    differences.push({
      field: 'accessModes',
      want: `[${wantModes.join(', ')}]`,
      have: `[${haveModes.join(', ')}]`,
      value: `[${wantModes.join(', ')}]`,
    });
  const [wantMode, haveMode] = [volumeModeOf(template), volumeModeOf(existing)];
  if (wantMode !== haveMode) differences.push({ field: 'volumeMode', want: wantMode, have: haveMode, value: wantMode });
  return differences;
}
