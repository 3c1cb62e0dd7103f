import { prebindFailure, type MatchFailure } from '../../src/k8s/pv-match.js';
import type { Resource } from '../../src/load/resource.js';
import {
  claimLabel,
  classLabel,
  defaultedNote,
  describeFailure,
  failurePaths,
  groupByTemplate,
  moreClaims,
} from '../../src/model/binding-text.js';
import { pvObject } from '../../src/model/binding.js';
import type { Claim } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';

interface Mismatch {
  claim: Claim;
  volume: Resource;
  failure: MatchFailure;
  mutual: boolean;
}

function fixFor(failure: MatchFailure): string | undefined {
  switch (failure.kind) {
    case 'capacity':
      return failure.have ? `storage: ${failure.have.text} (or grow the PersistentVolume to ${failure.want.text})` : undefined;
    case 'class':
      return `storageClassName: ${classLabel(failure.have)}`;
    case 'volumeMode':
      return `volumeMode: ${failure.have}`;
    case 'accessModes':
      return `accessModes: [${failure.have.join(', ')}]`;
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'pvc-volumename-mismatch',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "A claim names in volumeName a PersistentVolume that fails the binder's capacity, class, volumeMode or access-mode check",
    why: 'For a claim with `volumeName` and a PersistentVolume without `claimRef`, the controller runs `checkVolumeSatisfyClaim`: the PV must hold at least the requested bytes, have the same class (a claim without class gets the default StorageClass at creation, which a classless PV does not have), the same volumeMode, and offer every requested access mode. Otherwise the claim gets `VolumeMismatch` ("Cannot bind to requested volume") and stays Pending. The label selector and node affinity are not checked for volumeName. When the PV\'s `claimRef` names the claim too, the pair binds without these checks: the claim then silently gets a smaller volume or one of the wrong mode (reported as a warning).',
    fix: 'Make the claim agree with the PersistentVolume: request at most its capacity, use its class (`storageClassName: ""` for a classless PV), its volumeMode, and a subset of its access modes.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
spec:
  storageClassName: ""
  volumeName: archive-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi # expect: pvc-volumename-mismatch/mismatch@16
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/archive
  claimRef:
    namespace: default
    name: archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
spec:
  storageClassName: ""
  volumeName: archive-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10G
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, checkVolumeSatisfyClaim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: the claim stays Pending in any cluster. Lower it only when the PersistentVolumes in the files are stand-ins for cluster volumes of another size or class.',
  },
  messages: {
    mismatch:
      '{claim} cannot bind PersistentVolume {volume} named in its volumeName: {reason}{defaulted}; it stays Pending with VolumeMismatch (selector and node affinity are not checked for volumeName){more}',
    mutual:
      '{claim} and PersistentVolume {volume} name each other, so they bind without the volumeName checks and the claim gets a volume that does not fit: {reason}{defaulted}{more}',
  },
  check(context) {
    const { model } = context;
    const found: Mismatch[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (
        binding.kind === 'prebind-failed' &&
        binding.volume &&
        binding.failure &&
        binding.failure.kind !== 'reserved' &&
        binding.failure.kind !== 'taken'
      ) {
        found.push({ claim, volume: binding.volume, failure: binding.failure, mutual: false });
      } else if (binding.kind === 'bound' && binding.via === 'volumeName') {
        const failure = prebindFailure(pvObject(binding.volume), claim.object, model.provisioning(claim).storageClass);
        if (failure) found.push({ claim, volume: binding.volume, failure, mutual: true });
      }
    }
    for (const {
      first: { claim, volume, failure, mutual },
      count,
    } of groupByTemplate(found, (m) => `${m.mutual}\u0000${m.volume.name}\u0000${m.failure.kind}`)) {
      const paths = failurePaths(failure, claim, volume);
      const defaulted = defaultedNote(failure, claim);
      context.report({
        messageId: mutual ? 'mutual' : 'mismatch',
        data: {
          claim: claimLabel(claim),
          volume: volume.name,
          reason: describeFailure(failure, volume.name),
          defaulted,
          more: moreClaims(count),
        },
        resource: claim.resource,
        path: [...claim.path, ...paths.claim],
        related: [{ resource: volume, path: paths.volume, message: `PersistentVolume ${volume.name}` }],
        fix: fixFor(failure),
        ...(mutual ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
