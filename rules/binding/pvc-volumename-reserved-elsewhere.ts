import { claimLabel, groupByTemplate, identityLabel, moreClaims } from '../../src/model/binding-text.js';
import type { Claim } from '../../src/model/claims.js';
import type { Resource } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pvc-volumename-reserved-elsewhere',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim names in volumeName a PersistentVolume whose claimRef reserves it for another claim',
    why: 'The PersistentVolume can only bind the claim its `claimRef` names (name and namespace). The claim that names the volume in `volumeName` gets the event `volume "X" already bound to a different claim` and stays Pending forever. A `claimRef` without a namespace names a claim that cannot exist, so it blocks every claim.',
    fix: "Make the two sides agree: set the PersistentVolume's `claimRef` to this claim's namespace and name, or point `volumeName` at the PersistentVolume reserved for this claim.",
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: billing-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/billing
  claimRef:
    namespace: finance
    name: billing
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: finance
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: default
spec:
  storageClassName: ""
  volumeName: billing-pv # expect: pvc-volumename-reserved-elsewhere/reserved@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: billing-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/billing
  claimRef:
    namespace: default
    name: billing
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: default
spec:
  storageClassName: ""
  volumeName: billing-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: "volume already bound to a different claim")',
      'component-helpers storage/volume/pv_helpers.go (IsVolumeBoundToClaim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: the claim can never bind while the reservation stands. Lower it only when the files hold an old copy of the PersistentVolume whose claimRef has since been changed in the cluster.',
  },
  messages: {
    reserved:
      '{claim} names PersistentVolume {volume} in volumeName, but its claimRef reserves it for claim {other}; the claim stays Pending ("already bound to a different claim"){more}',
  },
  check(context) {
    const { model } = context;
    const found: { claim: Claim; volume: Resource; other: { namespace: string; name: string } }[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind === 'prebind-failed' && binding.volume && binding.failure?.kind === 'reserved') {
        // A claimRef naming this very claim with an exported uid is restore-claimref-uid's finding.
        if (binding.failure.uid !== undefined && binding.failure.name === claim.name && binding.failure.namespace === claim.namespace)
          continue;
        found.push({ claim, volume: binding.volume, other: binding.failure });
      }
    }
    for (const {
      first: { claim, volume, other },
      count,
    } of groupByTemplate(found)) {
      // When the reserved claim exists, the reservation is deliberate and the claim should look elsewhere.
      const orphaned = other.namespace === '' || model.claimsNamed(other.namespace, other.name).length === 0;
      context.report({
        messageId: 'reserved',
        data: { claim: claimLabel(claim), volume: volume.name, other: identityLabel(other), more: moreClaims(count) },
        resource: claim.resource,
        path: [...claim.path, 'spec', 'volumeName'],
        related: [{ resource: volume, path: ['spec', 'claimRef'], message: `claimRef of PersistentVolume ${volume.name}` }],
        fix: orphaned
          ? `claimRef: {namespace: ${claim.namespace}, name: ${claim.name}} on PersistentVolume ${volume.name}`
          : 'name another PersistentVolume in volumeName',
      });
    }
  },
});
