/**
 * Rule ids that were renamed, old → new. Old ids keep working in configurations, suppression
 * comments and annotations, and baselines, with a notice that names the new id; fingerprints are
 * computed from the first id a rule had, so baselines written before a rename still match.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  'storage-class-beta-annotation': 'storageclass-beta-annotation',
  'sts-service-missing': 'sts-service-not-found',
  'pv-claimref-claim-missing': 'pv-claimref-claim-not-found',
  'volume-mount-unknown': 'volume-mount-not-found',
  'sts-mount-unknown': 'sts-volume-mount-not-found',
};

const FIRST_IDS: ReadonlyMap<string, string> = new Map(Object.entries(RENAMED_RULES).map(([old, current]) => [current, old]));

/** The current id for an id as written. */
export const currentRuleId = (id: string): string => RENAMED_RULES[id] ?? id;

/** The id a rule was first released under: the stable part of its fingerprints. */
export const firstRuleId = (id: string): string => FIRST_IDS.get(id) ?? id;

export const renameNotice = (id: string, where: string): string =>
  `${where}: rule '${id}' was renamed to '${currentRuleId(id)}'; the old id still works but will be removed in a future release`;
