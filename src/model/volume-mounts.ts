/**
 * The volumeMounts and volumeDevices of every container of a pod template, seen one way, and the
 * pod's volumes by name: what `ValidateVolumeMounts` / `ValidateVolumeDevices` walk per container.
 */
import type { JsonPath } from '../types.js';
import type { ContainerView, IndexedVolume, Workload } from './workloads.js';
import { indexedObjectsOf, nonEmptyString } from '../util/shape.js';

export type MountKind = 'mount' | 'device';

export interface MountView {
  container: ContainerView;
  containerName: string;
  /** True for `ephemeralContainers` (debug containers): they may not use subPath. */
  ephemeral: boolean;
  kind: MountKind;
  /** The list it is in, as messages name it. */
  list: 'volumeMounts' | 'volumeDevices';
  /** The entry itself; any field may have any shape. */
  entry: Record<string, unknown>;
  /** From the resource root to the entry (`…volumeMounts[i]` or `…volumeDevices[i]`). */
  path: JsonPath;
  /** The volume it names, when that is a non-empty string. */
  volumeName?: string;
  /** `mountPath` or `devicePath`, when a non-empty string. */
  target?: string;
  targetField: 'mountPath' | 'devicePath';
}

const LISTS = [
  ['volumeMounts', 'mount', 'mountPath'],
  ['volumeDevices', 'device', 'devicePath'],
] as const;

export function mountsOf(container: ContainerView): MountView[] {
  const raw = container.container as unknown as Record<string, unknown>;
  const containerName = typeof raw.name === 'string' ? raw.name : '';
  const ephemeral = container.path.includes('ephemeralContainers');
  return LISTS.flatMap(([list, kind, targetField]) =>
    indexedObjectsOf(raw[list]).map(([entry, i]): MountView => ({
      container,
      containerName,
      ephemeral,
      kind,
      list,
      entry,
      path: [...container.path, list, i],
      volumeName: nonEmptyString(entry.name),
      target: nonEmptyString(entry[targetField]),
      targetField,
    })),
  );
}

/** The pod's volumes by name; the first one wins when a name repeats (the duplicate is its own error). */
export function volumesByName(workload: Workload): Map<string, IndexedVolume> {
  const byName = new Map<string, IndexedVolume>();
  for (const volume of workload.volumes) {
    const name = (volume.volume as unknown as Record<string, unknown>).name;
    if (typeof name === 'string' && name !== '' && !byName.has(name)) byName.set(name, volume);
  }
  return byName;
}

/** "Container 'web' of Deployment shop/web": the subject of per-container messages. */
export const describeContainer = (workload: Workload, mount: Pick<MountView, 'containerName'>) =>
  `Container '${mount.containerName}' of ${workload.kind} ${workload.namespace}/${workload.name}`;
