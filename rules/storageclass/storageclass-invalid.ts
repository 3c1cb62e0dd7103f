import { storageClassProblems } from '../../src/k8s/storage-class-validation.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'storageclass-invalid',
  severity: 'error',
  category: 'storageclass',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StorageClass fails API validation: provisioner, reclaimPolicy, volumeBindingMode, parameters or allowedTopologies',
    why: 'The API server rejects the StorageClass, so every claim that names it cannot be provisioned. Typical mistakes: `reclaimPolicy: Recycle` (allowed on PVs, never on StorageClasses), `volumeBindingMode: WaitForFirstConsumer` misspelt, a missing `provisioner`, duplicate `allowedTopologies` terms. Most of these fields are also immutable, so a wrong class must be deleted and re-created.',
    fix: 'Use `reclaimPolicy: Delete` or `Retain`, `volumeBindingMode: Immediate` or `WaitForFirstConsumer`, a `provisioner` name such as `ebs.csi.aws.com` (or `kubernetes.io/no-provisioner`), and distinct `allowedTopologies` terms.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: nfs-retain
provisioner: nfs.csi.k8s.io
reclaimPolicy: Recycle # expect: storageclass-invalid/invalid@16
volumeBindingMode: WaitForFirstconsumer # expect: storageclass-invalid/invalid@20
allowVolumeExpansion: true
parameters:
  server: nfs.example.internal
  share: /exports
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: nfs-retain
provisioner: nfs.csi.k8s.io
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
parameters:
  server: nfs.example.internal
  share: /exports
`,
    },
    references: [
      'pkg/apis/storage/validation/validation.go (ValidateStorageClass, validateProvisioner, validateParameters, validateReclaimPolicy, validateVolumeBindingMode, validateAllowedTopologies)',
      'https://kubernetes.io/docs/concepts/storage/storage-classes/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidateStorageClass: "Unsupported value" for reclaimPolicy and volumeBindingMode',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/storage/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is a StorageClass the API server rejects, and the claims that name it are never provisioned. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    invalid: 'StorageClass {class} is rejected by the API server: {problem}',
  },
  check(context) {
    for (const sc of context.model.storageClasses) {
      for (const problem of storageClassProblems(sc.object)) {
        context.report({
          messageId: 'invalid',
          data: { class: sc.name, problem: problem.message },
          resource: sc,
          path: problem.path,
          fix: problem.fix,
        });
      }
    }
  },
});
