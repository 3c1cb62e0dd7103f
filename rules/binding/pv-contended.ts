import { claimLabel, groupByTemplate, moreClaims } from '../../src/model/binding-text.js';
import type { Claim } from '../../src/model/claims.js';
import { pairingEvidence } from '../../src/model/pairing.js';
import { defineRule } from '../../src/rule.js';
import { distance, isRelated } from '../../src/model/scope.js';
import { classMayExist } from '../../src/rule-kit/class-only-by-volumes.js';
import type { Resource } from '../../src/load/resource.js';

interface Contention {
  claim: Claim;
  rival: Claim;
  volume: Resource;
  byName: boolean;
}

export default defineRule({
  id: 'pv-contended',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'Two claims can only be satisfied by the same PersistentVolume, so one of them stays Pending',
    why: 'A PersistentVolume binds exactly one claim. When two claims name the same volume in `volumeName`, the one processed second gets `volume "X" already bound to a different claim` and stays Pending. When claims that cannot be provisioned (class `""` or a `no-provisioner` class) need more matching volumes than the view has, whichever claim the controller handles last waits forever; which one is a race. A StatefulSet whose template needs one static volume per replica is the common case. PersistentVolumes outside the files (a local static provisioner\'s, volumes made by hand) can always take up the slack, so a shortage is an error only when the files tie the claim to the volume it misses (both in one file or one kustomization, or a claimRef naming the claim); otherwise it is a warning that the claim needs a PersistentVolume from outside the files, with how to declare those (`--cluster` with their manifests).',
    fix: 'Give every claim its own PersistentVolume: add volumes (one per StatefulSet replica), point each `volumeName` at a different PV, or use a provisioning StorageClass.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shared-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/shared
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: first
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
  name: second # expect: pv-contended/outOfVolumes@9
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
  name: first-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/first
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: second-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/second
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: first
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
  name: second
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: "volume already bound to a different claim")',
      'component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the cluster has more PersistentVolumes than the files declare (volumes made by hand, by a static provisioner or by another repository) and they are written beside the claims; passing `kubectl get pv -o yaml` with `--cluster` is the better fix.',
  },
  messages: {
    sameVolumeName:
      '{claim} and {rival} both name PersistentVolume {volume} in volumeName; a PersistentVolume binds one claim, so one of them stays Pending',
    outOfVolumes:
      '{claim} finds every PersistentVolume that fits it taken (PersistentVolume {volume} goes to {rival}); with more such claims than volumes, one stays Pending{more}',
    needsVolumeOutside:
      '{claim} needs a PersistentVolume from outside the files: every one in them that fits is taken (PersistentVolume {volume} goes to {rival}){more}',
  },
  check(context) {
    const { model } = context;
    const found: Contention[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind === 'prebind-failed' && binding.failure?.kind === 'taken' && binding.volume && binding.rival) {
        found.push({ claim, rival: binding.rival, volume: binding.volume, byName: true });
      }
      // Like pvc-unbindable, only claims the view is meant to serve are judged.
      if (binding.kind === 'pending' && binding.poolInView && binding.failure?.kind === 'taken' && binding.closest && binding.rival) {
        // A class only PersistentVolumes name: a provisioning class of that name may serve the claim
        // instead, and a rival written in an unrelated example is not applied with it.
        if (
          binding.why === 'unknown-class' &&
          (classMayExist(model, binding) || !isRelated(distance(claim.resource, binding.rival.resource)))
        )
          continue;
        found.push({ claim, rival: binding.rival, volume: binding.closest, byName: false });
      }
    }
    for (const {
      first: { claim, rival, volume, byName },
      count,
    } of groupByTemplate(found, (c) => `${c.byName}\u0000${c.volume.name}`)) {
      const related = [
        { resource: volume, path: ['metadata', 'name'], message: `PersistentVolume ${volume.name}` },
        { resource: rival.resource, path: [...rival.path, 'metadata', 'name'], message: claimLabel(rival) },
      ];
      if (byName) {
        context.report({
          messageId: 'sameVolumeName',
          data: { claim: claimLabel(claim), rival: claimLabel(rival), volume: volume.name },
          resource: claim.resource,
          path: [...claim.path, 'spec', 'volumeName'],
          related,
          fix: 'point each claim at its own PersistentVolume',
        });
      } else {
        const data = { claim: claimLabel(claim), rival: claimLabel(rival), volume: volume.name, more: moreClaims(count) };
        const add = claim.origin === 'statefulset' ? 'add one PersistentVolume per replica' : 'add another PersistentVolume that fits';
        const at = { resource: claim.resource, path: [...claim.path, 'metadata', 'name'], related };
        if (pairingEvidence(claim, volume)) context.report({ messageId: 'outOfVolumes', data, ...at, fix: add });
        else
          context.report({
            messageId: 'needsVolumeOutside',
            data,
            ...at,
            fix: `if the cluster has more (a static provisioner's, volumes made by hand), pass their manifests with --cluster; otherwise ${add}`,
            severity: 'warning',
          });
      }
    }
  },
});
