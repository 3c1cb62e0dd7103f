import { describe, expect, it } from 'vitest';
import { fittingVolume, identitiesOf, reservedVolume } from '../../src/model/claim-specs.js';
import { lintTexts } from '../helpers.js';

const view = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: std
  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
provisioner: x.io/y
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: free}
spec: {capacity: {storage: 2Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /a}}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: kept}
spec: {storageClassName: other, capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /b}, claimRef: {namespace: ns, name: data-db-1}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: a
  namespace: ns
  annotations: {volume.beta.kubernetes.io/storage-class: ""}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: ns}
spec:
  replicas: 2
  template:
    spec:
      containers: [{name: c, image: i}]
      volumes: [{name: tmp, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}}}]
  volumeClaimTemplates:
    - metadata: {name: data}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

describe('claimSpecs', () => {
  const { model } = lintTexts({ 'v.yaml': view });
  const specs = model.claimSpecs;

  it('lists each written spec once, with the claims it yields', () => {
    expect(specs.map((s) => [s.origin, s.name, s.claims.length])).toEqual([
      ['object', 'a', 1],
      ['statefulset', 'data', 2],
      ['ephemeral', 'tmp', 2],
    ]);
    expect(identitiesOf(specs[1]).map((i) => i.name)).toEqual(['data-db-0', 'data-db-1']);
    expect(model.claimSpecs).toBe(specs);
  });

  it('resolves the class through annotation, field and default', () => {
    expect(specs[0].storageClass).toMatchObject({ declared: '', effective: '', source: 'annotation' });
    expect(specs[0].storageClass.path).toEqual(['metadata', 'annotations', 'volume.beta.kubernetes.io/storage-class']);
    expect(specs[1].storageClass).toMatchObject({ declared: undefined, effective: 'std', source: 'default' });
    expect(model.storageClassFor(specs[1].storageClass)?.name).toBe('std');
  });

  it('finds fitting and reserved volumes', () => {
    expect(fittingVolume(model, specs[0], '')?.name).toBe('free');
    expect(fittingVolume(model, specs[1], 'std')).toBeUndefined();
    expect(reservedVolume(model, specs[1])?.name).toBe('kept');
    expect(reservedVolume(model, specs[2])).toBeUndefined();
  });
});
