import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { asLabels, matchesEqualitySelector, type Labels } from '../k8s/labels.js';
import { isServiceFragment, isWorkloadFragment } from './fragments.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import type { Model } from './model.js';
import { indexedObjectsOf, nonEmptyString, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';

/** A `volumeClaimTemplates` entry, with its index and (when it has one) its name. */
export interface ClaimTemplate {
  template: PersistentVolumeClaim;
  index: number;
  name?: string;
  path: JsonPath;
}

export function claimTemplates(workload: Workload): ClaimTemplate[] {
  if (workload.kind !== 'StatefulSet') return [];
  return indexedObjectsOf<PersistentVolumeClaim>(objectOf(workload.resource.object.spec).volumeClaimTemplates).map(([template, index]) => ({
    template,
    index,
    name: nonEmptyString(objectOf(template.metadata).name),
    path: ['spec', 'volumeClaimTemplates', index],
  }));
}

/**
 * Names of the claim templates: the StatefulSet controller injects a pod volume of each name and
 * replaces a template volume of the same name (updateStorage).
 */
export const claimTemplateNames = (workload: Workload) => new Set(claimTemplates(workload).flatMap((t) => (t.name ? [t.name] : [])));

/** A `volumeMounts` or `volumeDevices` entry of any container, with the path to its name. */
export interface MountRef {
  name: string;
  container: string;
  list: 'volumeMounts' | 'volumeDevices';
  path: JsonPath;
}

export function mountRefs(workload: Workload): MountRef[] {
  const refs: MountRef[] = [];
  for (const { container, path } of workload.containers) {
    for (const list of ['volumeMounts', 'volumeDevices'] as const) {
      for (const [mount, index] of indexedObjectsOf(container[list])) {
        const name = nonEmptyString(mount.name);
        if (name)
          refs.push({
            name,
            list,
            container: typeof container.name === 'string' ? container.name : '',
            path: [...path, list, index, 'name'],
          });
      }
    }
  }
  return refs;
}

const servicesByNamespace = new WeakMap<Model, Map<string, Resource[]>>();

/** Services of one namespace (for "did you mean"), indexed once per model. */
export function servicesIn(model: Model, namespace: string): Resource[] {
  let index = servicesByNamespace.get(model);
  if (!index) {
    index = new Map();
    for (const service of model.ofKind('Service')) {
      const ns = service.namespace ?? model.options.namespace;
      index.set(ns, [...(index.get(ns) ?? []), service]);
    }
    servicesByNamespace.set(model, index);
  }
  return index.get(namespace) ?? [];
}

/** The StatefulSet's governing Service name, or undefined when `spec.serviceName` is absent or "". */
export const serviceNameOf = (workload: Workload) => nonEmptyString(objectOf(workload.resource.object.spec).serviceName);

/** Services named `spec.serviceName` in the StatefulSet's namespace (pods resolve only there), patches included. */
export function servicesNamed(model: Model, workload: Workload): Resource[] {
  const name = serviceNameOf(workload);
  return name ? model.findAll('Service', name, workload.namespace) : [];
}

/**
 * The governing Service as a whole object: when a view holds several (a base and its overlays),
 * the one that works (headless, selecting the pods) wins, so that only a view where none works is reported.
 */
export function governingService(model: Model, workload: Workload): Resource | undefined {
  const candidates = servicesNamed(model, workload).filter((service) => !isServiceFragment(service));
  const headless = candidates.filter((service) => objectOf(service.object.spec).clusterIP === 'None');
  return (
    headless.find((service) => matchesEqualitySelector(workload.podLabels, asLabels(objectOf(service.object.spec).selector))) ??
    headless[0] ??
    candidates[0]
  );
}

/** StatefulSets that are whole objects (kustomize patches are not). */
export const statefulSets = (model: Model) => model.workloads.filter((w) => w.kind === 'StatefulSet' && !isWorkloadFragment(w));

/** `{app: web, tier: db}`: labels the way a manifest writes them inline. */
export const inlineLabels = (labels: Labels) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}`;
