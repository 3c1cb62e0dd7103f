import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { getIn, type Workload } from './workloads.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';

export type ClaimOrigin = 'object' | 'statefulset' | 'ephemeral';

/**
 * A PersistentVolumeClaim the cluster will have: one written in the files, one a StatefulSet will
 * create for an ordinal (`<template>-<sts>-<n>`), or a generic ephemeral claim (`<pod>-<volume>`).
 */
export interface Claim {
  origin: ClaimOrigin;
  name: string;
  namespace: string;
  /** The claim as the API server would see it (for templates: the template's metadata and spec). */
  object: PersistentVolumeClaim;
  /** The resource a finding about this claim is reported on: the PVC, StatefulSet or Pod. */
  resource: Resource;
  /** Path from `resource` to the claim object ([] for a PVC). */
  path: JsonPath;
  /** StatefulSet claims: the ordinal. */
  ordinal?: number;
  /** StatefulSet and ephemeral claims: the workload that creates them. */
  owner?: Workload;
}

/** More ordinals than this are not expanded one by one; the first ones show every problem already. */
export const MAX_ORDINALS = 1000;

export const statefulSetClaimName = (template: string, statefulSet: string, ordinal: number) => `${template}-${statefulSet}-${ordinal}`;
export const ephemeralClaimName = (pod: string, volume: string) => `${pod}-${volume}`;

export function startOrdinal(statefulSet: StatefulSet): number {
  const start = objectOf(objectOf(statefulSet.spec).ordinals).start;
  return typeof start === 'number' && start >= 0 ? start : 0;
}

export function statefulSetClaims(workload: Workload): Claim[] {
  const sts = workload.resource.object as unknown as StatefulSet;
  const templates = indexedObjectsOf<PersistentVolumeClaim>(objectOf(sts.spec).volumeClaimTemplates);
  const first = startOrdinal(sts);
  const count = Math.min(Math.max(workload.replicas, 0), MAX_ORDINALS);
  const claims: Claim[] = [];
  for (const [template, index] of templates) {
    const templateName = nonEmptyString(objectOf(template.metadata).name);
    if (!templateName) continue;
    for (let ordinal = first; ordinal < first + count; ordinal++) {
      claims.push({
        origin: 'statefulset',
        name: statefulSetClaimName(templateName, workload.name, ordinal),
        namespace: workload.namespace,
        object: template,
        resource: workload.resource,
        path: ['spec', 'volumeClaimTemplates', index],
        ordinal,
        owner: workload,
      });
    }
  }
  return claims;
}

/** Only pods with a literal name (bare Pods, StatefulSet pods) have predictable ephemeral claim names. */
export function ephemeralClaims(workload: Workload, podNames: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  for (const { volume, index } of workload.volumes) {
    const template = objectOf(volume.ephemeral).volumeClaimTemplate;
    if (!isObject(template) || typeof volume.name !== 'string') continue;
    for (const pod of podNames) {
      claims.push({
        origin: 'ephemeral',
        name: ephemeralClaimName(pod, volume.name),
        namespace: workload.namespace,
        object: template as PersistentVolumeClaim,
        resource: workload.resource,
        path: [...workload.specPath, 'volumes', index, 'ephemeral', 'volumeClaimTemplate'],
        owner: workload,
      });
    }
  }
  return claims;
}

export const claimSpec = (claim: Claim): NonNullable<PersistentVolumeClaim['spec']> =>
  isObject(claim.object.spec) ? claim.object.spec : {};
export const claimPath = (claim: Claim, ...rest: JsonPath) => [...claim.path, ...rest];
export const objectClaimAnnotations = (claim: Claim) => (getIn(claim.object, ['metadata', 'annotations']) ?? {}) as Record<string, string>;
