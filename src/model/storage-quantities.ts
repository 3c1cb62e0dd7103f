/**
 * Every storage size the API server validates: PV `capacity.storage`, and `requests.storage` /
 * `limits.storage` of every written claim spec (PVC, StatefulSet claim template, ephemeral
 * template). The quantity rules walk these instead of each finding its own sites.
 */
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { type ClaimSpec } from './claim-specs.js';
import type { ClaimOrigin } from './claims.js';
import type { Model } from './model.js';
import { isObject, objectOf } from '../util/shape.js';

export type QuantityField = 'capacity' | 'request' | 'limit';

export interface QuantitySite {
  resource: Resource;
  /** From the resource root to the value (which may be absent). */
  path: JsonPath;
  value: unknown;
  field: QuantityField;
  origin: ClaimOrigin | 'volume';
  /** `PersistentVolume data`, `PersistentVolumeClaim shop/data`, `Claim template 'data' of …`. */
  subject: string;
  /** A kustomize patch or other partial object: absent values say nothing. */
  partial: boolean;
}

const FIELD_TEXT: Record<QuantityField, string> = {
  capacity: 'capacity.storage',
  request: 'resources.requests.storage',
  limit: 'resources.limits.storage',
};
export const quantityFieldText = (field: QuantityField) => FIELD_TEXT[field];

function claimSites(model: Model, spec: ClaimSpec): QuantitySite[] {
  const resources = objectOf(objectOf(spec.object.spec).resources);
  const partial = model.isFragment(spec.resource) !== undefined;
  return (['request', 'limit'] as const).map((field) => {
    const list = field === 'request' ? 'requests' : 'limits';
    return {
      resource: spec.resource,
      path: [...spec.path, 'spec', 'resources', list, 'storage'],
      value: objectOf(resources[list]).storage,
      field,
      origin: spec.origin,
      subject: spec.label,
      partial,
    };
  });
}

export function storageQuantities(model: Model): QuantitySite[] {
  const sites: QuantitySite[] = [];
  for (const pv of model.persistentVolumes) {
    if (!isObject(pv.object.spec)) continue;
    sites.push({
      resource: pv,
      path: ['spec', 'capacity', 'storage'],
      value: objectOf(pv.object.spec.capacity).storage,
      field: 'capacity',
      origin: 'volume',
      subject: `PersistentVolume ${pv.name}`,
      partial: model.isFragment(pv) !== undefined,
    });
  }
  for (const spec of model.claimSpecs) sites.push(...claimSites(model, spec));
  return sites;
}
