import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { bindingModeOf, WAIT_FOR_FIRST_CONSUMER } from '../../src/k8s/storage-class.js';
import type { Resource } from '../../src/load/resource.js';
import { identitiesOf, storageClassObject, type ClaimSpec } from '../../src/model/claim-specs.js';
import type { Model } from '../../src/model/model.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

/** A WFFC class the claim waits on, unless a volumeName or a claimRef pre-binds it (the controller binds those itself). */
function waitingClass(
  model: Model,
  claim: PersistentVolumeClaim,
  names: readonly { namespace: string; name: string }[],
): Resource | undefined {
  if (nonEmptyString(objectOf(claim.spec).volumeName)) return undefined;
  if (names.some(({ namespace, name }) => name !== '' && model.volumesReservedFor(namespace, name).length > 0)) return undefined;
  const storageClass = model.storageClassFor(model.claimClass(claim));
  return storageClass && bindingModeOf(storageClassObject(storageClass)) === WAIT_FOR_FIRST_CONSUMER ? storageClass : undefined;
}

export default defineRule({
  id: 'wffc-pod-nodename',
  severity: 'error',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod with spec.nodeName uses an unbound claim of a WaitForFirstConsumer StorageClass',
    why: 'With `volumeBindingMode: WaitForFirstConsumer`, binding and provisioning wait until the scheduler picks a node for the first pod using the claim. `spec.nodeName` bypasses the scheduler, so nothing ever selects a node for the claim: it stays Pending and the pod waits for its volume forever.',
    fix: 'Replace `nodeName` with a node selector or node affinity (`kubernetes.io/hostname: <node>`), so the scheduler runs and triggers binding; or use an Immediate class or a pre-bound PersistentVolume.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-lvm
provisioner: topolvm.io
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
  namespace: shop
spec:
  storageClassName: local-lvm
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: shop
spec:
  nodeName: worker-3
  containers:
    - name: redis
      image: redis:7
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: cache # expect: wffc-pod-nodename/bypassed@20
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-lvm
provisioner: topolvm.io
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
  namespace: shop
spec:
  storageClassName: local-lvm
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: shop
spec:
  nodeSelector:
    kubernetes.io/hostname: worker-3
  containers:
    - name: redis
      image: redis:7
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: cache
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode',
      'component-helpers storage/volume/pv_helpers.go (IsDelayBindingMode)',
      'pkg/scheduler/framework/plugins/volumebinding/binder.go',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: the claim never binds. Turn it off only when the claim is bound before the pod exists by some means the files do not show, such as a PersistentVolume pre-bound by another tool.',
  },
  messages: {
    bypassed:
      "{workload} sets spec.nodeName '{node}' and uses {claim} of StorageClass {class} (WaitForFirstConsumer); the scheduler is bypassed, so the claim is never bound or provisioned",
  },
  check(context) {
    const { model } = context;
    const report = (workload: Workload, node: string, claim: string, storageClass: Resource, path: JsonPath) =>
      context.report({
        messageId: 'bypassed',
        data: { workload: `${workload.kind} ${workload.namespace}/${workload.name}`, node, claim, class: storageClass.name },
        resource: workload.resource,
        path,
        related: [
          { resource: workload.resource, path: [...workload.specPath, 'nodeName'], message: `nodeName ${node}` },
          { resource: storageClass, path: ['volumeBindingMode'], message: `StorageClass ${storageClass.name}` },
        ],
        fix: `nodeSelector: {kubernetes.io/hostname: ${node}} instead of nodeName`,
      });
    const templatesOf = new Map<Workload, ClaimSpec[]>();
    for (const spec of model.claimSpecs) {
      if (spec.owner) templatesOf.set(spec.owner, [...(templatesOf.get(spec.owner) ?? []), spec]);
    }
    for (const workload of model.workloads) {
      const node = nonEmptyString(workload.spec.nodeName);
      if (!node) continue;
      for (const use of model.volumeClaims(workload)) {
        const claim = use.claims[0]?.claim;
        if (use.naming !== 'claimName' || use.replacedByTemplate || !claim || claim.origin !== 'object') continue;
        const storageClass = waitingClass(model, claim.object, [claim]);
        if (storageClass) report(workload, node, `PersistentVolumeClaim ${claim.namespace}/${claim.name}`, storageClass, use.path);
      }
      for (const spec of templatesOf.get(workload) ?? []) {
        const storageClass = waitingClass(model, spec.object, identitiesOf(spec));
        if (storageClass)
          report(
            workload,
            node,
            spec.origin === 'statefulset' ? `its volumeClaimTemplate '${spec.name}'` : `the ephemeral volume '${spec.name}'`,
            storageClass,
            spec.path,
          );
      }
    }
  },
});
