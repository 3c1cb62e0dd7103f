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
import type { Model } from '../../src/model/model.js';
import { distance, isRelated } from '../../src/model/scope.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { describeSelector } from '../../src/k8s/labels.js';
import { asLabelSelector } from '../../src/k8s/pv-match.js';
import { isPlaceholderClassName } from '../../src/k8s/placeholders.js';
import { wellKnownPlatformClass } from '../../src/k8s/platform-classes.js';
import { selectorBlocksProvisioning } from '../../src/k8s/storage-class.js';
import { classMayExist } from '../../src/rule-kit/class-only-by-volumes.js';

type Pending = Extract<Binding, { kind: 'pending' }>;
type Unbindable = Pending & { closest: NonNullable<Pending['closest']>; failure: MatchFailure };

const WHY_STATIC: Record<StaticOnly, (storageClass: string) => string> = {
  'empty-class': () => 'class "" is never provisioned',
  'no-provisioner': (sc) => `class ${classLabel(sc)} has provisioner kubernetes.io/no-provisioner`,
  'no-default': () => 'it has no class and the view has no default StorageClass to provision it',
  'unknown-class': (sc) => `class ${classLabel(sc)} is no StorageClass in the view`,
};

const SELECTOR_REFUSED = 'it has a selector, which provisioners refuse';

/**
 * Why the claim waits for an existing PV. A selector is reason enough whatever its class: it is the
 * reason given when the class alone could be provisioned (no class, or one the cluster may define).
 */
function whyStatic(binding: Pending, selector: boolean): string {
  return selector && (binding.why === 'no-default' || binding.why === 'unknown-class')
    ? SELECTOR_REFUSED
    : WHY_STATIC[binding.why](binding.storageClass);
}

function fixFor(failure: MatchFailure, volume: string, binding: Pending): string | undefined {
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
    case 'selector': {
      // A claim without class gets the cluster's default class, which a classless PV does not have.
      const classless =
        binding.why === 'no-default' ? ', and set storageClassName: "" on the claim so that a default class does not take it' : '';
      return `label PersistentVolume ${volume} so that it satisfies ${failure.unmet.join(', ')}${classless}`;
    }
    default:
      return undefined;
  }
}

/** `an existing PersistentVolume of class "x" that its selector (app=data) picks`. */
function wantedVolume(binding: Pending, selector: string): string {
  const ofClass =
    binding.why === 'no-default' ? '' : binding.storageClass === '' ? ' without class' : ` of class ${classLabel(binding.storageClass)}`;
  return `an existing PersistentVolume${ofClass} that its selector (${selector}) picks`;
}

