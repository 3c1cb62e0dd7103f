/**
 * Objects that are pieces to merge rather than objects to create. Kustomize strategic-merge patches
 * and server-side-apply partials look like objects (apiVersion, kind, name) but carry only the
 * fields they change, so a rule about a whole object (required fields, "no strategy", "no
 * serviceName", a mount of a volume the base declares) must not read one as a whole object. A typo or
 * a wrong type inside a fragment is still a mistake: only what it leaves out goes unjudged.
 */
import path from 'node:path';
import type { Resource } from '../load/resource.js';
import { getIn } from '../util/get-in.js';
import { hasPatchDirective } from '../k8s/strategic-merge.js';
import { nonEmptyString, objectOf, objectsOf } from '../util/shape.js';
import { TEMPLATE_PATH, isWorkloadKind } from './workloads.js';

export type FragmentReason =
  /** A file a Kustomization in the view applies as a patch (`patchesStrategicMerge`, `patches[].path`). */
  | 'kustomize-patch'
  /** `$patch`, `$retainKeys`, `$setElementOrder/…`: strategic-merge directives exist only in patches. */
  | 'patch-directive'
  /** A workload none of whose containers has an image, or with no pod spec: the API server requires both. */
  | 'workload-without-image'
  /** A Service without ports that is neither headless nor ExternalName: invalid as an object. */
  | 'service-without-ports';

/** Absolute paths of the files kustomizations name as patches; inline patches are YAML text, not file names. */
function kustomizePatchFiles(kustomizations: readonly Resource[]): Set<string> {
  const files = new Set<string>();
  for (const kustomization of kustomizations) {
    if (!kustomization.apiVersion.startsWith('kustomize.config.k8s.io/')) continue;
    const dir = path.dirname(path.resolve(kustomization.source.file));
    const entries = [kustomization.object.patchesStrategicMerge, kustomization.object.patches].flatMap((list) =>
      Array.isArray(list) ? list : [],
    );
    for (const entry of entries) {
      const file = nonEmptyString(entry) ?? nonEmptyString(objectOf(entry).path);
      if (file && !file.includes('\n')) files.add(path.resolve(dir, file));
    }
  }
  return files;
}

function isWorkloadWithoutImage(resource: Resource): boolean {
  if (!isWorkloadKind(resource.kind)) return false;
  const podSpec = objectOf(getIn(resource.object, [...TEMPLATE_PATH[resource.kind], 'spec']));
  const containers = [podSpec.initContainers, podSpec.containers].flatMap((list) => objectsOf(list));
  return !containers.some((container) => nonEmptyString(container.image));
}

function isServiceWithoutPorts(resource: Resource): boolean {
  if (resource.kind !== 'Service') return false;
  const spec = objectOf(resource.object.spec);
  if (spec.clusterIP === 'None' || spec.type === 'ExternalName') return false;
  return !Array.isArray(spec.ports) || spec.ports.length === 0;
}

/** Every fragment of the view with the first reason that makes it one. */
export function findFragments(resources: readonly Resource[], kustomizations: readonly Resource[]): Map<Resource, FragmentReason> {
  const patchFiles = kustomizePatchFiles(kustomizations);
  const fragments = new Map<Resource, FragmentReason>();
  for (const resource of resources) {
    const reason: FragmentReason | undefined = patchFiles.has(path.resolve(resource.source.file))
      ? 'kustomize-patch'
      : hasPatchDirective(resource.object)
        ? 'patch-directive'
        : isWorkloadWithoutImage(resource)
          ? 'workload-without-image'
          : isServiceWithoutPorts(resource)
            ? 'service-without-ports'
            : undefined;
    if (reason) fragments.set(resource, reason);
  }
  return fragments;
}
