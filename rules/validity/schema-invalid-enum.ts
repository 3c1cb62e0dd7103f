import { closest } from '../../src/k8s/names.js';
import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';
import { originText, pathText, quotedList } from '../../src/schema/describe.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

export default defineRule({
  id: 'schema-invalid-enum',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  generic: true,
  docs: {
    summary:
      'A field with a fixed set of values (access modes, reclaim policy, volumeMode, volumeBindingMode, hostPath type, StatefulSet and Deployment strategies) has another value',
    why: 'The API server rejects the object with `Unsupported value: "ReadWriteOne": supported values: …`; values are case-sensitive, so `retain` or `filesystem` fail too.',
    fix: 'Use one of the values the message lists, spelled exactly.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOne] # expect: access-modes-invalid/unknown@17
  persistentVolumeReclaimPolicy: retain # expect: schema-invalid-enum/invalid@34
  volumeMode: Filesystem
  hostPath:
    path: /srv/archive
    type: Dir # expect: schema-invalid-enum/invalid@11
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  volumeMode: Filesystem
  hostPath:
    path: /srv/archive
    type: Directory
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
      'staging/src/k8s.io/api/core/v1/types.go, staging/src/k8s.io/api/apps/v1/types.go, staging/src/k8s.io/api/storage/v1/types.go',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'Unsupported value: "…": supported values: …',
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    invalid: "{object}: '{path}' is '{value}', which is not one of {allowed}{origin}",
  },
  check(context) {
    for (const problem of context.model.schemaCheck.problems) {
      if (problem.kind !== 'enum' || defaultedWhenEmpty(problem.path, problem.value)) continue;
      const allowed = problem.allowed.map(String);
      const value = String(problem.value);
      const suggestion = closest(
        value,
        allowed.filter((a) => a !== ''),
      );
      reportWrittenValue(context, {
        messageId: 'invalid',
        data: {
          object: describe(problem.resource),
          path: pathText(problem.path),
          value,
          allowed: quotedList(allowed),
          origin: originText(problem.origin),
        },
        resource: problem.resource,
        path: problem.path,
        fix: suggestion ? `did you mean '${suggestion}'?` : undefined,
      });
    }
  },
});

/**
 * Fields the API server defaults when they hold the empty string (`len(x) == 0` in
 * pkg/apis/apps/v1/defaults.go and pkg/apis/core/v1/defaults.go), so "" is accepted there.
 */
const DEFAULTED_WHEN_EMPTY = ['podManagementPolicy', 'updateStrategy.type', 'strategy.type', 'persistentVolumeReclaimPolicy'];

function defaultedWhenEmpty(path: readonly (string | number)[], value: unknown): boolean {
  const dotted = path.join('.');
  return value === '' && DEFAULTED_WHEN_EMPTY.some((field) => dotted.endsWith(field));
}
