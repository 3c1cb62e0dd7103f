import { accessModeProblems, type AccessModeProblem } from '../../src/k8s/access-mode-validation.js';
import type { Resource } from '../../src/load/resource.js';
import { isObject } from '../../src/util/shape.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const messages = {
  empty: '{subject} has no accessModes; the API server requires at least one',
  unknown:
    "{subject} has access mode '{value}', which is not one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod (values are case-sensitive)",
  rwopUnavailable:
    'Kubernetes {version} rejects access mode ReadWriteOncePod of {subject}: its feature gate is on by default only from 1.27',
  rwopMixed: '{subject} combines ReadWriteOncePod with {others}; ReadWriteOncePod must be the only access mode',
} as const;

type Context = RuleContext<typeof messages>;

interface Subject {
  resource: Resource;
  label: string;
  /** Path of the object holding `spec`. */
  path: JsonPath;
  spec: Record<string, unknown>;
  partial: boolean;
  /** StatefulSet templates: sts-claim-template-invalid reports the rest. */
  versionOnly: boolean;
}

function report(context: Context, subject: Subject, problem: AccessModeProblem) {
  const base = { resource: subject.resource, path: [...subject.path, 'spec', 'accessModes', ...problem.path] };
  const data = { subject: subject.label };
  switch (problem.code) {
    case 'empty':
      context.report({ ...base, messageId: 'empty', data, fix: 'accessModes: [ReadWriteOnce]' });
      break;
    case 'unknown':
      context.report({
        ...base,
        messageId: 'unknown',
        data: { ...data, value: problem.value },
        fix: problem.suggestion ? `did you mean '${problem.suggestion}'?` : undefined,
      });
      break;
    case 'rwop-not-available':
      context.report({
        ...base,
        messageId: 'rwopUnavailable',
        data: { ...data, version: context.model.options.kubeVersion },
        fix: 'ReadWriteOnce',
      });
      break;
    case 'rwop-mixed':
      context.report({
        ...base,
        messageId: 'rwopMixed',
        data: { ...data, others: problem.others.join(', ') },
        fix: 'accessModes: [ReadWriteOncePod]',
      });
      break;
  }
}

export default defineRule({
  id: 'access-modes-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume or claim with no access mode, an unknown one, or ReadWriteOncePod next to another mode',
    why: 'The API server requires at least one access mode on every PersistentVolume and claim (also ephemeral volume templates), accepts only `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod` (case-sensitive: `ReadWriteOne` or `RWO` are `Unsupported value`), and rejects ReadWriteOncePod combined with any other mode ("may not use ReadWriteOncePod with other access modes"). ReadWriteOncePod exists from 1.22 but its feature gate is on by default only from 1.27, so older clusters reject it. StatefulSet claim templates are checked by `sts-claim-template-invalid` (this rule adds only the version check there).',
    fix: 'List the modes the volume supports, spelt out: `accessModes: [ReadWriteOnce]`; use `[ReadWriteOncePod]` alone for single-pod access.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ledger
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOncePod, ReadWriteOnce] # expect: access-modes-invalid/rwopMixed@3
  persistentVolumeReclaimPolicy: Retain
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f60789
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ledger
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOncePod]
  persistentVolumeReclaimPolicy: Retain
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f60789
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec: supportedAccessModes, ReadWriteOncePod)',
      'keps/sig-storage/2485-read-write-once-pod-pv-access-mode/kep.yaml',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePersistentVolumeClaimSpec: "at least 1 access mode is required"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePersistentVolumeSpec: "may not use ReadWriteOncePod with other access modes"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number. Set `--kube-version` to the oldest target cluster so the ReadWriteOncePod check is right for it.',
  },
  messages,
  check(context) {
    const { model } = context;
    const subjects: Subject[] = [];
    for (const pv of model.persistentVolumes) {
      if (isObject(pv.object.spec))
        subjects.push({
          resource: pv,
          label: `PersistentVolume ${pv.name}`,
          path: [],
          spec: pv.object.spec,
          partial: model.isFragment(pv) !== undefined,
          versionOnly: false,
        });
    }
    for (const spec of model.claimSpecs) {
      const object = spec.object.spec;
      // A template or claim with no spec at all is the schema's and the template rule's finding.
      if (!isObject(object)) continue;
      subjects.push({
        resource: spec.resource,
        label: spec.label,
        path: spec.path,
        spec: object,
        partial: model.isFragment(spec.resource) !== undefined,
        versionOnly: spec.origin === 'statefulset',
      });
    }
    for (const subject of subjects) {
      for (const problem of accessModeProblems(subject.spec.accessModes, model.options.kubeVersion)) {
        if (problem.code === 'empty' && subject.partial) continue;
        if (subject.versionOnly && problem.code !== 'rwop-not-available') continue;
        report(context, subject, problem);
      }
    }
  },
});
