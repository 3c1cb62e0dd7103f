import type { StaticOnly } from '../../src/k8s/binder.js';
import type { MatchFailure } from '../../src/k8s/pv-match.js';
import {
  claimLabel,
  classLabel,
  defaultedNote,
  describeFailure,
  failurePaths,
  groupByTemplate,
  moreClaims,
} from '../../src/model/binding-text.js';
import { type Binding } from '../../src/model/binding.js';
import type { Claim } from '../../src/model/claims.js';
import { pairingEvidence } from '../../src/model/pairing.js';
import { defineRule } from '../../src/rule.js';

type Unbindable = Extract<Binding, { kind: 'pending' }> & {
  closest: NonNullable<Extract<Binding, { kind: 'pending' }>['closest']>;
  failure: MatchFailure;
};

const WHY_STATIC: Record<StaticOnly, (storageClass: string) => string> = {
  'empty-class': () => 'class "" is never provisioned',
  'no-provisioner': (sc) => `class ${classLabel(sc)} has provisioner kubernetes.io/no-provisioner`,
  'no-default': () => 'it has no class and the view has no default StorageClass to provision it',
  'unknown-class': (sc) => `class ${classLabel(sc)} is no StorageClass in the view`,
};

function fixFor(failure: MatchFailure, volume: string): string | undefined {
  switch (failure.kind) {
    case 'capacity':
      return failure.have
        ? `request at most ${failure.have.text}, or give PersistentVolume ${volume} at least ${failure.want.text}`
        : undefined;
    case 'volumeMode':
      return `volumeMode: ${failure.have}`;
    case 'class':
      return `storageClassName: ${classLabel(failure.have)}`;
    case 'accessModes':
      return `accessModes: [${failure.have.join(', ')}]`;
    case 'selector':
      return `make the selector match the labels of PersistentVolume ${volume}`;
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'pvc-unbindable',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim that can only bind an existing PersistentVolume matches none of the PersistentVolumes given',
    why: 'A claim whose class is `""` or names a StorageClass with provisioner `kubernetes.io/no-provisioner` (also when that class is the default given to a claim without class) is never provisioned: it waits, Pending, for a PersistentVolume that passes every binder test (access modes, capacity, volumeMode, selector, class), and so do the pods that use it. The binder compares quantities exactly, so a `10G` volume (10 000 000 000 bytes) does not satisfy a `10Gi` claim (10 737 418 240 bytes). The finding names the closest PersistentVolume and the first test it fails, in binder order. It is only reported when the view offers PersistentVolumes (not reserved for other claims) or one is reserved for the claim. Claims the cluster may provision are not judged: a claim without class while the view has no default StorageClass, and a class the view does not define (add the StorageClass, e.g. with `provisioner: kubernetes.io/no-provisioner` for a static-only class like `manual`, to have them judged). PersistentVolumes outside the files (a local static provisioner\'s, volumes made by hand) can always exist, so a miss is an error only when the files tie the claim to the volume it misses (both in one file or one kustomization, or a claimRef naming the claim); otherwise it is a warning that the claim needs a PersistentVolume from outside the files, with how to declare it (`--cluster` with its manifest).',
    fix: 'Make the claim and its intended PersistentVolume agree: same class (`""` on both for classless volumes), a capacity at least the request (mind `G` vs `Gi`), the same volumeMode, a PV access-mode set that contains every requested mode, PV labels the selector matches. To tie them explicitly, set `spec.volumeName` on the claim and `spec.claimRef` on the PV.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: data-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi # expect: pvc-unbindable/noMatch@16
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: data-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)',
      'pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)',
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when some of the static PersistentVolumes for these claims are created outside the linted files and the volumes in the files are written beside the claims, so that a partial set looks like a complete one; passing `kubectl get pv -o yaml` with `--cluster` is the better fix.',
  },
  messages: {
    noMatch: '{claim} matches no PersistentVolume and {notProvisioned}: the closest miss is that {reason}{defaulted}{more}',
    needsVolumeOutside:
      '{claim} needs a PersistentVolume from outside the files: it matches none of them and {notProvisioned}; the closest miss is that {reason}{defaulted}{more}',
  },
  check(context) {
    const { model } = context;
    const found: { claim: Claim; binding: Unbindable }[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind !== 'pending' || !binding.poolInView || !binding.closest || !binding.failure || binding.failure.kind === 'taken')
        continue;
      found.push({ claim, binding: binding as Unbindable });
    }
    const tag = ({ binding }: { binding: Unbindable }) => `${binding.failure.kind}\u0000${binding.closest.name}`;
    for (const {
      first: { claim, binding },
      count,
    } of groupByTemplate(found, tag)) {
      const { closest, failure } = binding;
      const paths = failurePaths(failure, claim, closest);
      const data = {
        claim: claimLabel(claim),
        notProvisioned: WHY_STATIC[binding.why](binding.storageClass),
        reason: describeFailure(failure, closest.name),
        defaulted: defaultedNote(failure, claim),
        more: moreClaims(count),
      };
      const at = {
        resource: claim.resource,
        path: [...claim.path, ...paths.claim],
        related: [{ resource: closest, path: paths.volume, message: `closest PersistentVolume ${closest.name}` }],
      };
      const fix = fixFor(failure, closest.name);
      if (pairingEvidence(claim, closest)) context.report({ messageId: 'noMatch', data, ...at, fix });
      else
        context.report({
          messageId: 'needsVolumeOutside',
          data,
          ...at,
          fix: `if the cluster has one (a static provisioner's, a volume made by hand), pass its manifest with --cluster${fix ? `; otherwise ${fix}` : ''}`,
          severity: 'warning',
        });
    }
  },
});
