/**
 * A platform's built-in StorageClasses as inputs of their own: `platform: eks` makes `gp2` and
 * `ebs-csi-default-sc` exist with their real provisioner, binding mode and default flag, so the
 * binder, the class rules and the graph treat them like declared classes. They are context only
 * (nothing is reported on them) and their "file" is named after the platform, where related
 * locations point.
 */
import { asStorageClassObject, platformClasses, type Platform } from './k8s/platform-classes.js';
import type { InputFile } from './load/load.js';

export const platformFile = (platform: Platform) => `<platform ${platform}>`;

export function platformInputs(platform: Platform): InputFile[] {
  const classes = platformClasses(platform);
  if (classes.length === 0) return [];
  // JSON documents are YAML documents: one per class, positions still meaningful.
  const text = classes.map((storageClass) => JSON.stringify(asStorageClassObject(storageClass), null, 2)).join('\n---\n');
  return [{ file: platformFile(platform), text, contextOnly: true }];
}
