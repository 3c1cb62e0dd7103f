import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/engine.js';
import { activeFindings } from '../src/findings.js';

const manifests = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: restored
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-from-backup
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: reserved
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath: {path: /data/reserved}
  claimRef: {namespace: shop, name: created-later}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db-headless
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - name: db
          image: postgres:16
          envFrom: [{secretRef: {name: db-creds}}]
          volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}, {name: restored, mountPath: /restore}]
      volumes:
        - {name: data, persistentVolumeClaim: {claimName: data}}
        - {name: restored, persistentVolumeClaim: {claimName: restored}}
`;

const run = (assume: string[]) =>
  activeFindings(lint([{ file: 'm.yaml', text: manifests }], { rules, namespace: 'default', kubeVersion: '1.35', assume }).findings)
    .map((f) => f.ruleId)
    .filter((id) =>
      [
        'pvc-storageclass-not-found',
        'pvc-volumename-not-found',
        'pv-claimref-claim-not-found',
        'sts-service-not-found',
        'configmap-or-secret-not-found',
      ].includes(id),
    )
    .sort();

describe('objects assumed to exist in the cluster (config: assume)', () => {
  it('are reported missing without the declaration', () => {
    expect(run([])).toEqual([
      'configmap-or-secret-not-found',
      'pv-claimref-claim-not-found',
      'pvc-storageclass-not-found',
      'pvc-volumename-not-found',
      'sts-service-not-found',
    ]);
  });

  it('satisfy every "not found" rule once declared, with wildcards', () => {
    expect(
      run([
        'StorageClass/fast',
        'PersistentVolume/pv-from-*',
        'PersistentVolumeClaim/shop/created-later',
        'Service/*/*-headless',
        'Secret/shop/db-creds',
      ]),
    ).toEqual([]);
  });
});