export default defineRule({
  id: 'pvc-unbindable',
  severity: 'error',
  category: 'binding',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A claim that can only bind an existing PersistentVolume (class "" or no-provisioner, a selector, a class only volumes name) matches none of the PersistentVolumes given',
    why: 'A claim whose class is `""` or names a StorageClass with provisioner `kubernetes.io/no-provisioner` (also when that class is the default given to a claim without class) is never provisioned: it waits, Pending, for a PersistentVolume that passes every binder test (access modes, capacity, volumeMode, selector, class), and so do the pods that use it. The binder compares quantities exactly, so a `10G` volume (10 000 000 000 bytes) does not satisfy a `10Gi` claim (10 737 418 240 bytes). The same holds for a claim with a `selector`, whatever its class: provisioners refuse such claims ("claim Selector is not supported"), so it binds only to a PersistentVolume whose labels the selector picks; and for a class that no StorageClass of the view defines and only PersistentVolumes name (`manual` in many tutorials). The finding names the closest PersistentVolume and the first test it fails, in binder order (for a selector, the labels the volume lacks). It is only reported when the view offers PersistentVolumes to the claim: unreserved ones (for `""` and no-provisioner classes), ones of its class (for a class only volumes name), ones its selector picks or that miss only on the labels (for a claim with a selector), or one reserved for it. A class only volumes name is a warning instead when the cluster may still define a provisioning StorageClass of that name: the configuration assumes it, or it is a platform\'s built-in class (`hostpath`, `standard`) and no `platform:` is set. A claim with a selector that no PersistentVolume in the files answers is a warning too: its volume may exist in the cluster (pass it with `--cluster`). PersistentVolumes outside the files (a local static provisioner\'s, volumes made by hand) can always exist, so a miss is an error only when the files tie the claim to the volume it misses (both in one file or one kustomization, volumeName, or a claimRef naming the claim); otherwise it is a warning that the claim needs a PersistentVolume from outside the files, with how to declare it (`--cluster` with its manifest). Claims the cluster may provision are not judged otherwise: a claim without class while the view has no default StorageClass, and a class the view does not define and no volume names.',
    fix: 'Make the claim and its intended PersistentVolume agree: same class (`""` on both for classless volumes), a capacity at least the request (mind `G` vs `Gi`), the same volumeMode, a PV access-mode set that contains every requested mode, PV labels the selector matches. To tie them explicitly, set `spec.volumeName` on the claim and `spec.claimRef` on the PV. For a class only volumes name, add the StorageClass (`provisioner: kubernetes.io/no-provisioner` for a static-only class) so the intent is written down.',
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
      'kubernetes-csi/external-provisioner pkg/controller/controller.go (Provision: "claim Selector is not supported")',
      'pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)',
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when some of the static PersistentVolumes for these claims are created outside the linted files (better: pass them with `--cluster`): the rule judges claims against the volumes in the files, and a partial set of volumes looks like a complete one. Also when the provisioner of a selector claim honours selectors, as a few out-of-tree ones do.',
  },
  messages: {
    noMatch: '{claim} matches no PersistentVolume and {notProvisioned}: the closest miss is that {reason}{defaulted}{more}{mayExist}',
    needsVolumeOutside:
      '{claim} needs a PersistentVolume from outside the files: it matches none of them and {notProvisioned}; the closest miss is that {reason}{defaulted}{more}{mayExist}',
    noLabelledVolume:
      '{claim} waits for {wanted}, because {notProvisioned}, and the files hold none{more}: it stays Pending unless the cluster has one',
  },
  check(context) {
    const { model } = context;
    const found: { claim: Claim; binding: Unbindable }[] = [];
    const unlabelled: { claim: Claim; binding: Pending; selector: LabelSelector }[] = [];
    for (const claim of model.claims) {
      if (!model.isFirstCopy(claim)) continue;
      const binding = model.binding(claim);
      if (binding.kind !== 'pending') continue;
      if (binding.poolInView && binding.closest && binding.failure && binding.failure.kind !== 'taken') {
        if (servesUnrelatedVolumes(claim, binding)) continue;
        found.push({ claim, binding: binding as Unbindable });
        continue;
      }
      const selector = claimSelector(claim);
      if (selector && !binding.poolInView && judgedWithoutVolumes(model, binding)) unlabelled.push({ claim, binding, selector });
    }
    const tag = ({ binding }: { binding: Unbindable }) => `${binding.failure.kind}\u0000${binding.closest.name}`;
    for (const {
      first: { claim, binding },
      count,
    } of groupByTemplate(found, tag)) {
      const { closest, failure } = binding;
      const paths = failurePaths(failure, claim, closest);
      const selector = claimSelector(claim) !== undefined;
      const mayExist = selector ? undefined : classMayExist(model, binding);
      const fix = fixFor(failure, closest.name, binding);
      // Only a claim the files tie to the volume it misses fails in any cluster; others may get a volume from outside.
      const tied = pairingEvidence(claim, closest) !== undefined;
      context.report({
        messageId: tied ? 'noMatch' : 'needsVolumeOutside',
        data: {
          claim: claimLabel(claim),
          notProvisioned: whyStatic(binding, selector),
          reason: describeFailure(failure, closest.name),
          defaulted: defaultedNote(failure, claim),
          more: moreClaims(count),
          mayExist: mayExist ? `; ${mayExist}` : '',
        },
        resource: claim.resource,
        path: [...claim.path, ...paths.claim],
        related: [{ resource: closest, path: paths.volume, message: `closest PersistentVolume ${closest.name}` }],
        fix: tied
          ? fix
          : `if the cluster has one (a static provisioner's, a volume made by hand), pass its manifest with --cluster${fix ? `; otherwise ${fix}` : ''}`,
        ...(mayExist || !tied ? { severity: 'warning' as const } : {}),
      });
    }
    for (const {
      first: { claim, binding, selector },
      count,
    } of groupByTemplate(unlabelled)) {
      const provisionable = binding.why === 'no-default' || binding.why === 'unknown-class';
      context.report({
        messageId: 'noLabelledVolume',
        data: {
          claim: claimLabel(claim),
          wanted: wantedVolume(binding, describeSelector(selector)),
          notProvisioned: whyStatic(binding, true),
          more: moreClaims(count),
        },
        resource: claim.resource,
        path: [...claim.path, 'spec', 'selector'],
        severity: 'warning',
        fix: `if that PersistentVolume exists in the cluster, pass it with --cluster (kubectl get pv -o yaml > pvs.yaml; kstorelint --cluster pvs.yaml …); otherwise create it${provisionable ? ', or remove spec.selector so that a StorageClass provisions the claim' : ''}`,
      });
    }
  },
});

/**
 * A claim the view serves only through volumes of its class name or its labels (no StorageClass of
 * the view, no reservation) is judged against volumes applied with it: the nearest miss written in
 * an unrelated example of the repository (another chapter, another driver's demo) proves nothing.
 */
function servesUnrelatedVolumes(claim: Claim, binding: Pending): boolean {
  if (binding.why !== 'unknown-class' && binding.why !== 'no-default') return false;
  return !!binding.closest && !isRelated(distance(claim.resource, binding.closest));
}

/** The claim's label selector, when it has one (even `{}`: provisioners refuse it all the same). */
function claimSelector(claim: Claim): LabelSelector | undefined {
  return selectorBlocksProvisioning(claim.object) ? asLabelSelector(claim.object.spec?.selector) : undefined;
}

/**
 * Whether a selector claim without any labelled PV in the view is this rule's to report: a class the
 * view does not define and no PV carries is pvc-storageclass-not-found's, unless the configuration
 * assumes the class or a platform has it built in (that rule is then silent or only a hint).
 */
function judgedWithoutVolumes(model: Model, binding: Pending): boolean {
  if (binding.why !== 'unknown-class') return true;
  const name = binding.storageClass;
  if (isPlaceholderClassName(name)) return false;
  return model.volumesOfClass(name).length > 0 || model.isAssumed('StorageClass', name) || wellKnownPlatformClass(name).length > 0;
}
