import { pvSpecProblems, PV_SOURCE_FIELDS, type PvSpecProblem } from '../../src/k8s/pv-spec-validation.js';
import type { Resource } from '../../src/load/resource.js';
import { isObject } from '../../src/util/shape.js';
import { defineRule, type ResourceReport, type RuleContext } from '../../src/rule.js';

const messages = {
  capacityMissing: 'PersistentVolume {pv} has no capacity.storage; the API server requires it',
  capacityKey: "PersistentVolume {pv} lists '{key}' in capacity; only 'storage' is supported",
  noSource: 'PersistentVolume {pv} has no volume source (csi, nfs, hostPath, local, …); the API server requires exactly one',
  severalSources: 'PersistentVolume {pv} sets both {first} and {source}; a PersistentVolume has exactly one volume source',
  required: 'PersistentVolume {pv} has {source} without {field}, which is required',
  sourceField: 'PersistentVolume {pv}: {detail}',
  localAffinity:
    'PersistentVolume {pv} is a local volume without nodeAffinity; the API server requires it ("Local volume requires node affinity")',
  affinityRequired: 'PersistentVolume {pv} has nodeAffinity without required; the API server requires node constraints there',
  affinityTerms: 'PersistentVolume {pv} has nodeAffinity.required without nodeSelectorTerms; at least one term is required',
  recycleRoot: "PersistentVolume {pv} uses reclaim policy Recycle on hostPath '/'; the API server forbids recycling the node's root",
  vacEmpty: 'PersistentVolume {pv} sets volumeAttributesClassName to ""; leave it out or name a VolumeAttributesClass',
  vacCsi: "PersistentVolume {pv} sets volumeAttributesClassName '{value}' without a csi source; only CSI volumes have attributes classes",
} as const;

type Context = RuleContext<typeof messages>;
type Report = ResourceReport<typeof messages>;

function sourceDetail(problem: Extract<PvSpecProblem, { code: 'source-field' }>['problem']): string {
  switch (problem.code) {
    case 'backsteps':
      return `${problem.source}.${problem.field} '${problem.value}' contains a '..' element`;
    case 'not-absolute':
      return `${problem.source}.${problem.field} '${problem.value}' must be an absolute path`;
    case 'host-path-type':
      return `hostPath type '${problem.value}' is not a hostPath type`;
    case 'csi-driver-name':
      return `CSI driver '${problem.value}' is not a valid driver name (a DNS subdomain of at most 63 characters)`;
    case 'required':
      return `${problem.source} has no ${problem.field}, which is required`;
    default:
      return problem.code;
  }
}

function toReport(pv: Resource, spec: Record<string, unknown>, problem: PvSpecProblem): Report | undefined {
  const base = { resource: pv, path: ['spec', ...problem.path], data: { pv: pv.name } };
  switch (problem.code) {
    case 'capacity-missing':
      return { ...base, messageId: 'capacityMissing', fix: 'capacity: {storage: 10Gi}' };
    case 'capacity-key':
      return { ...base, messageId: 'capacityKey', data: { ...base.data, key: problem.key } };
    case 'no-source':
      return { ...base, messageId: 'noSource' };
    case 'several-sources':
      return { ...base, messageId: 'severalSources', data: { ...base.data, first: problem.first, source: problem.source } };
    case 'required':
      return { ...base, messageId: 'required', data: { ...base.data, source: problem.source, field: problem.field } };
    case 'source-field':
      // hostPath type is an enum: the schema reports it, and that finding gives way on this line.
      return { ...base, messageId: 'sourceField', data: { ...base.data, detail: sourceDetail(problem.problem) } };
    case 'local-affinity':
      return {
        ...base,
        messageId: 'localAffinity',
        fix: 'nodeAffinity: {required: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [<node>]}]}]}}',
      };
    case 'affinity-required':
      return { ...base, path: ['spec', 'nodeAffinity'], messageId: 'affinityRequired' };
    case 'affinity-terms':
      return { ...base, messageId: 'affinityTerms' };
    case 'recycle-root':
      return { ...base, messageId: 'recycleRoot', fix: 'persistentVolumeReclaimPolicy: Retain' };
    case 'vac-empty':
      return { ...base, messageId: 'vacEmpty' };
    case 'vac-csi':
      return { ...base, messageId: 'vacCsi', data: { ...base.data, value: String(spec.volumeAttributesClassName) } };
  }
}

export default defineRule({
  id: 'pv-spec-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A PersistentVolume the API server rejects: capacity, volume source, local without node affinity, Recycle of `/`, attributes class, class name',
    why: `\`ValidatePersistentVolumeSpec\` rejects a PersistentVolume whose \`capacity\` is missing or lists anything but \`storage\`, that has no volume source or more than one (${PV_SOURCE_FIELDS.length} kinds: csi, nfs, hostPath, local, …), whose source lacks a required field (\`csi.volumeHandle\`, \`local.path\`, \`nfs.server\`, …), a \`local\` volume without \`nodeAffinity\` (the scheduler could not know where the disk is), \`nodeAffinity\` without required node selector terms, \`Recycle\` on \`hostPath: /\`, an empty \`volumeAttributesClassName\` or one on a non-CSI volume (from 1.34, where the feature is on by default). The PV is never created and claims waiting for it stay Pending.`,
    fix: 'Give the PV `capacity: {storage: …}`, exactly one volume source with its required fields, and for `local` volumes a `nodeAffinity.required` term naming the node.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ssd-node1
spec: # expect: pv-spec-invalid/localAffinity@1
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-ssd
  local:
    path: /mnt/disks/ssd1
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-ssd
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ssd-node1
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-ssd
  local:
    path: /mnt/disks/ssd1
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions:
            - key: kubernetes.io/hostname
              operator: In
              values: [node1]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-ssd
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, validateVolumeNodeAffinity)',
      'https://kubernetes.io/docs/concepts/storage/volumes/#local',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePersistentVolumeSpec: "must specify a volume type", "Local volume requires node affinity"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context: Context) {
    const { model } = context;
    for (const pv of model.persistentVolumes) {
      const spec = pv.object.spec;
      if (!isObject(spec)) continue;
      for (const problem of pvSpecProblems(spec, model.options.kubeVersion, model.isFragment(pv) !== undefined)) {
        const report = toReport(pv, spec, problem);
        if (report) context.report(report);
      }
    }
  },
});
