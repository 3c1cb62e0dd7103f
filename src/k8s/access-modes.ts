export const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const ACCESS_MODE_SHORT: Record<AccessMode, string> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP',
};

export function asAccessModes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((mode): mode is string => typeof mode === 'string') : [];
}

/** util.ContainsAllAccessModes: the volume must offer every mode the claim asks for. */
export const containsAllModes = (offered: readonly string[], requested: readonly string[]) =>
  requested.every((mode) => offered.includes(mode));

/**
 * IsMultiAttachAllowed (pkg/volume/util/util.go): several nodes may attach a volume only when its
 * modes include ReadWriteMany or ReadOnlyMany, or when no mode is declared at all.
 */
export const allowsMultiAttach = (modes: readonly string[]) =>
  modes.length === 0 || modes.includes('ReadWriteMany') || modes.includes('ReadOnlyMany');

/** Single-writer: RWO (one node) or RWOP (one pod), with no multi-node mode beside it. */
export const isSingleWriter = (modes: readonly string[]) => modes.length > 0 && !allowsMultiAttach(modes);
