/**
 * Which StatefulSets the view shows using per-pod DNS names (src/k8s/pod-dns.ts): any string of any
 * object (env values, args, commands, ConfigMap data, custom resources) naming one of its pods through
 * its governing Service. Without such a use, a missing or misconfigured governing Service breaks
 * nothing the files show.
 */
import { podDnsNameIn, podDnsPattern, type PodDnsTarget } from '../k8s/pod-dns.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { push } from '../util/multimap.js';
import { nonEmptyString, objectOf } from '../util/shape.js';
import { nearest } from './scope.js';
import type { Workload } from './workloads.js';

/** Where a per-pod DNS name of the StatefulSet is written, and the word that holds it. */
export interface PodDnsUse {
  resource: Resource;
  path: JsonPath;
  name: string;
}

interface Searched {
  statefulSet: Workload;
  target: PodDnsTarget;
  pattern: RegExp;
  /** Cheap tests before the pattern: every name it matches holds `<sts>-` or `.<service>`. */
  hints: string[];
}

const MAX_DEPTH = 40;

function eachString(value: unknown, path: JsonPath, visit: (text: string, path: JsonPath) => void, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachString(item, [...path, i], visit, depth + 1));
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) eachString(child, [...path, key], visit, depth + 1);
}

/** Per StatefulSet, the use of its per-pod DNS names nearest to it in the folder tree; none when the view shows none. */
export function findPodDnsUses(resources: readonly Resource[], statefulSets: readonly Workload[]): Map<Workload, PodDnsUse> {
  const servicesIn = new Map<string, string[]>();
  for (const resource of resources) if (resource.kind === 'Service') push(servicesIn, resource.namespace ?? '', resource.name);
  const searched: Searched[] = statefulSets.map((statefulSet) => {
    const service = nonEmptyString(objectOf(statefulSet.resource.object.spec).serviceName);
    const target = {
      statefulSet: statefulSet.name,
      service,
      namespace: statefulSet.namespace,
      otherServices: servicesIn.get(statefulSet.namespace) ?? [],
    };
    const hints = [`${statefulSet.name}-`, ...(service === undefined ? [] : [`.${service}`])];
    return { statefulSet, target, pattern: podDnsPattern(target), hints };
  });
  const found = new Map<Workload, PodDnsUse[]>();
  for (const resource of resources) {
    eachString(resource.object, [], (text, path) => {
      for (const { statefulSet, target, pattern, hints } of searched) {
        if (!hints.some((hint) => text.includes(hint))) continue;
        const name = podDnsNameIn(text, target, pattern);
        if (name === undefined) continue;
        push(found, statefulSet, { resource, path, name });
      }
    });
  }
  const uses = new Map<Workload, PodDnsUse>();
  for (const [statefulSet, all] of found) uses.set(statefulSet, nearest(statefulSet.resource, all, (use) => use.resource)[0]);
  return uses;
}
