import { dataSourceProblems, SNAPSHOT_GROUP, type DataSourceProblem } from '../../src/k8s/datasource.js';
import { type ClaimSpec } from '../../src/model/claim-specs.js';
import { isObject } from '../../src/util/shape.js';
import { defineRule, type ResourceReport } from '../../src/rule.js';

const messages = {
  required: '{subject} has a {field} without {missing}, which is required',
  coreKind:
    "{subject} has a {field} of kind '{kind}' without apiGroup; only PersistentVolumeClaim is in the core group (\"must be 'PersistentVolumeClaim' when referencing the default apiGroup\")",
  coreKindDropped:
    "{subject} has a dataSource of kind '{kind}' without apiGroup, which Kubernetes {version} drops silently on create: the volume is provisioned empty",
  apiGroup: "{subject} has {field}.apiGroup '{apiGroup}', which is not an API group (a DNS subdomain without a version)",
  claimGroup:
    "{subject} has a {field} of kind PersistentVolumeClaim with apiGroup '{apiGroup}'; PersistentVolumeClaims are in the core group, so this names an object no provisioner or populator serves and the claim stays Pending",
  dropped:
    "{subject} has a dataSource of kind '{kind}' in group '{apiGroup}', which Kubernetes {version} drops silently on create (only PersistentVolumeClaim and VolumeSnapshot before 1.24): the volume is provisioned empty",
  mismatch:
    '{subject} sets both dataSource and dataSourceRef to different objects; without dataSourceRef.namespace they must be equal ("must match dataSourceRef")',
  namespaceWithDataSource:
    '{subject} sets dataSource together with a cross-namespace dataSourceRef; dataSource must be empty when dataSourceRef.namespace is set',
} as const;

type Report = ResourceReport<typeof messages>;

function toReport(spec: ClaimSpec, version: string, problem: DataSourceProblem): Report {
  const base = {
    resource: spec.resource,
    path: [...spec.path, 'spec', ...problem.path],
    data: { subject: spec.label, field: problem.field },
  };
  const subject = { subject: spec.label };
  switch (problem.code) {
    case 'required':
      return { ...base, messageId: 'required', data: { ...base.data, missing: problem.missing } };
    case 'core-kind': {
      const fix = problem.kind === 'VolumeSnapshot' ? `apiGroup: ${SNAPSHOT_GROUP}` : undefined;
      return problem.dropped
        ? { ...base, messageId: 'coreKindDropped', data: { ...subject, kind: problem.kind, version }, severity: 'warning', fix }
        : { ...base, messageId: 'coreKind', data: { ...base.data, kind: problem.kind }, fix };
    }
    case 'api-group':
      return {
        ...base,
        messageId: 'apiGroup',
        data: { ...base.data, apiGroup: problem.apiGroup },
        fix: problem.suggestion ? `apiGroup: ${problem.suggestion}` : undefined,
      };
    case 'claim-group':
      return {
        ...base,
        messageId: 'claimGroup',
        data: { ...base.data, apiGroup: problem.apiGroup },
        severity: 'warning',
        fix: 'remove apiGroup',
      };
    case 'dropped':
      return {
        ...base,
        messageId: 'dropped',
        data: { ...subject, kind: problem.kind, apiGroup: problem.apiGroup, version },
        severity: 'warning',
        fix: 'use dataSourceRef with a volume populator (Kubernetes 1.24 or newer)',
      };
    case 'mismatch':
      return { ...base, messageId: 'mismatch', data: subject, fix: 'keep only dataSourceRef' };
    case 'namespace-with-datasource':
      return { ...base, messageId: 'namespaceWithDataSource', data: subject, fix: 'remove dataSource' };
  }
}

export default defineRule({
  id: 'datasource-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A claim dataSource / dataSourceRef the API server rejects or silently drops: missing name or kind, a core kind other than PersistentVolumeClaim, a versioned apiGroup, the two fields disagreeing',
    why: 'A claim can be pre-populated from another claim (clone), a VolumeSnapshot or, through `dataSourceRef`, a volume populator. The API server rejects a reference without `name` or `kind`, a kind without `apiGroup` other than `PersistentVolumeClaim` (a VolumeSnapshot needs `apiGroup: snapshot.storage.k8s.io`), an `apiGroup` that is not a DNS subdomain (`snapshot.storage.k8s.io/v1` carries a version), and `dataSource` and `dataSourceRef` that differ (or `dataSource` next to a cross-namespace `dataSourceRef`). A PersistentVolumeClaim with an `apiGroup` is accepted but names nothing any provisioner serves, so the claim stays Pending (warning). Before 1.24 (AnyVolumeDataSource off) a `dataSource` other than a claim or VolumeSnapshot is dropped on create and the volume comes up empty (warning). Whether the referenced claim or snapshot exists is not checked here.',
    fix: 'Clone with `dataSource: {kind: PersistentVolumeClaim, name: <claim>}`, restore with `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <snapshot>}`; set only one of `dataSource` / `dataSourceRef`, or both to the same object.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshot
metadata:
  name: orders-2024-06-01
spec:
  volumeSnapshotClassName: ebs-snapshots
  source:
    persistentVolumeClaimName: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-restore
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  dataSource:
    kind: VolumeSnapshot # expect: datasource-invalid/coreKind@11
    name: orders-2024-06-01
  resources:
    requests:
      storage: 20Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshot
metadata:
  name: orders-2024-06-01
spec:
  volumeSnapshotClassName: ebs-snapshots
  source:
    persistentVolumeClaimName: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-restore
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  dataSource:
    apiGroup: snapshot.storage.k8s.io
    kind: VolumeSnapshot
    name: orders-2024-06-01
  resources:
    requests:
      storage: 20Gi
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (validateDataSource, validateDataSourceRef, ValidatePersistentVolumeClaimSpec: must match dataSourceRef)',
      'pkg/api/persistentvolumeclaim/util.go (EnforceDataSourceBackwardsCompatibility, NormalizeDataSources)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-populators-and-data-sources',
      'https://kubernetes.io/docs/concepts/storage/volume-snapshots/#provisioning-volumes-from-snapshots',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePersistentVolumeClaimSpec: "must match dataSourceRef"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: most findings are claims the API server rejects, and the rest are claims that stay Pending or come up empty. The warnings about clusters before 1.24 follow `--kube-version`; set it to the oldest cluster you deploy to.',
  },
  messages,
  check(context) {
    const version = context.model.options.kubeVersion;
    for (const spec of context.model.claimSpecs) {
      const object = spec.object.spec;
      if (!isObject(object)) continue;
      for (const problem of dataSourceProblems(object, version)) context.report(toReport(spec, version, problem));
    }
  },
});
