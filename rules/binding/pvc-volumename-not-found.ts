import { claimLabel, groupByTemplate, moreClaims } from '../../src/model/binding-text.js';
import type { Claim } from '../../src/model/claims.js';
import { isMissing, type Reference } from '../../src/model/references.js';
import { distance } from '../../src/model/scope.js';
import { defineRule } from '../../src/rule.js';
import { reportMissingReference } from '../../src/rule-kit/missing-reference.js';

export default defineRule({
  id: 'pvc-volumename-not-found',
  severity: 'warning',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim names in volumeName a PersistentVolume that is not in the view',
    why: 'A claim with `spec.volumeName` binds only that PersistentVolume. When no PersistentVolume has that name the controller logs "volume not found, will try again next time" and the claim stays Pending without any event, so nothing in `kubectl describe` explains why its pods do not start. PersistentVolumes are often made outside the files (by an administrator, or kept from an earlier claim with reclaim policy Retain), so a name that is simply not in the files is a warning that says how to declare the volume (`assume:`, or its manifest with `--cluster`); it is an error only with evidence of a slip: a PersistentVolume of a near name, or the name of a claim written beside it given where a volume belongs.',
    fix: 'Fix the name in `volumeName`, or add the PersistentVolume (with a `claimRef` back to the claim).',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: ""
  volumeName: report-pv # expect: pvc-volumename-not-found/missing@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
  claimRef:
    namespace: default
    name: reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: ""
  volumeName: reports-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: volume not found, will try again next time)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [{ tool: 'Monokle', check: 'LNK001 (no-missing-links)' }],
    whenNotToUse:
      'Turn it off, or declare the volumes, when PersistentVolumes are created outside the linted files (by an administrator, a storage operator or another repository), as is common with static provisioning.',
  },
  messages: {
    missing:
      "{claim} names PersistentVolume '{volume}' in volumeName, but no PersistentVolume has that name; the claim stays Pending{more}",
    claimInstead:
      "{claim} names '{volume}' in volumeName, which is a PersistentVolumeClaim, not a PersistentVolume; the claim stays Pending{more}",
  },
  check(context) {
    const { model } = context;
    const missing: { claim: Claim; reference: Reference }[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind !== 'prebind-failed') continue;
      const from = { resource: claim.resource, path: [...claim.path, 'spec', 'volumeName'] };
      const reference = { kind: 'PersistentVolume', namespace: undefined, name: binding.volumeName, from };
      if (isMissing(model.resolveReference(reference))) missing.push({ claim, reference });
    }
    for (const {
      first: { claim, reference },
      count,
    } of groupByTemplate(missing)) {
      const data = { claim: claimLabel(claim), volume: reference.name, more: moreClaims(count) };
      // A claim of that name written beside this one is a mix-up (the resolver knows none in this
      // direction). Elsewhere it is no evidence: volumes are often named like the claims they were
      // made for, and another file's claim may be an alternative example.
      const named = model
        .claimsNamed(claim.namespace, reference.name)
        .filter((other) => other.name !== claim.name && distance(claim.resource, other.resource).nearness === 'file');
      if (named.length > 0) {
        context.report({
          messageId: 'claimInstead',
          data,
          resource: reference.from.resource,
          path: reference.from.path,
          related: named.map((other) => ({
            resource: other.resource,
            path: [...other.path, 'metadata', 'name'],
            message: claimLabel(other),
          })),
          fix: `volumeName takes a PersistentVolume's name: the one claim ${reference.name} is bound to (kubectl get pvc ${reference.name}, column VOLUME)`,
          severity: 'error',
        });
        continue;
      }
      reportMissingReference(context, reference, { notFound: ({ didYouMean }) => ({ messageId: 'missing', data, fix: didYouMean }) });
    }
  },
});
