/**
 * The references kstorelint judges, built one way for the rules that report them and for the
 * graph that draws them, so that a red edge and a finding always come together: a claimName (not
 * one a StatefulSet template replaces, not a template placeholder) and a ConfigMap or Secret a pod
 * needs (not `optional: true`).
 */
import { isPlaceholderText } from '../k8s/placeholders.js';
import type { ConfigReference } from './config-references.js';
import type { Reference } from './references.js';
import type { VolumeClaim } from './volume-claims.js';

export function claimNameReference(use: VolumeClaim): Reference | undefined {
  if (use.naming !== 'claimName' || use.replacedByTemplate || isPlaceholderText(use.name)) return undefined;
  return {
    kind: 'PersistentVolumeClaim',
    namespace: use.workload.namespace,
    name: use.name,
    from: { resource: use.workload.resource, path: use.path },
  };
}

export function configObjectReference(reference: ConfigReference): Reference | undefined {
  if (reference.optional) return undefined;
  const { workload, kind, name, path, keys } = reference;
  return { kind, namespace: workload.namespace, name, from: { resource: workload.resource, path }, keys: keys.map((use) => use.key) };
}
