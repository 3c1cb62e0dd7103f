// Generates realistic manifest sets with real cross-references: N resources as one file and as many files.
// Usage: node bench/generate.mjs <outDir> <count...>   (e.g. 1000 10000 100000)
// Each "app" is 7 objects: StorageClass (every 10th app), ConfigMap, Secret-less Deployment on a PVC
// (Recreate), a StatefulSet with a headless Service and volumeClaimTemplates, a PV pre-bound to a
// PVC, and that PVC; a few deliberate mistakes (missing claim, unknown class) keep the rules busy.
import fs from 'node:fs';
import path from 'node:path';

const [outDir, ...counts] = process.argv.slice(2);
if (!outDir || counts.length === 0) {
  console.error('usage: node bench/generate.mjs <outDir> <count...>');
  process.exit(2);
}

function app(i) {
  const ns = `team-${i % 20}`;
  const cls = `class-${Math.floor(i / 10) % 50}`;
  const docs = [];
  if (i % 10 === 0)
    docs.push(`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ${cls}
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
`);
  docs.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: app-${i}-config
  namespace: ${ns}
data:
  app.properties: |
    mode=production
    index=${i}
`);
  docs.push(`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: app-${i}-data
  namespace: ${ns}
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: ${i % 97 === 5 ? 'no-such-class' : cls}
  resources:
    requests:
      storage: ${1 + (i % 50)}Gi
`);
  docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ${ns}
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}}
    spec:
      containers:
      - name: main
        image: registry.example.com/app:${i % 7}
        volumeMounts:
        - {name: data, mountPath: /data}
        - {name: config, mountPath: /etc/app, readOnly: true}
      volumes:
      - name: data
        persistentVolumeClaim:
          claimName: ${i % 89 === 3 ? `app-${i}-missing` : `app-${i}-data`}
      - name: config
        configMap:
          name: app-${i}-config
`);
  docs.push(`apiVersion: v1
kind: Service
metadata:
  name: db-${i}
  namespace: ${ns}
spec:
  clusterIP: None
  selector: {app: db-${i}}
  ports:
  - {port: 5432, name: pg}
`);
  docs.push(`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-${i}
  namespace: ${ns}
spec:
  serviceName: db-${i}
  replicas: 1
  selector:
    matchLabels: {app: db-${i}}
  template:
    metadata:
      labels: {app: db-${i}}
    spec:
      containers:
      - name: pg
        image: postgres:16
        volumeMounts:
        - {name: pgdata, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
  - metadata:
      name: pgdata
    spec:
      accessModes: [ReadWriteOnce]
      storageClassName: ${cls}
      resources:
        requests:
          storage: 10Gi
`);
  docs.push(`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-${i}
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  claimRef:
    namespace: ${ns}
    name: static-${i}
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-${i}
`);
  docs.push(`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: static-${i}
  namespace: ${ns}
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  volumeName: pv-${i}
  resources:
    requests:
      storage: 5Gi
`);
  return docs;
}

for (const raw of counts) {
  const target = Number(raw);
  const docs = [];
  for (let i = 0; docs.length < target; i++) docs.push(...app(i));
  docs.length = target;
  const label = target >= 1000 ? `${target / 1000}k` : String(target);
  const single = path.join(outDir, `gen-${label}-single`);
  const many = path.join(outDir, `gen-${label}-many`);
  fs.rmSync(single, { recursive: true, force: true });
  fs.rmSync(many, { recursive: true, force: true });
  fs.mkdirSync(single, { recursive: true });
  fs.writeFileSync(path.join(single, 'all.yaml'), docs.join('---\n'));
  // Many files: 25 objects per file, 100 files per folder, as a repository of apps would hold them.
  for (let f = 0; f * 25 < docs.length; f++) {
    const dir = path.join(many, `dir-${Math.floor(f / 100)}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `part-${f}.yaml`), docs.slice(f * 25, f * 25 + 25).join('---\n'));
  }
  console.log(`${label}: ${docs.length} resources -> ${single}, ${many}`);
}
