import { BETA_CLASS_ANNOTATION } from '../../src/k8s/storage-class.js';
import type { Resource } from '../../src/load/resource.js';
import { describe } from '../../src/load/resource.js';
import { objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const shown = (name: string) => (name === '' ? '""' : `'${name}'`);

interface Annotated {
  resource: Resource;
  path: JsonPath;
  object: unknown;
  label: string;
}

export default defineRule({
  id: 'storageclass-beta-annotation',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume or claim sets its class with the deprecated volume.beta.kubernetes.io/storage-class annotation',
    why: 'The annotation has been deprecated since Kubernetes 1.8 and the API server warns about it, yet it still wins over `spec.storageClassName` on both PVs and claims. When the two disagree, the binder and the provisioner silently use the annotation, not the field you read.',
    fix: 'Move the value to `spec.storageClassName` and delete the annotation.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: slow
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
parameters:
  type: sc1
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
  annotations:
    volume.beta.kubernetes.io/storage-class: slow # expect: storageclass-beta-annotation/conflict@46
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass, GetPersistentVolumeClass)',
      'pkg/api/persistentvolumeclaim/util.go, pkg/api/persistentvolume/util.go (deprecation warnings)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'warning: deprecated since v1.8; use "storageClassName" attribute instead',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolume/util.go',
      },
    ],
    whenNotToUse:
      'Turn it off only for manifests that must still apply to clusters older than 1.6, which predate `storageClassName`; every newer cluster reads the field.',
  },
  messages: {
    deprecated:
      "{object} sets its class {class} with annotation '{annotation}', deprecated since Kubernetes 1.8; use spec.storageClassName",
    conflict:
      "{object} has annotation '{annotation}' = {class} and spec.storageClassName {field}; the annotation wins, so the class is {class}, not {field}",
  },
  check(context) {
    const { model } = context;
    const annotated: Annotated[] = [
      ...model.persistentVolumes.map((pv) => ({ resource: pv, path: [], object: pv.object, label: describe(pv) })),
      ...model.claimSpecs.map((spec) => ({ resource: spec.resource, path: spec.path, object: spec.object, label: spec.label })),
    ];
    for (const { resource, path, object, label } of annotated) {
      const annotations = objectOf(objectOf(objectOf(object).metadata).annotations);
      if (!Object.prototype.hasOwnProperty.call(annotations, BETA_CLASS_ANNOTATION)) continue;
      const value = annotations[BETA_CLASS_ANNOTATION];
      const className = value === null || value === undefined ? '' : String(value);
      const field = objectOf(objectOf(object).spec).storageClassName;
      const at = [...path, 'metadata', 'annotations', BETA_CLASS_ANNOTATION];
      const base = { object: label, annotation: BETA_CLASS_ANNOTATION, class: shown(className) };
      if (typeof field === 'string' && field !== className) {
        context.report({
          messageId: 'conflict',
          data: { ...base, field: shown(field) },
          resource,
          path: at,
          fix: `keep one: delete the annotation (class '${field}'), or set storageClassName: ${className === '' ? '""' : className}`,
          severity: 'error',
        });
      } else {
        context.report({
          messageId: 'deprecated',
          data: base,
          resource,
          path: at,
          fix: `storageClassName: ${className === '' ? '""' : className}`,
        });
      }
    }
  },
});
