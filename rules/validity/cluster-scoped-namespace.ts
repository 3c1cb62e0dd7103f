import { describe, isClusterScoped } from '../../src/load/resource.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'cluster-scoped-namespace',
  severity: 'info',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A cluster-scoped object (PersistentVolume, StorageClass, …) sets metadata.namespace',
    why: 'PersistentVolumes, StorageClasses, Namespaces, CSIDrivers, VolumeSnapshotContents and other cluster-scoped objects belong to no namespace. The API server silently clears the field on create (`EnsureObjectNamespaceMatchesRequestNamespace`: "cluster-scoped, clear namespace"), so the object works, but the field suggests a scoping that does not exist: a PV in "namespace shop" is visible to claims of every namespace, and its `claimRef.namespace` is never taken from it.',
    fix: 'Delete `metadata.namespace` from cluster-scoped objects. To reserve a PersistentVolume for a claim of one namespace, set `spec.claimRef: {namespace, name}`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-data
  namespace: shop # expect: cluster-scoped-namespace/namespaced@14
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  hostPath:
    path: /srv/shop
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-data
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  hostPath:
    path: /srv/shop
`,
    },
    references: [
      'staging/src/k8s.io/apiserver/pkg/registry/rest/create.go (BeforeCreate, EnsureObjectNamespaceMatchesRequestNamespace)',
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#not-all-objects-are-in-a-namespace',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when a tool you do not control stamps a namespace on every object it renders; the API server clears the field, so the object works as intended and the finding is only about readability.',
  },
  messages: {
    namespaced:
      "{object} is cluster-scoped, but sets metadata.namespace '{namespace}'; the API server drops it, the object belongs to no namespace",
  },
  check(context) {
    for (const resource of context.model.resources) {
      if (!isClusterScoped(resource.kind)) continue;
      const namespace = nonEmptyString(objectOf(resource.object.metadata).namespace);
      if (!namespace) continue;
      context.report({
        messageId: 'namespaced',
        data: { object: describe({ ...resource, namespace: undefined }), namespace },
        resource,
        path: ['metadata', 'namespace'],
        fix: 'delete metadata.namespace',
      });
    }
  },
});
