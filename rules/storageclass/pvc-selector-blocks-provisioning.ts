import { isDynamicClass, selectorBlocksProvisioning } from '../../src/k8s/storage-class.js';
import { staticMatchFailures } from '../../src/k8s/pv-match.js';
import type { Resource } from '../../src/load/resource.js';
import {
  fittingVolume,
  identitiesOf,
  pvObjectOf,
  reservedVolume,
  storageClassObject,
  type ClaimSpec,
} from '../../src/model/claim-specs.js';
import type { Model } from '../../src/model/model.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

/**
 * A PV of the claim's class that fails the claim (any of its identities) on the selector alone: the
 * volume the claim was evidently written for, short of its labels.
 */
function unlabelledVolume(model: Model, spec: ClaimSpec, className: string): { volume: Resource; unmet: string[] } | undefined {
  for (const volume of model.volumesOfClass(className)) {
    for (const identity of identitiesOf(spec)) {
      const failures = staticMatchFailures(pvObjectOf(volume), spec.object, identity, className);
      if (failures.length === 1 && failures[0].kind === 'selector') return { volume, unmet: failures[0].unmet };
    }
  }
  return undefined;
}

export default defineRule({
  id: 'pvc-selector-blocks-provisioning',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A claim with a label selector relies on a provisioning StorageClass, and no PersistentVolume matches the selector',
    why: 'A selector only filters existing PersistentVolumes. When none matches, the claim falls through to dynamic provisioning, and the CSI external-provisioner (like most provisioners) refuses any claim with a selector: "claim Selector is not supported". The claim stays Pending. Even `selector: {}` blocks provisioning, because only its presence is checked. When a PersistentVolume of the class fits the claim in everything but the labels, the claim was evidently written for it: that is an error naming the labels it lacks. (Claims of classes nothing in the view provisions are pvc-unbindable\'s.)',
    fix: 'Remove `spec.selector` to let the class provision a volume, or create the PersistentVolumes the selector is meant to pick (with the claim\'s class) and use `storageClassName: ""` or a no-provisioner class for them.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: gp3
  selector: # expect: pvc-selector-blocks-provisioning/blocked@3
    matchLabels:
      tier: gold
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'kubernetes-csi/external-provisioner pkg/controller/controller.go (Provision: "claim Selector is not supported")',
      'sigs.k8s.io/sig-storage-lib-external-provisioner controller.go',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#selector',
    ],
    sources: [],
    whenNotToUse:
      "Turn it off when the claims' provisioner honours selectors (some in-house and out-of-tree provisioners do), or when the PersistentVolumes the selector picks are created outside the linted files.",
  },
  messages: {
    labelsMissing:
      "{claim} has a selector, so StorageClass '{class}' cannot provision it, and PersistentVolume {volume} fits it in everything but the labels: it lacks {unmet}",
    blocked:
      "{claim} has a selector and no PersistentVolume of class '{class}' matches it, so StorageClass {class} ('{provisioner}') must provision it and refuses: claim Selector is not supported",
  },
  check(context) {
    const { model } = context;
    for (const spec of model.claimSpecs) {
      if (!selectorBlocksProvisioning(spec.object) || nonEmptyString(objectOf(spec.object.spec).volumeName)) continue;
      const { effective } = spec.storageClass;
      const storageClass = model.storageClassFor(spec.storageClass);
      if (!storageClass || !isDynamicClass(storageClassObject(storageClass))) continue;
      if (fittingVolume(model, spec, effective) || reservedVolume(model, spec)) continue;
      const nearMiss = unlabelledVolume(model, spec, effective);
      if (nearMiss) {
        context.report({
          messageId: 'labelsMissing',
          data: { claim: spec.label, class: effective, volume: nearMiss.volume.name, unmet: nearMiss.unmet.join(', ') },
          resource: spec.resource,
          path: [...spec.path, 'spec', 'selector'],
          severity: 'error',
          related: [{ resource: nearMiss.volume, path: ['metadata', 'labels'], message: `PersistentVolume ${nearMiss.volume.name}` }],
          fix: `label PersistentVolume ${nearMiss.volume.name} so that it satisfies ${nearMiss.unmet.join(', ')}, or remove spec.selector`,
        });
        continue;
      }
      context.report({
        messageId: 'blocked',
        data: { claim: spec.label, class: effective, provisioner: String(storageClassObject(storageClass).provisioner) },
        resource: spec.resource,
        path: [...spec.path, 'spec', 'selector'],
        related: [{ resource: storageClass, path: ['provisioner'], message: `StorageClass ${storageClass.name}` }],
        fix: 'remove spec.selector',
      });
    }
  },
});
