/**
 * A claim whose class no StorageClass of the view defines waits for the PersistentVolumes that carry
 * the class name (the binder's pool for it). The cluster may still define a provisioning class of
 * that name, which would give the claim a new volume instead: the configuration assumes it, or it is
 * a platform's built-in class and no platform is set.
 */
import { wellKnownPlatformClass } from '../k8s/platform-classes.js';
import type { Binding } from '../model/binding.js';
import type { Model } from '../model/model.js';
import { platformHint } from './platform-hint.js';

type Pending = Extract<Binding, { kind: 'pending' }>;

/** Why a StorageClass of the pending claim's class may exist in the cluster, or undefined. */
export function classMayExist(model: Model, binding: Pending): string | undefined {
  if (binding.why !== 'unknown-class') return undefined;
  const name = binding.storageClass;
  if (model.isAssumed('StorageClass', name))
    return `StorageClass '${name}' is assumed to exist (assume:), and if it provisions, the claim gets a new volume instead`;
  if (model.options.platform !== undefined) return undefined;
  const platforms = wellKnownPlatformClass(name);
  return platforms.length > 0 ? `${platformHint(name, platforms)}; if it provisions there, the claim gets a new volume instead` : undefined;
}
