import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { claimDifferences, type ClaimDifference } from '../../src/k8s/claim-compare.js';
import { claimClassSource } from '../../src/k8s/storage-class.js';
import { MAX_ORDINALS, startOrdinal, statefulSetClaimName } from '../../src/model/claims.js';
import { indexedObjectsOf, nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

function differencePath(claim: PersistentVolumeClaim, difference: ClaimDifference): JsonPath {
  switch (difference.field) {
    case 'resources.requests.storage':
      return ['spec', 'resources', 'requests', 'storage'];
    case 'storageClassName':
      return claimClassSource(claim) === 'annotation'
        ? ['metadata', 'annotations', 'volume.beta.kubernetes.io/storage-class']
        : ['spec', 'storageClassName'];
    default:
      return ['spec', difference.field];
  }
}

export default defineRule({
  id: 'sts-claim-precreated-mismatch',
  severity: 'error',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pre-created claim named like a StatefulSet claim differs from the volumeClaimTemplate that would have created it',
    why: 'For each ordinal the StatefulSet controller looks for the claim `<template>-<statefulset>-<ordinal>` and, if it exists, uses it as is: size, class, access modes and volumeMode are never compared. A pre-seeded claim (a restore, a migration) that is smaller or of another class or mode silently wins over the template, and the pod runs on storage the StatefulSet does not describe; the spec of an existing claim cannot be changed afterwards except to grow it.',
    fix: "Make the pre-created claim match the template (same class, access modes and volumeMode, at least the template's size), or change the template to describe the storage you restore.",
    examples: {
      bad: {
        'statefulset.yaml': `apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: None
  selector: {app: db}
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 50Gi
`,
        'restored-claims.yaml': `apiVersion: v1
kind: PersistentVolume
metadata:
  name: restored-db-0
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/db-0
  claimRef:
    namespace: shop
    name: data-db-0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-db-0
  namespace: shop
spec:
  storageClassName: ""
  volumeName: restored-db-0
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi # expect: sts-claim-precreated-mismatch/differs@16
`,
      },
      good: {
        'statefulset.yaml': `apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: None
  selector: {app: db}
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 50Gi
`,
        'restored-claims.yaml': `apiVersion: v1
kind: PersistentVolume
metadata:
  name: restored-db-0
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/db-0
  claimRef:
    namespace: shop
    name: data-db-0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-db-0
  namespace: shop
spec:
  storageClassName: ""
  volumeName: restored-db-0
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
`,
      },
    },
    references: [
      'pkg/controller/statefulset/stateful_pod_control.go (createPersistentVolumeClaims: an existing claim is used as is)',
      'pkg/controller/statefulset/stateful_set_utils.go (getPersistentVolumeClaimName)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    ],
  },
  messages: {
    differs: '{claim} is adopted as is by StatefulSet {statefulSet} for ordinal {ordinal}, but its {differences}',
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      if (workload.kind !== 'StatefulSet') continue;
      const sts = workload.resource.object as unknown as StatefulSet;
      const first = startOrdinal(sts);
      const count = Math.min(Math.max(workload.replicas, 0), MAX_ORDINALS);
      for (const [template, index] of indexedObjectsOf<PersistentVolumeClaim>(objectOf(sts.spec).volumeClaimTemplates)) {
        const templateName = nonEmptyString(objectOf(template.metadata).name);
        if (!templateName) continue;
        for (let ordinal = first; ordinal < first + count; ordinal++) {
          const name = statefulSetClaimName(templateName, workload.name, ordinal);
          const existing = model.claimsNamed(workload.namespace, name).find((c) => c.origin === 'object');
          if (!existing) continue;
          const differences = claimDifferences(existing.object, template, model.defaultStorageClassName);
          if (differences.length === 0) continue;
          const text = differences.map((d) => `${d.field} is ${d.have} where template '${templateName}' asks for ${d.want}`).join('; its ');
          const fix = differences.map((d) => `${d.field}: ${d.want.replace(/ \(.*\)$/, '').replace(/^'(.*)'$/, '$1')}`).join(', ');
          context.report({
            messageId: 'differs',
            data: {
              claim: `PersistentVolumeClaim ${existing.namespace}/${existing.name}`,
              statefulSet: `${workload.namespace}/${workload.name}`,
              ordinal,
              differences: text,
            },
            resource: existing.resource,
            path: differencePath(existing.object, differences[0]),
            related: [
              {
                resource: workload.resource,
                path: ['spec', 'volumeClaimTemplates', index, 'metadata', 'name'],
                message: `volumeClaimTemplate '${templateName}' of StatefulSet ${workload.namespace}/${workload.name}`,
              },
            ],
            fix: `match the template: ${fix}`,
          });
        }
      }
    }
  },
});
