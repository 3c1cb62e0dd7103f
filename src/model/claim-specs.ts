import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { claimClassSource, declaredClaimClass, BETA_CLASS_ANNOTATION, volumeClass } from '../k8s/storage-class.js';
import { staticMatchFailure, type ClaimIdentity } from '../k8s/pv-match.js';
import type { Claim, ClaimOrigin } from './claims.js';
import type { Model } from './model.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';

/**
 * Every place a claim spec is written: a PVC, a StatefulSet volumeClaimTemplate, an ephemeral
 * volume's template. Rules about the spec itself report once per written spec, not once per ordinal
 * or pod; `claims` are the cluster claims it yields (empty when their names are unknown, e.g.
 * ephemeral claims of a Deployment or a StatefulSet scaled to 0).
 */
export interface ClaimSpec {
  origin: ClaimOrigin;
  object: PersistentVolumeClaim;
  resource: Resource;
  path: JsonPath;
  namespace: string;
  /** `PersistentVolumeClaim shop/data`, `Claim template 'data' of StatefulSet shop/db`, … */
  label: string;
  /** The PVC's name, the template's name, or the ephemeral volume's name. */
  name: string;
  claims: readonly Claim[];
  owner?: Workload;
}

const pathKey = (resource: Resource, path: JsonPath) => `${resource.order}\u0000${path.join('\u0000')}`;
const cache = new WeakMap<Model, ClaimSpec[]>();

export function claimSpecs(model: Model): readonly ClaimSpec[] {
  let specs = cache.get(model);
  if (!specs) {
    specs = buildClaimSpecs(model);
    cache.set(model, specs);
  }
  return specs;
}

function buildClaimSpecs(model: Model): ClaimSpec[] {
  const claimsAt = new Map<string, Claim[]>();
  for (const claim of model.claims) {
    const at = pathKey(claim.resource, claim.path);
    const list = claimsAt.get(at);
    if (list) list.push(claim);
    else claimsAt.set(at, [claim]);
  }
  const specs: ClaimSpec[] = [];
  for (const claim of model.claims) {
    if (claim.origin !== 'object') continue;
    specs.push({
      origin: 'object',
      name: claim.name,
      object: claim.object,
      resource: claim.resource,
      path: [],
      namespace: claim.namespace,
      label: `PersistentVolumeClaim ${claim.namespace}/${claim.name}`,
      claims: [claim],
    });
  }
  for (const workload of model.workloads) {
    const of = `${workload.kind} ${workload.namespace}/${workload.name}`;
    const add = (origin: ClaimOrigin, object: PersistentVolumeClaim, path: JsonPath, name: string, label: string) =>
      specs.push({
        origin,
        name,
        object,
        resource: workload.resource,
        path,
        namespace: workload.namespace,
        label,
        claims: claimsAt.get(pathKey(workload.resource, path)) ?? [],
        owner: workload,
      });
    if (workload.kind === 'StatefulSet') {
      const sts = workload.resource.object as unknown as StatefulSet;
      for (const [template, index] of indexedObjectsOf<PersistentVolumeClaim>(objectOf(sts.spec).volumeClaimTemplates)) {
        const name = nonEmptyString(objectOf(template.metadata).name) ?? `#${index}`;
        add('statefulset', template, ['spec', 'volumeClaimTemplates', index], name, `Claim template '${name}' of ${of}`);
      }
    }
    for (const { volume, index } of workload.volumes) {
      const template = objectOf(volume.ephemeral).volumeClaimTemplate;
      if (!isObject(template)) continue;
      add(
        'ephemeral',
        template as PersistentVolumeClaim,
        [...workload.specPath, 'volumes', index, 'ephemeral', 'volumeClaimTemplate'],
        String(volume.name),
        `Ephemeral claim template of volume '${String(volume.name)}' in ${of}`,
      );
    }
  }
  return specs;
}

/** The claim identities a spec stands for, for PV matching; a nameless stand-in when none is known. */
export const identitiesOf = (spec: ClaimSpec): ClaimIdentity[] =>
  spec.claims.length > 0 ? spec.claims.map((c) => ({ namespace: c.namespace, name: c.name })) : [{ namespace: spec.namespace, name: '' }];

/** Path of the value that sets the class: the beta annotation when present (it wins), else the field. */
export function classPath(spec: ClaimSpec): JsonPath {
  return claimClassSource(spec.object) === 'annotation'
    ? [...spec.path, 'metadata', 'annotations', BETA_CLASS_ANNOTATION]
    : [...spec.path, 'spec', 'storageClassName'];
}

export interface ClassResolution {
  /** The declared class; undefined = nil (admission may default it). */
  declared: string | undefined;
  /** After DefaultStorageClass admission; "" = no class. */
  effective: string;
  /** The StorageClass named by `effective`, when in the view. */
  storageClass?: Resource;
}

export function resolveClass(model: Model, claim: PersistentVolumeClaim): ClassResolution {
  const declared = declaredClaimClass(claim);
  const effective = declared ?? model.defaultStorageClassName ?? '';
  return { declared, effective, storageClass: effective === '' ? undefined : model.storageClass(effective) };
}

export const storageClassObject = (resource: Resource) => resource.object as unknown as StorageClass;
export const pvObjectOf = (resource: Resource) => resource.object as unknown as PersistentVolume;

const volumesByClassCache = new WeakMap<Model, Map<string, Resource[]>>();

/** PVs in the view by effective class ("" = classless). */
export function volumesOfClass(model: Model, className: string): readonly Resource[] {
  let index = volumesByClassCache.get(model);
  if (!index) {
    index = new Map();
    for (const pv of model.persistentVolumes) {
      const name = volumeClass(pvObjectOf(pv));
      const list = index.get(name);
      if (list) list.push(pv);
      else index.set(name, [pv]);
    }
    volumesByClassCache.set(model, index);
  }
  return index.get(className) ?? [];
}

/**
 * A PV of the given class that the binder's static match would give the claim (any of its
 * identities), ignoring competition between claims.
 */
export function fittingVolume(
  model: Model,
  spec: ClaimSpec,
  className: string,
  accept: (pv: Resource) => boolean = () => true,
): Resource | undefined {
  const identities = identitiesOf(spec);
  return volumesOfClass(model, className).find(
    (pv) => accept(pv) && identities.some((identity) => staticMatchFailure(pvObjectOf(pv), spec.object, identity, className) === undefined),
  );
}

/** A PV whose claimRef reserves it for one of the spec's claims and that the binder would accept (class is not checked for those). */
export function reservedVolume(model: Model, spec: ClaimSpec): Resource | undefined {
  for (const identity of identitiesOf(spec)) {
    if (identity.name === '') continue;
    const pv = model
      .volumesReservedFor(identity.namespace, identity.name)
      .find((v) => staticMatchFailure(pvObjectOf(v), spec.object, identity, '') === undefined);
    if (pv) return pv;
  }
  return undefined;
}
