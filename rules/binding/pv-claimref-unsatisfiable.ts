import { claimRefOf, staticMatchFailure } from '../../src/k8s/pv-match.js';
import { nonEmptyString } from '../../src/util/shape.js';
import { claimLabel, describeFailure, failurePaths } from '../../src/model/binding-text.js';
import { pvObject } from '../../src/model/binding.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pv-claimref-unsatisfiable',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume is reserved for a claim that cannot or will not take it',
    why: 'A `claimRef` reservation skips the class and selector tests, but the binder still requires capacity >= request, the same volumeMode and a PV access-mode set containing every requested mode. If the reserved claim fails one of them, it binds another volume, is provisioned, or stays Pending, and the reservation keeps this volume from every other claim forever. The same happens when the claim names another volume in `volumeName`, or when the binder finds a fitting volume with a more specific access-mode set first (access-mode groups are searched fewest modes first).',
    fix: 'Make the PersistentVolume fit the claim it reserves (capacity, volumeMode, access modes), point `claimRef` at the right claim, or set `volumeName` on the claim to this volume.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: cache-pv
spec:
  storageClassName: ""
  capacity:
    storage: 1Gi # expect: pv-claimref-unsatisfiable/unsatisfiable@14
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/cache
  claimRef:
    namespace: default
    name: cache
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 2Gi # expect: pvc-unbindable/noMatch@16
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: cache-pv
spec:
  storageClassName: ""
  capacity:
    storage: 2Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/cache
  claimRef:
    namespace: default
    name: cache
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: ""
  volumeName: cache-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 2Gi
`,
    },
    references: [
      'component-helpers storage/volume/pv_helpers.go (FindMatchingVolume: pre-bound volumes)',
      'pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the claims in the files are not the claims the cluster will have (simplified test fixtures, claims patched at deploy time), since the rule judges each reservation against the claim it finds in the files.',
  },
  messages: {
    unsatisfiable:
      'PersistentVolume {volume} is reserved for {claim}, which cannot take it: {reason}; the reservation keeps the volume from every other claim',
    otherVolume:
      'PersistentVolume {volume} is reserved for {claim}, but the claim names PersistentVolume {other} in volumeName; the reservation keeps the volume from every other claim',
    boundElsewhere:
      'PersistentVolume {volume} is reserved for {claim}, but the binder gives the claim PersistentVolume {other} first ({why}); the reservation keeps the volume from every other claim',
  },
  check(context) {
    const { model } = context;
    for (const volume of model.persistentVolumes) {
      const pv = pvObject(volume);
      const ref = claimRefOf(pv);
      const claim = ref && ref.namespace !== '' ? model.claim(ref.namespace, ref.name) : undefined;
      if (!claim) continue;
      const binding = model.binding(claim);
      if (binding.kind === 'bound' && binding.volume === volume) continue;
      const base = { volume: volume.name, claim: claimLabel(claim) };
      const claimAt = { resource: claim.resource, path: [...claim.path, 'metadata', 'name'], message: claimLabel(claim) };
      const volumeName = nonEmptyString(claim.object.spec?.volumeName);
      if (volumeName) {
        if (volumeName === volume.name) continue;
        context.report({
          messageId: 'otherVolume',
          data: { ...base, other: volumeName },
          resource: volume,
          path: ['spec', 'claimRef', 'name'],
          related: [{ ...claimAt, path: [...claim.path, 'spec', 'volumeName'] }],
          fix: `volumeName: ${volume.name} on the claim, or remove the claimRef`,
        });
        continue;
      }
      const failure = staticMatchFailure(pv, claim.object, claim, model.provisioning(claim).storageClass);
      if (failure) {
        const paths = failurePaths(failure, claim, volume);
        context.report({
          messageId: 'unsatisfiable',
          data: { ...base, reason: describeFailure(failure, volume.name) },
          resource: volume,
          path: paths.volume,
          related: [{ ...claimAt, path: [...claim.path, ...paths.claim] }],
        });
      } else if (binding.kind === 'bound') {
        context.report({
          messageId: 'boundElsewhere',
          data: {
            ...base,
            other: binding.volume.name,
            why:
              binding.via === 'claimRef'
                ? 'it is reserved for the claim too'
                : 'its access-mode set is more specific, and access-mode groups are searched fewest modes first',
          },
          resource: volume,
          path: ['spec', 'claimRef', 'name'],
          related: [
            claimAt,
            { resource: binding.volume, path: ['spec', 'accessModes'], message: `PersistentVolume ${binding.volume.name}` },
          ],
          fix: `volumeName: ${volume.name} on the claim`,
        });
      }
    }
  },
});
