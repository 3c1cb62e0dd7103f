/** Minor of a target version written `1.N` (the model's `kubeVersion`); the newest when unreadable. */
export function kubeMinor(version: string): number {
  const match = /^v?1\.(\d+)/.exec(version.trim());
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * Storage feature gates whose default changed: the first minor where the gate is on by default.
 * ReadWriteOncePod: KEP-2485 beta 1.27 (alpha, off, since 1.22); AnyVolumeDataSource: beta 1.24;
 * VolumeAttributesClass: KEP-3751 GA 1.34 (beta off by default in 1.31–1.33).
 */
export const ON_BY_DEFAULT_SINCE = { ReadWriteOncePod: 27, AnyVolumeDataSource: 24, VolumeAttributesClass: 34 } as const;

export const featureOn = (feature: keyof typeof ON_BY_DEFAULT_SINCE, version: string) => kubeMinor(version) >= ON_BY_DEFAULT_SINCE[feature];
