import type { Resource } from '../load/resource.js';
import { getIn, type Workload } from './workloads.js';
import { isObject, objectOf } from '../util/shape.js';

/**
 * Kustomize strategic-merge patches look like objects (apiVersion, kind, name) but carry only the
 * fields they change. Rules that reason about a whole object must not read a patch as one: a patch
 * "without strategy" or "without serviceName" says nothing about the object it patches.
 */

/** Kinds whose apps/v1 API requires spec.selector and matching template labels. */
const SELECTOR_REQUIRED = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/**
 * A workload no API server would accept because both spec.selector and the template labels are
 * missing: the shape of a patch, not of an object someone applies.
 */
export function isWorkloadFragment(workload: Workload): boolean {
  if (!SELECTOR_REQUIRED.has(workload.kind)) return false;
  const object = workload.resource.object;
  return (
    !isObject(getIn(object, ['spec', 'selector'])) && !isObject(getIn(object, [...workload.specPath.slice(0, -1), 'metadata', 'labels']))
  );
}

/** A Service without ports that is neither headless nor ExternalName is invalid as an object: a patch. */
export function isServiceFragment(service: Resource): boolean {
  const spec = objectOf(service.object.spec);
  if (spec.clusterIP === 'None' || spec.type === 'ExternalName') return false;
  return !Array.isArray(spec.ports) || spec.ports.length === 0;
}
