import { claimRefOf } from '../../src/k8s/pv-match.js';
import { ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER } from '../../src/k8s/restore.js';
import { pvObjectOf } from '../../src/model/claim-specs.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

const has = (annotations: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(annotations, key);

export default defineRule({
  id: 'restore-bind-completed',
  severity: 'error',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "A PersistentVolumeClaim carries the binder's own pv.kubernetes.io annotations from an export",
    why: 'The presence of `pv.kubernetes.io/bind-completed` sends a new claim straight down the "already bound" path of the PV controller. If its PV still has a claimRef (always the case for an exported PV: the old uid, or none at all, never equals the new claim\'s uid) the claim goes to phase Lost with a ClaimMisbound event, and Lost is terminal; with an empty volumeName it is Lost at once. `pv.kubernetes.io/bound-by-controller` tells the controller that it made the link itself, so on a conflict it undoes it instead of keeping the user\'s pre-binding.',
    fix: 'Delete the `pv.kubernetes.io/bind-completed` and `pv.kubernetes.io/bound-by-controller` annotations; keep `spec.volumeName` to pre-bind the claim to its restored PV.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/shop
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
  annotations:
    pv.kubernetes.io/bind-completed: "yes" # expect: restore-bind-completed/claimRef@38
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/shop
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'pkg/controller/volume/persistentvolume/pv_controller.go (syncClaim, syncBoundClaim: ClaimLost, ClaimMisbound)',
      'component-helpers storage/volume/pv_helpers.go (AnnBindCompleted, AnnBoundByController)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off only for exported state kept for reference or diffing and never applied; applied, every finding is a claim that goes Lost.',
  },
  messages: {
    claimRef:
      "{claim} has annotation '{annotation}' and PersistentVolume {volume} has a claimRef the new claim's uid cannot match; the controller marks the claim Lost (ClaimMisbound)",
    noVolumeName: "{claim} has annotation '{annotation}' but no spec.volumeName; the controller marks it Lost at once",
    volumeElsewhere:
      "{claim} has annotation '{annotation}' and names PersistentVolume {volume}, which is not in these files; if the live volume still has a claimRef (it does after a restore) the claim goes Lost",
    boundByController:
      "{claim} has annotation '{annotation}' from an export; the controller treats its link to PersistentVolume {volume} as its own and undoes it on a conflict",
  },
  check(context) {
    const { model } = context;
    for (const spec of model.claimSpecs) {
      const annotations = objectOf(objectOf(spec.object.metadata).annotations);
      const bindCompleted = has(annotations, ANN_BIND_COMPLETED);
      if (!bindCompleted && !has(annotations, ANN_BOUND_BY_CONTROLLER)) continue;
      const annotation = bindCompleted ? ANN_BIND_COMPLETED : ANN_BOUND_BY_CONTROLLER;
      const path = [...spec.path, 'metadata', 'annotations', annotation];
      const base = { claim: spec.label, annotation };
      const fix = `remove the annotation${bindCompleted && has(annotations, ANN_BOUND_BY_CONTROLLER) ? 's' : ''} ${[ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER].filter((k) => has(annotations, k)).join(' and ')}`;
      const volumeName = nonEmptyString(objectOf(spec.object.spec).volumeName);
      const pv = volumeName ? model.persistentVolume(volumeName) : undefined;
      const related = pv ? [{ resource: pv, path: ['spec', 'claimRef'], message: `PersistentVolume ${pv.name}` }] : [];
      if (!bindCompleted) {
        context.report({
          messageId: 'boundByController',
          data: { ...base, volume: volumeName ?? '(none)' },
          resource: spec.resource,
          path,
          related,
          fix,
          severity: 'warning',
        });
      } else if (!volumeName) {
        context.report({ messageId: 'noVolumeName', data: base, resource: spec.resource, path, fix });
      } else if (!pv) {
        context.report({
          messageId: 'volumeElsewhere',
          data: { ...base, volume: volumeName },
          resource: spec.resource,
          path,
          fix,
          severity: 'warning',
        });
      } else if (claimRefOf(pvObjectOf(pv))) {
        context.report({ messageId: 'claimRef', data: { ...base, volume: volumeName }, resource: spec.resource, path, related, fix });
      }
    }
  },
});
