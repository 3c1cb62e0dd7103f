import path from 'node:path';
import type { Resource } from '../load/resource.js';
import type { Model } from '../model/model.js';
import { isObject, nonEmptyString, objectOf, objectsOf } from '../util/shape.js';
import { WORKLOAD_KINDS } from '../model/workloads.js';

/**
 * Objects that are pieces to merge rather than objects to create: kustomize strategic-merge patches
 * and server-side-apply partials. They leave out required fields on purpose, so only their required
 * fields go unchecked; a typo or a wrong type in a patch is still one.
 */
export function fragmentsOf(model: Model): Set<Resource> {
  const patchFiles = kustomizePatchFiles(model.ofKind('Kustomization'));
  const fragments = new Set<Resource>();
  for (const resource of model.resources) {
    if (patchFiles.has(path.resolve(resource.source.file)) || hasPatchDirective(resource.object)) fragments.add(resource);
  }
  for (const resource of model.resources) {
    if (isWorkloadWithoutImage(resource)) fragments.add(resource);
  }
  return fragments;
}

/**
 * A container may leave `image` to higher-level config in a template, but a workload none of whose
 * containers has one, or with no pod template at all, is a patch of one.
 */
function isWorkloadWithoutImage(resource: Resource): boolean {
  if (!(WORKLOAD_KINDS as readonly string[]).includes(resource.kind)) return false;
  const spec = objectOf(resource.object.spec);
  const podSpec =
    resource.kind === 'Pod'
      ? spec
      : objectOf(objectOf(resource.kind === 'CronJob' ? objectOf(objectOf(spec.jobTemplate).spec).template : spec.template).spec);
  const containers = [podSpec.initContainers, podSpec.containers].flatMap((list) => objectsOf(list));
  return !containers.some((container) => nonEmptyString(container.image));
}

/** `$patch`, `$retainKeys`, `$setElementOrder/…`: strategic-merge directives exist only in patches. */
export const isPatchDirective = (key: string) => key.startsWith('$');

function hasPatchDirective(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPatchDirective);
  if (!isObject(value)) return false;
  return Object.entries(value).some(([key, child]) => isPatchDirective(key) || hasPatchDirective(child));
}

/** Files a kustomization names as patches (`patchesStrategicMerge`, `patches[].path`), as absolute paths. */
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
      if (file) files.add(path.resolve(dir, file));
    }
  }
  return files;
}
