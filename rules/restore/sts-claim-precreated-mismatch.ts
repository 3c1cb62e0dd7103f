import { claimDifferences, type ClaimDifference } from '../../src/k8s/claim-compare.js';
import type { Claim } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

function differencePath(claim: Claim, difference: ClaimDifference): JsonPath {
  switch (difference.field) {
    case 'resources.requests.storage':
      return ['spec', 'resources', 'requests', 'storage'];
    case 'storageClassName':
      return claim.storageClass.path;
    default:
      return ['spec', difference.field];
  }
}

export default defineRule({
  id: 'sts-claim-precreated-mismatch',
  severity: 'warning',
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
    sources: [],
    whenNotToUse:
      'Turn it off when pre-created claims differ from the template on purpose, for example a restored replica that keeps a larger volume, and the difference is documented.',
  },
  messages: {
    differs: '{claim} is adopted as is by StatefulSet {statefulSet} for ordinal {ordinal}, but its {differences}',
  },
  check(context) {
    const { model } = context;
    for (const claim of model.claims) {
      const adoption = claim.adoptedBy;
      if (!adoption || !model.isFirstCopy(claim)) continue;
      const { statefulSet, template, templateName, templatePath, ordinal } = adoption;
      const differences = claimDifferences(claim.object, template, model.defaultStorageClassName);
      if (differences.length === 0) continue;
      context.report({
        messageId: 'differs',
        data: {
          claim: `PersistentVolumeClaim ${claim.namespace}/${claim.name}`,
          statefulSet: `${statefulSet.namespace}/${statefulSet.name}`,
          ordinal,
          differences: differences.map((d) => `${d.field} is ${d.have} where template '${templateName}' asks for ${d.want}`).join('; its '),
        },
        resource: claim.resource,
        path: differencePath(claim, differences[0]),
        related: [
          {
            resource: statefulSet.resource,
            path: [...templatePath, 'metadata', 'name'],
            message: `volumeClaimTemplate '${templateName}' of StatefulSet ${statefulSet.namespace}/${statefulSet.name}`,
          },
        ],
        fix: `match the template: ${differences.map((d) => `${d.field}: ${d.value}`).join(', ')}`,
      });
    }
  },
});
