import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { claimClassOf, type ClaimClass } from '../k8s/storage-class.js';
import { staticMatchFailure, type ClaimIdentity } from '../k8s/pv-match.js';
import type { Claim, ClaimOrigin } from './claims.js';
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
  /** Its class, declared and after default-class admission. */
  storageClass: ClaimClass;
}

const pathKey = (resource: Resource, path: JsonPath) => `${resource.order}\u0000${path.join('\u0000')}`;

/** Every written claim spec of the view, PVCs first, then per workload its templates. */
export function buildClaimSpecs(
  allClaims: readonly Claim[],
  workloads: readonly Workload[],
  defaultClass: string | undefined,
): ClaimSpec[] {
  const claimsAt = new Map<string, Claim[]>();
  for (const claim of allClaims) {
    const at = pathKey(claim.resource, claim.path);
    const list = claimsAt.get(at);
    if (list) list.push(claim);
    else claimsAt.set(at, [claim]);
  }
  const specs: ClaimSpec[] = [];
  for (const claim of allClaims) {
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
      storageClass: claim.storageClass,
    });
  }
  for (const workload of workloads) {
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
        storageClass: claimClassOf(object, defaultClass),
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

export const storageClassObject = (resource: Resource) => resource.object as unknown as StorageClass;
export const pvObjectOf = (resource: Resource) => resource.object as unknown as PersistentVolume;

/** The PV indexes the matching helpers below read (the Model provides them). */
export interface VolumeIndex {
  volumesOfClass(className: string): readonly Resource[];
  volumesReservedFor(namespace: string, name: string): readonly Resource[];
}

/**
 * A PV of the given class that the binder's static match would give the claim (any of its
 * identities), ignoring competition between claims.
 */
export function fittingVolume(
  model: VolumeIndex,
  spec: ClaimSpec,
  className: string,
  accept: (pv: Resource) => boolean = () => true,
): Resource | undefined {
  const identities = identitiesOf(spec);
  return model
    .volumesOfClass(className)
    .find(
      (pv) =>
        accept(pv) && identities.some((identity) => staticMatchFailure(pvObjectOf(pv), spec.object, identity, className) === undefined),
    );
}

/** A PV whose claimRef reserves it for one of the spec's claims and that the binder would accept (class is not checked for those). */
export function reservedVolume(model: VolumeIndex, spec: ClaimSpec): Resource | undefined {
  for (const identity of identitiesOf(spec)) {
    if (identity.name === '') continue;
    const pv = model
      .volumesReservedFor(identity.namespace, identity.name)
      .find((v) => staticMatchFailure(pvObjectOf(v), spec.object, identity, '') === undefined);
    if (pv) return pv;
  }
  return undefined;
}
