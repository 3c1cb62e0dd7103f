import type { Labels } from '../k8s/labels.js';
import type { Resource } from '../load/resource.js';
import type { Model } from './model.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';

/** The StatefulSet's governing Service name, or undefined when `spec.serviceName` is absent or "". */
export const serviceNameOf = (workload: Workload) => nonEmptyString(objectOf(workload.resource.object.spec).serviceName);

/** Services named `spec.serviceName` in the StatefulSet's namespace (pods resolve only there), patches included. */
export function servicesNamed(model: Model, workload: Workload): Resource[] {
  const name = serviceNameOf(workload);
  return name ? model.findAll('Service', name, workload.namespace) : [];
}

/** StatefulSets that are whole objects (kustomize patches are not). */
export const statefulSets = (model: Model) => model.workloads.filter((w) => w.kind === 'StatefulSet' && !model.isFragment(w.resource));

/** `{app: web, tier: db}`: labels the way a manifest writes them inline. */
export const inlineLabels = (labels: Labels) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}`;
