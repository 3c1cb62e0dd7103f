/**
 * What a StatefulSet's governing Service is needed for, in the words of the three governing-Service
 * rules: per-pod DNS names (`<pod>.<service>.<namespace>.svc`). When the files use one, the finding
 * names it and points at it; when they use none, nothing the files show fails and the finding is a
 * hint that says which name would not resolve.
 */
import { describe } from '../load/resource.js';
import type { Model } from '../model/model.js';
import { serviceNameOf } from '../model/statefulset.js';
import type { Workload } from '../model/workloads.js';
import type { RelatedReport } from '../rule.js';
import type { Severity } from '../types.js';

export interface PodDnsConsequence {
  /** Appended to a message that ends in "per-pod DNS names" or "per-pod records". */
  text: string;
  /** Undefined: the rule's own; `info` when nothing in the files uses the names. */
  severity: Severity | undefined;
  /** The use, when there is one. */
  related: RelatedReport[];
}

export function podDnsConsequence(model: Model, statefulSet: Workload): PodDnsConsequence {
  const use = model.podDnsUse(statefulSet);
  if (use)
    return {
      text: `, which ${describe(use.resource)} uses ('${use.name}')`,
      severity: undefined,
      related: [{ resource: use.resource, path: use.path, message: `uses per-pod DNS name ${use.name}` }],
    };
  const example = `${statefulSet.name}-0.${serviceNameOf(statefulSet) ?? '<service>'}`;
  return { text: `, which nothing in the files uses; only a name like '${example}' would not resolve`, severity: 'info', related: [] };
}
