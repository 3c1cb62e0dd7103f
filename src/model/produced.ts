/**
 * Objects that other objects of the view create, as the producer registry (src/k8s/producers.ts)
 * describes them: a cert-manager Certificate's Secret, a CloudNativePG Cluster's `-app` Secret and
 * `-rw` Service, a kustomize generator's ConfigMap. A reference to one of them is satisfied, with
 * the producer as the place to look.
 */
import { producedBy, type ProducedKind, type Producer } from '../k8s/producers.js';
import { declaredNamespace, type Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';

export interface ProducedEntry {
  kind: ProducedKind;
  name: string;
  /** Where it lands; undefined for cluster-scoped kinds and for objects of any namespace (kustomize generators). */
  namespace: string | undefined;
  /** False when its namespace is only the one of the apply (the producer has no `metadata.namespace`). */
  namespaceDeclared: boolean;
  producer: Producer;
  /** The object that creates it, and the field that names it. */
  resource: Resource;
  path: JsonPath;
}

export function buildProduced(resources: readonly Resource[]): ProducedEntry[] {
  const entries: ProducedEntry[] = [];
  for (const resource of resources) {
    for (const production of producedBy(resource.object)) {
      const { placement } = production;
      entries.push({
        kind: production.kind,
        name: production.name,
        // A producer without a namespace is applied into whichever namespace its consumers use.
        namespace: placement.scope === 'namespace' ? placement.namespace : placement.scope === 'producer' ? resource.namespace : undefined,
        namespaceDeclared: placement.scope === 'namespace' || (placement.scope === 'producer' && declaredNamespace(resource) !== undefined),
        producer: production.producer,
        resource,
        path: production.path,
      });
    }
  }
  return entries;
}
