import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { claimClassOf, type ClaimClass } from '../k8s/storage-class.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';

export type ClaimOrigin = 'object' | 'statefulset' | 'ephemeral';

/** A written claim that a StatefulSet takes over as is for one ordinal, instead of creating it from its template. */
export interface ClaimAdoption {
  statefulSet: Workload;
  template: PersistentVolumeClaim;
  templateName: string;
  /** Path from the StatefulSet to the template. */
  templatePath: JsonPath;
  ordinal: number;
}

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
  /** Its class, declared and after default-class admission. */
  storageClass: ClaimClass;
  /** StatefulSet claims: the ordinal. */
  ordinal?: number;
  /** StatefulSet and ephemeral claims: the workload that creates them. */
  owner?: Workload;
  /** Written claims a StatefulSet adopts (the first StatefulSet that names it). */
  adoptedBy?: ClaimAdoption;
}

/** More ordinals than this are not expanded one by one; the first ones show every problem already. */
export const MAX_ORDINALS = 1000;

export const statefulSetClaimName = (template: string, statefulSet: string, ordinal: number) => `${template}-${statefulSet}-${ordinal}`;
export const ephemeralClaimName = (pod: string, volume: string) => `${pod}-${volume}`;

export function startOrdinal(statefulSet: StatefulSet): number {
  const start = objectOf(objectOf(statefulSet.spec).ordinals).start;
  return typeof start === 'number' && start >= 0 ? start : 0;
}

/** The ordinals a StatefulSet's pods have, capped at MAX_ORDINALS. */
export function ordinalsOf(workload: Workload): number[] {
  const first = startOrdinal(workload.resource.object as unknown as StatefulSet);
  const count = Math.min(Math.max(workload.replicas, 0), MAX_ORDINALS);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Pod names that are known before the cluster runs: a Pod's own, a StatefulSet's `<sts>-<n>`. */
export function literalPodNames(workload: Workload): string[] {
  if (workload.kind === 'Pod') return workload.name ? [workload.name] : [];
  if (workload.kind !== 'StatefulSet') return [];
  return ordinalsOf(workload).map((ordinal) => `${workload.name}-${ordinal}`);
}

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

const claimKey = (namespace: string, name: string) => `${namespace}\u0000${name}`;

/**
 * Every claim of the view: the written PVCs, then per workload the StatefulSet claims it creates
 * (a written claim of the same name is adopted as is instead) and the ephemeral claims of pods with
 * literal names.
 */
export function buildClaims(
  claimResources: readonly Resource[],
  workloads: readonly Workload[],
  defaultNamespace: string,
  defaultClass: string | undefined,
): Claim[] {
  const claims: Claim[] = [];
  const written = new Map<string, Claim[]>();
  for (const resource of claimResources) {
    if (!isObject(resource.object.spec) && resource.object.spec !== undefined) continue;
    const object = resource.object as unknown as PersistentVolumeClaim;
    const claim: Claim = {
      origin: 'object',
      name: resource.name,
      namespace: resource.namespace ?? defaultNamespace,
      object,
      resource,
      path: [],
      storageClass: claimClassOf(object, defaultClass),
    };
    claims.push(claim);
    const key = claimKey(claim.namespace, claim.name);
    written.set(key, [...(written.get(key) ?? []), claim]);
  }
  for (const workload of workloads) {
    for (const { template, name: templateName, path } of claimTemplates(workload)) {
      if (!templateName) continue;
      for (const ordinal of ordinalsOf(workload)) {
        const name = statefulSetClaimName(templateName, workload.name, ordinal);
        const existing = written.get(claimKey(workload.namespace, name));
        if (existing) {
          for (const claim of existing) claim.adoptedBy ??= { statefulSet: workload, template, templateName, templatePath: path, ordinal };
          continue;
        }
        claims.push({
          origin: 'statefulset',
          name,
          namespace: workload.namespace,
          object: template,
          resource: workload.resource,
          path,
          storageClass: claimClassOf(template, defaultClass),
          ordinal,
          owner: workload,
        });
      }
    }
    const podNames = literalPodNames(workload);
    for (const { volume, path } of workload.volumes) {
      const template = objectOf(volume.ephemeral).volumeClaimTemplate;
      if (!isObject(template) || typeof volume.name !== 'string') continue;
      for (const pod of podNames) {
        claims.push({
          origin: 'ephemeral',
          name: ephemeralClaimName(pod, volume.name),
          namespace: workload.namespace,
          object: template as PersistentVolumeClaim,
          resource: workload.resource,
          path: [...path, 'ephemeral', 'volumeClaimTemplate'],
          storageClass: claimClassOf(template as PersistentVolumeClaim, defaultClass),
          owner: workload,
        });
      }
    }
  }
  return claims;
}
