import type { StaticOnly } from '../k8s/binder.js';
import { ACCESS_MODE_SHORT, asAccessModes, type AccessMode } from '../k8s/access-modes.js';
import { claimRequest } from '../k8s/pv-match.js';
import { selectorBlocksProvisioning } from '../k8s/storage-class.js';
import { describeQuantity } from '../k8s/quantity.js';
import { classLabel, describeFailure } from '../model/binding-text.js';
import type { Claim } from '../model/claims.js';
import type { Model } from '../model/model.js';
import { objectOf } from '../util/shape.js';

/** One claim and what the PV controller would do with it. */
export interface BindingRow {
  namespace: string;
  name: string;
  /** `StatefulSet ns/web` or `Pod ns/x` for generated claims. */
  owner?: string;
  size: string;
  accessModes: string[];
  /** The class after default-class admission; "" is "no class". */
  storageClass: string;
  classDefaulted: boolean;
  result: 'bound' | 'dynamic' | 'pending';
  /** The PV it binds (bound) or the StorageClass that provisions it (dynamic). */
  target?: string;
  /** Pending: the first binder test the closest PV fails, in words. */
  reason?: string;
  closest?: string;
}

function rowOf(model: Model, claim: Claim): BindingRow {
  const request = claimRequest(claim.object);
  const { declared, effective } = claim.storageClass;
  const base = {
    namespace: claim.namespace,
    name: claim.name,
    ...(claim.owner ? { owner: `${claim.owner.kind} ${claim.owner.namespace}/${claim.owner.name}` } : {}),
    size: request ? describeQuantity(request).split(' ')[0] : '',
    accessModes: asAccessModes(objectOf(claim.object.spec).accessModes),
    storageClass: effective,
    classDefaulted: declared === undefined && model.defaultStorageClassName !== undefined,
  };
  const binding = model.binding(claim);
  switch (binding.kind) {
    case 'bound':
      return { ...base, result: 'bound', target: binding.volume.name };
    case 'dynamic':
      // The PV controller hands the claim to its class, but the provisioner refuses it (pvc-selector-blocks-provisioning).
      if (selectorBlocksProvisioning(claim.object))
        return {
          ...base,
          result: 'pending',
          reason: `StorageClass ${classLabel(binding.storageClass)} would provision it, but provisioners refuse a claim with a selector ("claim Selector is not supported"), and no PersistentVolume of the view matches`,
        };
      return { ...base, result: 'dynamic', target: binding.storageClass };
    case 'pending':
      return {
        ...base,
        result: 'pending',
        reason:
          binding.closest && binding.failure
            ? `${pendingWhy(binding.why, binding.storageClass)}; closest: ${describeFailure(binding.failure, binding.closest.name)}`
            : `${pendingWhy(binding.why, binding.storageClass)}, and no PersistentVolume of the view is a candidate`,
        ...(binding.closest ? { closest: binding.closest.name } : {}),
      };
    case 'prebind-failed':
      return {
        ...base,
        result: 'pending',
        reason:
          binding.volume && binding.failure
            ? `volumeName: ${describeFailure(binding.failure, binding.volume.name)}`
            : `volumeName names PersistentVolume ${binding.volumeName}, which is not in the view`,
        ...(binding.volume ? { closest: binding.volume.name } : {}),
      };
    case 'unresolved':
      return { ...base, result: 'pending', reason: 'not simulated' };
  }
}

/** Why nothing provisions the claim, so that it can only bind an existing PV. */
function pendingWhy(why: StaticOnly, storageClass: string): string {
  switch (why) {
    case 'empty-class':
      return 'class "" is never provisioned';
    case 'no-provisioner':
      return `StorageClass ${classLabel(storageClass)} has no provisioner`;
    case 'no-default':
      return 'no class and no default StorageClass in the view';
    case 'unknown-class':
      return `StorageClass ${classLabel(storageClass)} is not in the view`;
  }
}

export function bindingRows(model: Model): BindingRow[] {
  return model.claims.filter((claim) => model.isFirstCopy(claim)).map((claim) => rowOf(model, claim));
}

export const modesText = (modes: readonly string[]) => modes.map((m) => ACCESS_MODE_SHORT[m as AccessMode] ?? m).join(',') || '-';

export function resultText(row: BindingRow): string {
  switch (row.result) {
    case 'bound':
      return `bound to PersistentVolume ${row.target}`;
    case 'dynamic':
      return `dynamically provisioned by StorageClass ${row.target}`;
    case 'pending':
      return `pending: ${row.reason}`;
  }
}

export const classText = (row: BindingRow) =>
  row.storageClass === '' ? '""' : row.storageClass + (row.classDefaulted ? ' (default)' : '');

export function formatBindingsTable(rows: readonly BindingRow[]): string {
  if (rows.length === 0) return 'No PersistentVolumeClaims in the view.\n';
  const table = [
    ['CLAIM', 'SIZE', 'MODES', 'CLASS', 'RESULT'],
    ...rows.map((row) => [`${row.namespace}/${row.name}`, row.size || '-', modesText(row.accessModes), classText(row), resultText(row)]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
  return (
    table.map((cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n'
  );
}

export const formatBindingsJson = (rows: readonly BindingRow[]) => JSON.stringify({ claims: rows }, null, 2) + '\n';
