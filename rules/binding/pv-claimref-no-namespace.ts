import { claimLabel } from '../../src/model/binding-text.js';
import type { Claim } from '../../src/model/claims.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'pv-claimref-no-namespace',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "A PersistentVolume's claimRef names a claim without its namespace",
    why: 'A PersistentVolume is cluster-scoped, so nothing defaults `claimRef.namespace`: the volume is reserved for a claim in namespace "", which cannot exist. It stays Available but no claim can ever bind it (`IsVolumeBoundToClaim` compares name and namespace), and a claim naming it in `volumeName` gets "already bound to a different claim".',
    fix: 'Add `namespace:` to `claimRef`, the namespace of the claim that should get the volume.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: media-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/media
  claimRef: # expect: pv-claimref-no-namespace/noNamespace@3
    name: media
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: media-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/media
  claimRef:
    namespace: default
    name: media
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: media
  namespace: default
spec:
  storageClassName: ""
  volumeName: media-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,
    },
    references: [
      'component-helpers storage/volume/pv_helpers.go (IsVolumeBoundToClaim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: no claim can ever bind a volume reserved without a namespace. A volume parked on purpose so that nothing binds it is better expressed with a full claimRef to a claim that will not be created.',
  },
  messages: {
    noNamespace:
      "PersistentVolume {volume} reserves itself for claim '{claim}' without a namespace; claimRef.namespace is never defaulted, so no claim can bind it{hint}",
  },
  check(context) {
    const { model } = context;
    const claimsByName = new Map<string, Claim[]>();
    for (const claim of model.claims) {
      const list = claimsByName.get(claim.name);
      if (list) list.push(claim);
      else claimsByName.set(claim.name, [claim]);
    }
    for (const volume of model.persistentVolumes) {
      const claimRef = objectOf(objectOf(volume.object.spec).claimRef);
      const name = nonEmptyString(claimRef.name);
      if (!name || nonEmptyString(claimRef.namespace)) continue;
      const candidates = claimsByName.get(name) ?? [];
      const namespaces = [...new Set(candidates.map((claim) => claim.namespace))];
      context.report({
        messageId: 'noNamespace',
        data: {
          volume: volume.name,
          claim: name,
          hint: namespaces.length > 0 ? ` (a claim of that name is in namespace '${namespaces.join("', '")}')` : '',
        },
        resource: volume,
        path: ['spec', 'claimRef'],
        related: candidates.map((claim) => ({
          resource: claim.resource,
          path: [...claim.path, 'metadata', 'name'],
          message: claimLabel(claim),
        })),
        fix: `namespace: ${namespaces.length === 1 ? namespaces[0] : '<namespace of the claim>'}`,
      });
    }
  },
});
