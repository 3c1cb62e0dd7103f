/**
 * The volumeMode behind a pod volume name: a StatefulSet claim template of that name, the claim a
 * persistentVolumeClaim volume names (looked up in the view), or an ephemeral volume's template.
 * What the kubelet compares with volumeMounts / volumeDevices before it starts a container.
 */
import type { Resource } from '../load/resource.js';
import { volumeSourceOf, type VolumeSourceField } from '../k8s/volume-source.js';
import type { JsonPath } from '../types.js';
import type { Model } from './model.js';
import { volumesByName } from './volume-mounts.js';
import { isObject, objectOf } from '../util/shape.js';
import type { Workload } from './workloads.js';

export type VolumeMode = 'Filesystem' | 'Block';

export type VolumeKind =
  | { kind: 'claim'; mode: VolumeMode; claim: string; resource: Resource; modePath: JsonPath }
  | { kind: 'other'; source: VolumeSourceField; resource: Resource; path: JsonPath };

/** nil is Filesystem (SetDefaults_PersistentVolumeClaimSpec); an unknown value is the schema's finding. */
function modeOf(claimObject: unknown): VolumeMode | undefined {
  const mode = objectOf(objectOf(claimObject).spec).volumeMode;
  if (mode === undefined || mode === null || mode === 'Filesystem') return 'Filesystem';
  return mode === 'Block' ? 'Block' : undefined;
}

export interface VolumeModeIndex {
  lookup(name: string): VolumeKind | undefined;
}

/** One index per workload: the names its containers may mount. */
export function volumeModes(model: Model, workload: Workload): VolumeModeIndex {
  const uses = model.volumeClaims(workload);
  const templates = new Map(uses.flatMap((use) => (use.naming === 'template' ? [[use.volumeName, use] as const] : [])));
  const volumes = volumesByName(workload);
  const withMode = (mode: VolumeMode | undefined, claim: string, resource: Resource, path: JsonPath): VolumeKind | undefined =>
    mode ? { kind: 'claim', mode, claim, resource, modePath: [...path, 'spec', 'volumeMode'] } : undefined;
  return {
    lookup(name) {
      // The controller replaces a pod volume of a template's name with the template's claim.
      const template = templates.get(name);
      if (template) return withMode(modeOf(template.template), `claim template '${name}'`, workload.resource, template.volumePath);
      const volume = volumes.get(name);
      if (!volume) return undefined;
      const raw = volume.volume as unknown as Record<string, unknown>;
      const source = volumeSourceOf(raw);
      if (source === 'persistentVolumeClaim') {
        const use = uses.find((u) => u.naming === 'claimName' && u.volumePath === volume.path);
        const claims = use?.claims.map(({ claim }) => claim) ?? [];
        const modes = new Set(claims.map((c) => modeOf(c.object)));
        // Several claims of one name (example folders linted as one view) that disagree: unknown.
        if (claims.length === 0 || modes.size > 1) return undefined;
        const [claim] = claims;
        const label = claim.origin === 'object' ? `PersistentVolumeClaim ${claim.namespace}/${claim.name}` : `claim '${claim.name}'`;
        return withMode(modeOf(claim.object), label, claim.resource, claim.path);
      }
      if (source === 'ephemeral') {
        const template = objectOf(raw.ephemeral).volumeClaimTemplate;
        if (!isObject(template)) return undefined;
        return withMode(modeOf(template), `the ephemeral claim template of volume '${name}'`, workload.resource, [
          ...volume.path,
          'ephemeral',
          'volumeClaimTemplate',
        ]);
      }
      return { kind: 'other', source, resource: workload.resource, path: [...volume.path, source] };
    },
  };
}
