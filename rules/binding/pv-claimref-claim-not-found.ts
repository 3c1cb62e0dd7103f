import { claimRefOf } from '../../src/k8s/pv-match.js';
import { claimLabel } from '../../src/model/binding-text.js';
import { pvObject } from '../../src/model/binding.js';
import type { Claim } from '../../src/model/claims.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';
import { relatedOf, reportMissingReference } from '../../src/rule-kit/missing-reference.js';

function indexBy(claims: readonly Claim[], key: (claim: Claim) => string): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = index.get(key(claim));
    if (list) list.push(claim);
    else index.set(key(claim), [claim]);
  }
  return index;
}

const listNames = (names: readonly string[]) => (names.length > 3 ? `${names[0]} … ${names[names.length - 1]}` : names.join(', '));

/** For `data-web-3`: the StatefulSet claims `data-web-<n>` that do exist, when the ordinal is out of range. */
function statefulSetSiblings(name: string, claims: readonly Claim[]): Claim[] {
  const prefix = /^(.*-)\d+$/.exec(name)?.[1];
  if (!prefix) return [];
  return claims.filter(
    (claim) => claim.origin === 'statefulset' && claim.name.startsWith(prefix) && /^\d+$/.test(claim.name.slice(prefix.length)),
  );
}

/** ` (StatefulSet ns/zk creates only data-zk-0, data-zk-1)`. */
function siblingsHint(siblings: readonly Claim[]): string {
  const owner = siblings[0]?.owner;
  return owner ? ` (${owner.kind} ${owner.namespace}/${owner.name} creates only ${listNames(siblings.map((claim) => claim.name))})` : '';
}

const firstSibling = (siblings: readonly Claim[]): RelatedReport[] =>
  siblings
    .slice(0, 1)
    .map((claim) => ({ resource: claim.resource, path: [...claim.path, 'metadata', 'name'], message: claimLabel(claim) }));

export default defineRule({
  id: 'pv-claimref-claim-not-found',
  severity: 'warning',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "A PersistentVolume's claimRef names a claim that is not in the view",
    why: 'A PersistentVolume with a `claimRef` (and no uid) is reserved: the controller keeps it Available for exactly that claim ("volume is pre-bound to claim") and no other claim can bind it. If the claim is never created, for example because of a typo or a wrong namespace, the volume sits unused. The claim may exist only in the cluster; then declare it or lower this rule.',
    fix: 'Create the claim the `claimRef` names, or fix `claimRef.name` / `claimRef.namespace`. StatefulSet claims are named `<template>-<statefulset>-<ordinal>`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: logs-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/logs
  claimRef:
    namespace: default
    name: log # expect: pv-claimref-claim-not-found/missing@11
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: logs
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: logs-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/logs
  claimRef:
    namespace: default
    name: logs
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: logs
spec:
  storageClassName: ""
  volumeName: logs-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume: volume is pre-bound to claim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [{ tool: 'Monokle', check: 'LNK001 (no-missing-links)' }],
    whenNotToUse:
      'Turn it off, or list the claims under `assume:`, when PersistentVolumes live in a different repository from the claims that use them, as platform teams often arrange static volumes.',
  },
  messages: {
    missing:
      'PersistentVolume {volume} is reserved by its claimRef for claim {namespace}/{claim}, which is not in the view; no other claim can bind it{hint}',
  },
  check(context) {
    const { model } = context;
    const byNamespace = indexBy(model.claims, (claim) => claim.namespace);
    for (const volume of model.persistentVolumes) {
      const ref = claimRefOf(pvObject(volume));
      // Without a namespace the reservation is pv-claimref-no-namespace's finding.
      if (!ref || ref.namespace === '') continue;
      const data = { volume: volume.name, namespace: ref.namespace, claim: ref.name };
      const siblings = () => statefulSetSiblings(ref.name, byNamespace.get(ref.namespace) ?? []);
      const from = { resource: volume, path: ['spec', 'claimRef', 'name'] };
      reportMissingReference(
        context,
        { kind: 'PersistentVolumeClaim', namespace: ref.namespace, name: ref.name, from },
        {
          notFound: ({ didYouMean }) => {
            const ordinals = siblings();
            // An ordinal out of range is no typo: say what the StatefulSet creates instead of a lookalike.
            return ordinals.length === 0
              ? { messageId: 'missing', data: { ...data, hint: '' }, fix: didYouMean }
              : { messageId: 'missing', data: { ...data, hint: siblingsHint(ordinals) }, related: firstSibling(ordinals) };
          },
          otherNamespace: ({ where, targets }) => ({
            messageId: 'missing',
            data: { ...data, hint: ` (a claim of that name is in ${where})` },
            related: [...relatedOf(targets), ...firstSibling(siblings())],
            fix: targets.length === 1 ? `namespace: ${targets[0].namespace}` : undefined,
          }),
        },
      );
    }
  },
});
