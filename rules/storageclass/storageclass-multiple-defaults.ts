import { defaultClassAnnotations } from '../../src/k8s/storage-class.js';
import { storageClassObject } from '../../src/model/claim-specs.js';
import type { Resource } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';

/** GetDefaultClass picks the newest default since 1.26; older admission rejected the claim. */
const picksNewest = (kubeVersion: string) => Number(kubeVersion.split('.')[1] ?? '0') >= 26;

function defaultAnnotationPath(sc: Resource) {
  const entry = defaultClassAnnotations(storageClassObject(sc)).find((a) => a.value === 'true');
  return ['metadata', 'annotations', entry?.key ?? ''];
}

export default defineRule({
  id: 'storageclass-multiple-defaults',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'More than one StorageClass is marked as the default',
    why: 'Claims without `storageClassName` get the default class at creation. With several defaults, Kubernetes 1.26 and later pick the most recently created one (ties by name), which manifests cannot tell: the class claims end up with depends on the order objects were created in. Before 1.26 the admission plugin rejected such claims outright ("N default StorageClasses were found").',
    fix: 'Keep `storageclass.kubernetes.io/is-default-class: "true"` on exactly one StorageClass; remove it (or set it to "false") on the others.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true" # expect: storageclass-multiple-defaults/several@50
provisioner: ebs.csi.aws.com
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
  annotations:
    storageclass.kubernetes.io/is-default-class: "true" # expect: storageclass-multiple-defaults/several@50
provisioner: ebs.csi.aws.com
parameters:
  type: io2
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
  annotations:
    storageclass.kubernetes.io/is-default-class: "false"
provisioner: ebs.csi.aws.com
parameters:
  type: io2
`,
    },
    references: [
      'pkg/volume/util/storageclass.go (GetDefaultClass: "choosing the newest")',
      'plugin/pkg/admission/storage/storageclass/setdefault/admission.go',
      'https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when one run deliberately covers several clusters (an overlay per environment, each with its own default), since the rule sees one view; linting each environment on its own is the better fix.',
  },
  messages: {
    several: 'StorageClass {class} is a default StorageClass, and so {others}; {consequence}',
  },
  check(context) {
    const { model } = context;
    const byName = new Map<string, Resource>();
    for (const sc of model.defaultStorageClasses) if (!byName.has(sc.name)) byName.set(sc.name, sc);
    if (byName.size < 2) return;
    const consequence = picksNewest(model.options.kubeVersion)
      ? 'claims without a class get whichever was created last'
      : `before Kubernetes 1.26 claims without a class are rejected ("${byName.size} default StorageClasses were found")`;
    for (const [name, sc] of byName) {
      const others = [...byName.values()].filter((other) => other.name !== name);
      context.report({
        messageId: 'several',
        data: {
          class: name,
          others: `${others.length === 1 ? 'is' : 'are'} ${others.map((o) => `StorageClass ${o.name}`).join(', ')}`,
          consequence,
        },
        resource: sc,
        path: defaultAnnotationPath(sc),
        related: others.map((o) => ({ resource: o, path: defaultAnnotationPath(o), message: `default StorageClass ${o.name}` })),
        fix: 'keep is-default-class: "true" on one StorageClass only',
      });
    }
  },
});
