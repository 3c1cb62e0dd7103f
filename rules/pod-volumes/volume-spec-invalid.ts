import { HOST_PATH_TYPES, volumeSourceProblems, type VolumeSourceProblem } from '../../src/k8s/volume-source.js';
import { isDns1123Label } from '../../src/k8s/names.js';
import { isNamePlaceholder } from '../../src/k8s/object-names.js';
import type { Workload } from '../../src/model/workloads.js';
import type { JsonPath } from '../../src/types.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

const messages = {
  nameMissing: 'Volume #{index} of {workload} has no name',
  nameInvalid:
    "Volume name '{volume}' of {workload} is not a DNS-1123 label (at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit)",
  nameDuplicate: "Volume name '{volume}' of {workload} is used twice (volumes #{first} and #{index})",
  severalSources: "Volume '{volume}' of {workload} sets both {first} and {source}; a volume has exactly one source",
  required: "Volume '{volume}' of {workload} has {source} without {field}, which is required",
  hostPathType: "Volume '{volume}' of {workload} has hostPath type '{value}', which is not one of {types}",
  backsteps: "Volume '{volume}' of {workload} has {source}.{field} '{value}', which contains a '..' element",
  notAbsolute: "Volume '{volume}' of {workload} has {source}.{field} '{value}', which must be an absolute path",
  negativeSize: "Volume '{volume}' of {workload} has emptyDir sizeLimit '{value}', which is negative",
  csiDriverName:
    "Volume '{volume}' of {workload} has CSI driver '{value}', which is not a valid driver name (a DNS subdomain of at most 63 characters)",
} as const;

type Context = RuleContext<typeof messages>;

const TYPES_TEXT = HOST_PATH_TYPES.filter(Boolean).join(', ') + ' or ""';

/** Case-insensitive match for the usual mistake: `type: directory`. */
const hostPathTypeHint = (value: string) => HOST_PATH_TYPES.find((t) => t !== '' && t.toLowerCase() === value.toLowerCase());

function reportSourceProblem(
  context: Context,
  workload: Workload,
  volumePath: JsonPath,
  base: { volume: string; workload: string },
  problem: VolumeSourceProblem,
) {
  const at = { resource: workload.resource, path: [...volumePath, ...problem.path] };
  switch (problem.code) {
    case 'several-sources':
      reportWrittenValue(context, {
        messageId: 'severalSources',
        data: { ...base, first: problem.first, source: problem.source },
        ...at,
        fix: `keep one of ${problem.first} and ${problem.source}`,
      });
      return;
    case 'required':
      reportWrittenValue(context, { messageId: 'required', data: { ...base, source: problem.source, field: problem.field }, ...at });
      return;
    case 'host-path-type': {
      const hint = hostPathTypeHint(problem.value);
      reportWrittenValue(context, {
        messageId: 'hostPathType',
        data: { ...base, value: problem.value, types: TYPES_TEXT },
        ...at,
        fix: hint ? `type: ${hint}` : undefined,
      });
      return;
    }
    case 'backsteps':
      reportWrittenValue(context, {
        messageId: 'backsteps',
        data: { ...base, source: problem.source, field: problem.field, value: problem.value },
        ...at,
      });
      return;
    case 'not-absolute':
      reportWrittenValue(context, {
        messageId: 'notAbsolute',
        data: { ...base, source: problem.source, field: problem.field, value: problem.value },
        ...at,
        fix: `path: /${problem.value}`,
      });
      return;
    case 'negative-size':
      reportWrittenValue(context, { messageId: 'negativeSize', data: { ...base, value: problem.value }, ...at });
      return;
    case 'csi-driver-name':
      reportWrittenValue(context, { messageId: 'csiDriverName', data: { ...base, value: problem.value }, ...at });
      return;
  }
}

