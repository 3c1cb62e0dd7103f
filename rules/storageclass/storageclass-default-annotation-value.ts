import { defaultClassAnnotations, isMisspelledDefault } from '../../src/k8s/storage-class.js';
import { storageClassObject } from '../../src/model/claim-specs.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'storageclass-default-annotation-value',
  severity: 'warning',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StorageClass is-default-class annotation is meant as true but is not the exact string "true"',
    why: 'Kubernetes treats a StorageClass as the default only when `storageclass.kubernetes.io/is-default-class` (or the beta key) is exactly the string `"true"`. `True`, `yes`, `1` or `enabled` silently leave the cluster without that default, so claims without a class are not provisioned. An unquoted `true` or `yes` is a YAML boolean, which kubectl refuses to decode into the string-valued annotations.',
    fix: 'Write the annotation value as the quoted string "true".',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "True" # expect: storageclass-default-annotation-value/notTrue@50
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
`,
    },
    references: [
      'pkg/volume/util/storageclass.go (IsDefaultAnnotation)',
      'https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: a value meant as true that is not exactly "true" never makes the class the default. It stays silent when the annotation is absent or clearly false.',
  },
  messages: {
    notString:
      'StorageClass {class} sets \'{key}\' to the YAML {type} {written}, not the string "true"; kubectl cannot decode it and the class is not the default',
    notTrue: 'StorageClass {class} sets \'{key}\' to {written}; only the exact string "true" makes it the default',
  },
  check(context) {
    for (const sc of context.model.storageClasses) {
      for (const { key, value } of defaultClassAnnotations(storageClassObject(sc))) {
        if (!isMisspelledDefault(value)) continue;
        const path = ['metadata', 'annotations', key];
        const written = context.scalarSource(sc, path) ?? JSON.stringify(value);
        const base = { class: sc.name, key, written };
        const fix = `${key}: "true"`;
        if (typeof value === 'string') context.report({ messageId: 'notTrue', data: base, resource: sc, path, fix });
        else context.report({ messageId: 'notString', data: { ...base, type: typeof value }, resource: sc, path, fix });
      }
    }
  },
});
