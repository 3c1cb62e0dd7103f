import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';
import { isObject, nonEmptyString, objectOf } from '../util/shape.js';
import { claimTemplates, ephemeralClaimName, literalPodNames, ordinalsOf, statefulSetClaimName, type Claim } from './claims.js';
import { mountsOf, type MountView } from './volume-mounts.js';
import type { Workload } from './workloads.js';

/**
 * How a pod's volume names its claim:
 * - claimName: `persistentVolumeClaim.claimName`, an existing claim by name;
 * - template: a StatefulSet `volumeClaimTemplates` entry, one claim per ordinal;
 * - ephemeral: a generic ephemeral volume's template, one new claim per pod.
 */
export type ClaimNaming = 'claimName' | 'template' | 'ephemeral';

/** A claim one pod of the workload mounts, with the ordinal of that pod for StatefulSet template claims. */
export interface PodClaim {
  claim: Claim;
  ordinal?: number;
}

/**
 * The one answer to "which claim does this pod volume use?": every rule, the graph and the
 * bindings report read it from `Model.volumeClaims(workload)`.
 */
export interface VolumeClaim {
  workload: Workload;
  naming: ClaimNaming;
  /** The volume's name: the pod volume entry's, or the template's for StatefulSet templates. */
  volumeName: string;
  /** The claim name as written (claimName), the template's name, or the ephemeral volume's name. */
  name: string;
  /** Where the workload names the claim: the claimName, the template's metadata.name, the ephemeral template. */
  path: JsonPath;
  /** The pod volume entry (`…volumes[i]`), or the template for StatefulSet templates. */
  volumePath: JsonPath;
  /** The spec that decides binding and class when no written claim does: the template (template, ephemeral). */
  template?: PersistentVolumeClaim;
  /**
   * The claims it resolves to in the view: the nearest claims of that name in the namespace (several
   * when equally near, as a base and its overlays may be); per ordinal for templates, a written claim of the ordinal's
   * name winning (adopted); per literal pod name for ephemeral volumes; empty when not in the view.
   */
  claims: readonly PodClaim[];
  /**
   * A StatefulSet pod volume named like one of its claim templates: the controller replaces it by the
   * template's claim, so its own claimName is never used.
   */
  replacedByTemplate: boolean;
  /** The containers' mounts and devices of this volume. */
  mounts: readonly MountView[];
}

export interface ClaimLookup {
  claimsNamed(namespace: string, name: string): readonly Claim[];
  /** The claims of that name nearest the referring object (see scope.ts): its own folder's copy, not a sibling example's. */
  nearestClaims(from: Resource, namespace: string, name: string): readonly Claim[];
}

/** The claims of one workload's pod volumes, in the order of the pod spec, then its claim templates. */
export function buildVolumeClaims(workload: Workload, lookup: ClaimLookup): VolumeClaim[] {
  const mounts = workload.containers.flatMap(mountsOf);
  const mountsOfVolume = (name: string) => mounts.filter((mount) => mount.volumeName === name);
  const templates = claimTemplates(workload);
  const templateNames = new Set(templates.flatMap((t) => (t.name ? [t.name] : [])));
  const podNames = literalPodNames(workload);
  const out: VolumeClaim[] = [];
  for (const { volume, path } of workload.volumes) {
    const volumeName = typeof volume.name === 'string' ? volume.name : '';
    const claimName = nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName);
    if (claimName) {
      out.push({
        workload,
        naming: 'claimName',
        volumeName,
        name: claimName,
        path: [...path, 'persistentVolumeClaim', 'claimName'],
        volumePath: path,
        claims: lookup.nearestClaims(workload.resource, workload.namespace, claimName).map((claim) => ({ claim })),
        replacedByTemplate: templateNames.has(volumeName),
        mounts: mountsOfVolume(volumeName),
      });
      continue;
    }
    const template = objectOf(volume.ephemeral).volumeClaimTemplate;
    if (template === undefined || typeof volume.name !== 'string') continue;
    const claims = isObject(template)
      ? podNames.flatMap((pod) => {
          // A written claim may carry the same name; the workload's own comes first.
          const named = lookup.claimsNamed(workload.namespace, ephemeralClaimName(pod, volumeName));
          return named.find((claim) => claim.owner === workload) ?? named.slice(0, 1);
        })
      : [];
    out.push({
      workload,
      naming: 'ephemeral',
      volumeName,
      name: volumeName,
      path: [...path, 'ephemeral', 'volumeClaimTemplate'],
      volumePath: path,
      template: objectOf(template) as PersistentVolumeClaim,
      claims: claims.map((claim) => ({ claim })),
      replacedByTemplate: false,
      mounts: mountsOfVolume(volumeName),
    });
  }
  for (const { template, name, path } of templates) {
    if (!name) continue;
    const claims = ordinalsOf(workload).flatMap((ordinal) =>
      lookup
        .claimsNamed(workload.namespace, statefulSetClaimName(name, workload.name, ordinal))
        .slice(0, 1)
        .map((claim) => ({ claim, ordinal })),
    );
    out.push({
      workload,
      naming: 'template',
      volumeName: name,
      name,
      path: [...path, 'metadata', 'name'],
      volumePath: path,
      template,
      claims,
      replacedByTemplate: false,
      mounts: mountsOfVolume(name),
    });
  }
  return out;
}
