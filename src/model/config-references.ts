/**
 * Every place a pod template names a ConfigMap or Secret, seen the same way: volumes, projected
 * volume sources, `envFrom` and `env[].valueFrom` key references, and a CSI volume's
 * `nodePublishSecretRef`. The kubelet resolves each of them in the pod's namespace.
 */
import type { JsonPath } from '../types.js';
import type { ContainerView, Workload } from './workloads.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf } from '../util/shape.js';

export type ConfigKind = 'ConfigMap' | 'Secret';
export type ConfigReferenceSource = 'volume' | 'projected' | 'envFrom' | 'env' | 'csi';

/** A key the reference needs (`items[].key`, `configMapKeyRef.key`, `secretKeyRef.key`). */
export interface ConfigKeyUse {
  key: string;
  /** From the resource root to the `key` field. */
  path: JsonPath;
}

export interface ConfigReference {
  workload: Workload;
  kind: ConfigKind;
  name: string;
  /** From the resource root to the field holding the name. */
  path: JsonPath;
  /** `optional: true`: the kubelet carries on without the object (or the key). */
  optional: boolean;
  source: ConfigReferenceSource;
  /** Where the reference is, for messages: "Volume 'config'", "Env var 'DB_USER' of container 'api'",
   * "Container 'api' (envFrom)"; always starts with a capital. */
  description: string;
  /** Keys it needs; empty when it takes every key the object has (or none at all). */
  keys: ConfigKeyUse[];
  /** The container, for envFrom and env references. */
  container?: ContainerView;
}

/** The other kind: for "a Secret of that name exists" hints. */
export const otherConfigKind = (kind: ConfigKind): ConfigKind => (kind === 'ConfigMap' ? 'Secret' : 'ConfigMap');

/** The field that names the object in each kind of volume source (`secret.secretName` is the odd one). */
const VOLUME_NAME_FIELD: Record<ConfigKind, string> = { ConfigMap: 'name', Secret: 'secretName' };

const isOptional = (ref: Record<string, unknown>) => ref.optional === true;

function itemKeys(items: unknown, itemsPath: JsonPath): ConfigKeyUse[] {
  return indexedObjectsOf(items).flatMap(([item, i]) => {
    const key = nonEmptyString(item.key);
    return key ? [{ key, path: [...itemsPath, i, 'key'] }] : [];
  });
}

export function configReferences(workload: Workload): ConfigReference[] {
  return [...volumeReferences(workload), ...containerReferences(workload)];
}

function volumeReferences(workload: Workload): ConfigReference[] {
  const references: ConfigReference[] = [];
  for (const { volume, path } of workload.volumes) {
    const raw = volume as unknown as Record<string, unknown>;
    const volumeName = typeof raw.name === 'string' ? raw.name : '';
    for (const [field, kind] of [
      ['configMap', 'ConfigMap'],
      ['secret', 'Secret'],
    ] as const) {
      const ref = raw[field];
      if (!isObject(ref)) continue;
      const name = nonEmptyString(ref[VOLUME_NAME_FIELD[kind]]);
      if (!name) continue;
      references.push({
        workload,
        kind,
        name,
        path: [...path, field, VOLUME_NAME_FIELD[kind]],
        optional: isOptional(ref),
        source: 'volume',
        description: `Volume '${volumeName}'`,
        keys: itemKeys(ref.items, [...path, field, 'items']),
      });
    }
    for (const [projection, i] of indexedObjectsOf(objectOf(raw.projected).sources)) {
      for (const [field, kind] of [
        ['configMap', 'ConfigMap'],
        ['secret', 'Secret'],
      ] as const) {
        const ref = projection[field];
        if (!isObject(ref)) continue;
        const name = nonEmptyString(ref.name);
        if (!name) continue;
        const at = [...path, 'projected', 'sources', i, field];
        references.push({
          workload,
          kind,
          name,
          path: [...at, 'name'],
          optional: isOptional(ref),
          source: 'projected',
          description: `Projected volume '${volumeName}'`,
          keys: itemKeys(ref.items, [...at, 'items']),
        });
      }
    }
    const publishSecret = nonEmptyString(objectOf(objectOf(raw.csi).nodePublishSecretRef).name);
    if (publishSecret) {
      references.push({
        workload,
        kind: 'Secret',
        name: publishSecret,
        path: [...path, 'csi', 'nodePublishSecretRef', 'name'],
        optional: false,
        source: 'csi',
        description: `CSI volume '${volumeName}'`,
        keys: [],
      });
    }
  }
  return references;
}

function containerReferences(workload: Workload): ConfigReference[] {
  const references: ConfigReference[] = [];
  for (const view of workload.containers) {
    const container = view.container as unknown as Record<string, unknown>;
    const containerName = typeof container.name === 'string' ? container.name : '';
    for (const [entry, i] of indexedObjectsOf(container.envFrom)) {
      for (const [field, kind] of [
        ['configMapRef', 'ConfigMap'],
        ['secretRef', 'Secret'],
      ] as const) {
        const ref = entry[field];
        const name = isObject(ref) ? nonEmptyString(ref.name) : undefined;
        if (!isObject(ref) || !name) continue;
        references.push({
          workload,
          kind,
          name,
          path: [...view.path, 'envFrom', i, field, 'name'],
          optional: isOptional(ref),
          source: 'envFrom',
          description: `Container '${containerName}' (envFrom)`,
          keys: [],
          container: view,
        });
      }
    }
    for (const [entry, i] of indexedObjectsOf(container.env)) {
      const valueFrom = objectOf(entry.valueFrom);
      for (const [field, kind] of [
        ['configMapKeyRef', 'ConfigMap'],
        ['secretKeyRef', 'Secret'],
      ] as const) {
        const ref = valueFrom[field];
        const name = isObject(ref) ? nonEmptyString(ref.name) : undefined;
        if (!isObject(ref) || !name) continue;
        const at = [...view.path, 'env', i, 'valueFrom', field];
        const key = nonEmptyString(ref.key);
        const envName = typeof entry.name === 'string' ? entry.name : '';
        references.push({
          workload,
          kind,
          name,
          path: [...at, 'name'],
          optional: isOptional(ref),
          source: 'env',
          description: `Env var '${envName}' of container '${containerName}'`,
          keys: key ? [{ key, path: [...at, 'key'] }] : [],
          container: view,
        });
      }
    }
  }
  return references;
}
