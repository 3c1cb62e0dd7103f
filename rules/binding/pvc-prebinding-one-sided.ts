import { claimRefOf } from '../../src/k8s/pv-match.js';
import type { Resource } from '../../src/load/resource.js';
import { claimLabel, classLabel, groupByTemplate, moreClaims } from '../../src/model/binding-text.js';
import { pvObject } from '../../src/model/binding.js';
import type { Claim } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pvc-prebinding-one-sided',
  severity: 'info',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim and a PersistentVolume are tied together on one side only',
    why: 'Kubernetes documents reserving a PersistentVolume by setting both sides: `volumeName` on the claim and `claimRef` on the volume. With only `volumeName`, the volume stays open to every other claim until this one is bound, and another claim created first can take it. With only `claimRef` and a claim whose class can be provisioned, a claim created before the volume exists is provisioned a new volume at once, and the reservation is never used.',
    fix: 'Set both sides: `claimRef: {namespace, name}` on the PersistentVolume and `volumeName` on the claim; for a claim meant only for pre-created volumes, use `storageClassName: ""`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: uploads-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/uploads
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: ""
  volumeName: uploads-pv # expect: pvc-prebinding-one-sided/noClaimRef@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: uploads-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/uploads
  claimRef:
    namespace: default
    name: uploads
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: ""
  volumeName: uploads-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, provisionClaim)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when volumes and claims are always created in a fixed order by one tool (a chart that applies the PersistentVolume first, an operator), so the one-sided reservation cannot be raced.',
  },
  messages: {
    noClaimRef:
      '{claim} names PersistentVolume {volume} in volumeName, but the volume has no claimRef back to it; until the claim binds, another claim can take the volume{more}',
    noVolumeName:
      "{claim} is tied to PersistentVolume {volume} only by the volume's claimRef, and its class {class} can provision; if the claim is created before the volume, it gets a new volume instead{more}",
  },
  check(context) {
    const { model } = context;
    const found: { claim: Claim; volume: Resource; side: 'noClaimRef' | 'noVolumeName'; storageClass: string }[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind !== 'bound' || binding.via === 'match') continue;
      const provisioning = model.provisioning(claim);
      if (binding.via === 'volumeName' && !claimRefOf(pvObject(binding.volume))) {
        found.push({ claim, volume: binding.volume, side: 'noClaimRef', storageClass: provisioning.storageClass });
      }
      // Only a class something may provision races the reservation; "" and no-provisioner classes wait for it.
      const mayProvision = provisioning.kind === 'dynamic' || provisioning.why === 'unknown-class';
      if (binding.via === 'claimRef' && mayProvision) {
        found.push({ claim, volume: binding.volume, side: 'noVolumeName', storageClass: provisioning.storageClass });
      }
    }
    for (const {
      first: { claim, volume, side, storageClass },
      count,
    } of groupByTemplate(found, (f) => f.side)) {
      const data = { claim: claimLabel(claim), volume: volume.name, more: moreClaims(count) };
      if (side === 'noClaimRef') {
        context.report({
          messageId: 'noClaimRef',
          data,
          resource: claim.resource,
          path: [...claim.path, 'spec', 'volumeName'],
          related: [{ resource: volume, path: ['metadata', 'name'], message: `PersistentVolume ${volume.name}` }],
          fix: `claimRef: {namespace: ${claim.namespace}, name: ${claim.name}} on PersistentVolume ${volume.name}`,
        });
      } else {
        context.report({
          messageId: 'noVolumeName',
          data: { ...data, class: classLabel(storageClass) },
          resource: claim.resource,
          path: [...claim.path, 'spec', ...(claim.storageClass.declared === undefined ? [] : ['storageClassName'])],
          related: [{ resource: volume, path: ['spec', 'claimRef'], message: `PersistentVolume ${volume.name}` }],
          fix: `volumeName: ${volume.name}`,
        });
      }
    }
  },
});
