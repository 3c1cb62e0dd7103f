/**
 * Every label selector the API server validates in the objects kstorelint reads: claim selectors
 * (PVCs and templates), workload selectors, pod (anti-)affinity and topology-spread selectors of
 * pod templates, and the plain label maps of Services and ReplicationControllers.
 */
import { describe, type Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import type { Model } from './model.js';
import { indexedObjectsOf, objectOf } from '../util/shape.js';
import { getIn } from '../util/get-in.js';

export interface SelectorSite {
  resource: Resource;
  path: JsonPath;
  /** `LabelSelector` (matchLabels/matchExpressions) or a plain label map. */
  shape: 'selector' | 'map';
  /** Who holds it: `Deployment shop/web`, `Claim template 'data' of StatefulSet shop/db`. */
  owner: string;
  /** Where in the owner: `selector`, `podAntiAffinity labelSelector`. */
  where: string;
}

const WORKLOAD_SELECTOR: Record<string, JsonPath> = {
  Deployment: ['spec', 'selector'],
  ReplicaSet: ['spec', 'selector'],
  StatefulSet: ['spec', 'selector'],
  DaemonSet: ['spec', 'selector'],
  Job: ['spec', 'selector'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'selector'],
};

const AFFINITIES = ['podAffinity', 'podAntiAffinity'] as const;

function podSpecSites(resource: Resource, owner: string, specPath: JsonPath, spec: Record<string, unknown>): SelectorSite[] {
  const sites: SelectorSite[] = [];
  const affinity = objectOf(spec.affinity);
  for (const kind of AFFINITIES) {
    const terms = objectOf(affinity[kind]);
    for (const [, i] of indexedObjectsOf(terms.requiredDuringSchedulingIgnoredDuringExecution)) {
      sites.push({
        resource,
        owner,
        shape: 'selector',
        where: `${kind} labelSelector`,
        path: [...specPath, 'affinity', kind, 'requiredDuringSchedulingIgnoredDuringExecution', i, 'labelSelector'],
      });
    }
    for (const [, i] of indexedObjectsOf(terms.preferredDuringSchedulingIgnoredDuringExecution)) {
      sites.push({
        resource,
        owner,
        shape: 'selector',
        where: `${kind} labelSelector`,
        path: [...specPath, 'affinity', kind, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm', 'labelSelector'],
      });
    }
  }
  for (const [, i] of indexedObjectsOf(spec.topologySpreadConstraints)) {
    sites.push({
      resource,
      owner,
      shape: 'selector',
      where: 'topologySpreadConstraints labelSelector',
      path: [...specPath, 'topologySpreadConstraints', i, 'labelSelector'],
    });
  }
  return sites;
}

export function selectorSites(model: Model): SelectorSite[] {
  const sites: SelectorSite[] = [];
  for (const spec of model.claimSpecs) {
    sites.push({
      resource: spec.resource,
      owner: spec.label,
      shape: 'selector',
      where: 'selector',
      path: [...spec.path, 'spec', 'selector'],
    });
  }
  for (const workload of model.workloads) {
    const owner = `${workload.kind} ${workload.namespace}/${workload.name}`;
    const selectorPath = WORKLOAD_SELECTOR[workload.kind];
    if (selectorPath) sites.push({ resource: workload.resource, owner, shape: 'selector', where: 'selector', path: selectorPath });
    if (workload.kind === 'ReplicationController')
      sites.push({ resource: workload.resource, owner, shape: 'map', where: 'selector', path: ['spec', 'selector'] });
    sites.push(...podSpecSites(workload.resource, owner, workload.specPath, workload.spec as unknown as Record<string, unknown>));
  }
  for (const service of model.ofKind('Service')) {
    sites.push({ resource: service, owner: describe(service), shape: 'map', where: 'selector', path: ['spec', 'selector'] });
  }
  return sites;
}

export const selectorAt = (site: SelectorSite) => getIn(site.resource.object, site.path);
