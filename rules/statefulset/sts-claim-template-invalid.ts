import { describeWorkload } from '../../src/model/workloads.js';
import { ACCESS_MODES, asAccessModes } from '../../src/k8s/access-modes.js';
import { isDns1123Label } from '../../src/k8s/names.js';
import { isPositive, parseQuantity } from '../../src/k8s/quantity.js';
import { objectOf } from '../../src/util/shape.js';
import { statefulSets } from '../../src/model/statefulset.js';
import { claimTemplates, type ClaimTemplate } from '../../src/model/claims.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RuleContext } from '../../src/rule.js';

const messages = {
  noName: '{template} of {sts} has no metadata.name; the claim and the pod volume need one',
  badName:
    "Claim template '{name}' of {sts} is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); it becomes a pod volume name and pod creation fails",
  noModes: "Claim template '{name}' of {sts} has no accessModes; creating its claims fails (FailedCreate) and no pod starts",
  unknownMode:
    "Claim template '{name}' of {sts} asks for access mode '{mode}'; supported values are ReadWriteOnce, ReadOnlyMany, ReadWriteMany and ReadWriteOncePod",
  mixedRwop: "Claim template '{name}' of {sts} combines ReadWriteOncePod with other access modes, which a claim may not do",
  noStorage:
    "Claim template '{name}' of {sts} has no resources.requests.storage; creating its claims fails (FailedCreate) and no pod starts",
  badQuantity: "Claim template '{name}' of {sts} requests storage '{value}', which is not a valid quantity (e.g. 10Gi, 500M)",
  notPositive: "Claim template '{name}' of {sts} requests storage '{value}'; it must be greater than zero",
} as const;

type Context = RuleContext<typeof messages>;
const KNOWN_MODES: ReadonlySet<string> = new Set(ACCESS_MODES);

function checkName(context: Context, sts: Workload, template: ClaimTemplate): string | undefined {
  const base = { resource: sts.resource, data: { sts: describeWorkload(sts) } };
  if (!template.name) {
    context.report({
      ...base,
      messageId: 'noName',
      data: { ...base.data, template: `volumeClaimTemplates[${template.index}]` },
      path: [...template.path, 'metadata', 'name'],
    });
    return undefined;
  }
  if (!isDns1123Label(template.name)) {
    context.report({
      ...base,
      messageId: 'badName',
      data: { ...base.data, name: template.name },
      path: [...template.path, 'metadata', 'name'],
    });
  }
  return template.name;
}

function checkModes(context: Context, sts: Workload, template: ClaimTemplate, name: string) {
  const path = [...template.path, 'spec', 'accessModes'];
  const data = { sts: describeWorkload(sts), name };
  const raw = objectOf(template.template.spec).accessModes;
  const modes = asAccessModes(raw);
  if (modes.length === 0) {
    context.report({ messageId: 'noModes', data, resource: sts.resource, path, fix: 'accessModes: [ReadWriteOnce]' });
    return;
  }
  const unknown = modes.filter((mode) => !KNOWN_MODES.has(mode));
  for (const mode of unknown) {
    const index = Array.isArray(raw) ? raw.indexOf(mode) : -1;
    context.report({
      messageId: 'unknownMode',
      data: { ...data, mode },
      resource: sts.resource,
      path: index >= 0 ? [...path, index] : path,
    });
  }
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    context.report({ messageId: 'mixedRwop', data, resource: sts.resource, path, fix: 'accessModes: [ReadWriteOncePod]' });
  }
}

function checkStorage(context: Context, sts: Workload, template: ClaimTemplate, name: string) {
  const path = [...template.path, 'spec', 'resources', 'requests', 'storage'];
  const data = { sts: describeWorkload(sts), name };
  const value = objectOf(objectOf(objectOf(template.template.spec).resources).requests).storage;
  if (value === undefined || value === null) {
    context.report({ messageId: 'noStorage', data, resource: sts.resource, path, fix: 'resources: {requests: {storage: 10Gi}}' });
    return;
  }
  const parsed = parseQuantity(value);
  if (!parsed.ok) {
    context.report({ messageId: 'badQuantity', data: { ...data, value: String(value) }, resource: sts.resource, path });
  } else if (!isPositive(parsed.quantity)) {
    context.report({ messageId: 'notPositive', data: { ...data, value: parsed.quantity.text }, resource: sts.resource, path });
  }
}

export default defineRule({
  id: 'sts-claim-template-invalid',
  severity: 'error',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet claim template that would be an invalid PersistentVolumeClaim, or whose name is not a DNS-1123 label',
    why: "StatefulSet validation does not validate `volumeClaimTemplates`: the StatefulSet is accepted, and the controller then fails to create each replica's claim (`FailedCreate … spec.accessModes: Required value`, `spec.resources[storage]: Required value`, an invalid quantity), so no pod ever starts. The template's name also becomes a pod volume name, which must be a DNS-1123 label. `volumeClaimTemplates` cannot be changed on an existing StatefulSet, so the fix means deleting and re-creating it.",
    fix: 'Give every template a lower-case `metadata.name`, at least one valid access mode (ReadWriteOncePod alone), and `resources.requests.storage` with a positive quantity such as `10Gi`.',
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: minio
spec:
  clusterIP: None
  selector: {app: minio}
  ports:
    - {name: api, port: 9000}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: minio
spec:
  serviceName: minio
  replicas: 4
  selector:
    matchLabels: {app: minio}
  template:
    metadata:
      labels: {app: minio}
    spec:
      containers:
        - name: minio
          image: minio/minio:RELEASE.2024-10-13T13-34-11Z
          args: [server, "http://minio-{0...3}.minio.default.svc.cluster.local/data"]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec: # expect: sts-claim-template-invalid/noModes@7
        resources:
          requests:
            storage: 100Gi
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: minio
spec:
  clusterIP: None
  selector: {app: minio}
  ports:
    - {name: api, port: 9000}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: minio
spec:
  serviceName: minio
  replicas: 4
  selector:
    matchLabels: {app: minio}
  template:
    metadata:
      labels: {app: minio}
    spec:
      containers:
        - name: minio
          image: minio/minio:RELEASE.2024-10-13T13-34-11Z
          args: [server, "http://minio-{0...3}.minio.default.svc.cluster.local/data"]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`,
    },
    references: [
      'pkg/controller/statefulset/stateful_pod_control.go (createPersistentVolumeClaims: FailedCreate)',
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimSpec, ValidateVolumes)',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on even where server-side dry runs pass: StatefulSet validation does not look at the claim templates, a StatefulSet it reports never gets a pod, and its templates cannot be fixed in place.',
  },
  messages,
  check(context) {
    for (const sts of statefulSets(context.model)) {
      for (const template of claimTemplates(sts)) {
        const name = checkName(context, sts, template) ?? `volumeClaimTemplates[${template.index}]`;
        checkModes(context, sts, template, name);
        checkStorage(context, sts, template, name);
      }
    }
  },
});