export default defineRule({
  id: 'volume-spec-invalid',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod volume the API server rejects: bad or duplicate name, no or several sources, or an invalid source field',
    why: 'The API server validates `spec.volumes` of every pod and pod template (`ValidateVolumes`, `validateVolumeSource`) and rejects the whole object on any error: a name that is not a DNS-1123 label or is used twice, a volume with more than one source, a hostPath with an unknown `type` or a `..` element, a negative `emptyDir.sizeLimit`, or a missing required field (`persistentVolumeClaim.claimName`, `configMap.name`, `secret.secretName`, `nfs.server`/`nfs.path` (absolute), `hostPath.path`, `csi.driver`, …). A volume with no source at all is not an error: the API server defaults it to an emptyDir (`SetDefaults_Volume`), so `emptyDir:` with nothing after it works. A value an example leaves to the reader, with a comment on its line that says so (`volumeID: # insert AWS EBS volumeID here`, `# change to your …`, `# TODO`), is reported only as a hint: the API server would reject it as written, but its author knows.',
    fix: 'Give each volume a unique lower-case name and exactly one source with its required fields; use one of the hostPath types exactly as spelt (`Directory`, `DirectoryOrCreate`, `File`, `FileOrCreate`, `Socket`, `CharDevice`, `BlockDevice`).',
    examples: {
      bad: `apiVersion: v1
kind: Pod
metadata:
  name: log-shipper
spec:
  containers:
    - name: shipper
      image: fluent/fluent-bit:3.1
      volumeMounts:
        - name: varlog
          mountPath: /var/log
        - name: buffer
          mountPath: /buffer
        - name: Config
          mountPath: /fluent-bit/etc
  volumes:
    - name: varlog
      hostPath:
        path: /var/log
        type: directory # expect: volume-spec-invalid/hostPathType@15
    - name: buffer
      emptyDir: {}
      hostPath: # expect: volume-spec-invalid/severalSources@7
        path: /var/lib/shipper
    - name: Config # expect: volume-spec-invalid/nameInvalid@13
      configMap:
        name: fluent-bit-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fluent-bit-config
data:
  fluent-bit.conf: |
    [SERVICE]
        Flush 5
`,
      good: `apiVersion: v1
kind: Pod
metadata:
  name: log-shipper
spec:
  containers:
    - name: shipper
      image: fluent/fluent-bit:3.1
      volumeMounts:
        - name: varlog
          mountPath: /var/log
        - name: buffer
          mountPath: /buffer
        - name: config
          mountPath: /fluent-bit/etc
  volumes:
    - name: varlog
      hostPath:
        path: /var/log
        type: Directory
    - name: buffer
      emptyDir: {}
    - name: config
      configMap:
        name: fluent-bit-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fluent-bit-config
data:
  fluent-bit.conf: |
    [SERVICE]
        Flush 5
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidateVolumes, validateVolumeSource, validateHostPathVolumeSource, validateNFSVolumeSource, ValidateCSIDriverName)',
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'validateVolumeSource: "may not specify more than 1 volume type"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const workload of context.model.workloads) {
      const name = `${workload.kind} ${workload.namespace}/${workload.name}`;
      const firstIndex = new Map<string, number>();
      for (const { volume, index, path } of workload.volumes) {
        const raw = volume as unknown as Record<string, unknown>;
        const volumeName = typeof raw.name === 'string' ? raw.name : '';
        const base = { volume: volumeName, workload: name };
        if (raw.name === undefined || raw.name === null || raw.name === '') {
          reportWrittenValue(context, {
            messageId: 'nameMissing',
            data: { index, workload: name },
            resource: workload.resource,
            path: [...path, 'name'],
          });
        } else if (typeof raw.name === 'string') {
          const seen = firstIndex.get(volumeName);
          // `$APP-data`, `<name>`: the rendered name is what the API server validates (duplicates stay duplicates).
          if (!isDns1123Label(volumeName) && !isNamePlaceholder(volumeName)) {
            const lower = volumeName.toLowerCase().replace(/[^-a-z0-9]/g, '-');
            reportWrittenValue(context, {
              messageId: 'nameInvalid',
              data: base,
              resource: workload.resource,
              path: [...path, 'name'],
              fix: isDns1123Label(lower) ? `name: ${lower} (and in its volumeMounts)` : undefined,
            });
          } else if (seen !== undefined) {
            reportWrittenValue(context, {
              messageId: 'nameDuplicate',
              data: { ...base, first: seen, index },
              resource: workload.resource,
              path: [...path, 'name'],
              related: [
                {
                  resource: workload.resource,
                  path: [...workload.specPath, 'volumes', seen, 'name'],
                  message: `first volume '${volumeName}'`,
                },
              ],
            });
          }
          if (seen === undefined) firstIndex.set(volumeName, index);
        }
        for (const problem of volumeSourceProblems(raw)) reportSourceProblem(context, workload, path, base, problem);
      }
    }
  },
});
