import { describeWorkload } from '../../src/model/workloads.js';
import {
  isNamePlaceholder,
  isValidName,
  KIND_NAME_RULES,
  MAX_CRONJOB_NAME,
  NAME_RULE_TEXT,
  suggestName,
  type NameRule,
} from '../../src/k8s/object-names.js';
import { describe, type Resource } from '../../src/load/resource.js';
import type { Model } from '../../src/model/model.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

const messages = {
  object: "{object} has the name '{name}', which is not a valid {rule}; the API server rejects it",
  cronJobTooLong:
    '{object} has a name of {length} characters; CronJob names are limited to 52 so that the Jobs it creates (name plus an 11-character suffix) stay valid, and the API server rejects it',
  reference: "{field} '{name}' of {object} is not a valid {kind} name ({rule}); {outcome}",
} as const;

type Context = RuleContext<typeof messages>;

interface NameReference {
  resource: Resource;
  path: JsonPath;
  field: string;
  object: string;
  name: unknown;
  kind: string;
  namespace?: string;
  /** True when the API server validates the field itself (storageClassName). */
  validated: boolean;
}

const ruleName = (rule: NameRule) => NAME_RULE_TEXT[rule].split(':')[0];

function checkReference(context: Context, model: Model, reference: NameReference) {
  const name = nonEmptyString(reference.name);
  const rule = KIND_NAME_RULES[reference.kind];
  if (!name || !rule || isNamePlaceholder(name) || isValidName(name, rule)) return;
  // The object itself is in the view: its own finding covers both ends.
  if (model.find(reference.kind, name, reference.namespace)) return;
  const suggestion = suggestName(name, rule);
  reportWrittenValue(context, {
    messageId: 'reference',
    data: {
      field: reference.field,
      name,
      object: reference.object,
      kind: reference.kind,
      rule: ruleName(rule),
      outcome: reference.validated ? 'the API server rejects it' : `no ${reference.kind} can have that name, so it is never found`,
    },
    resource: reference.resource,
    path: reference.path,
    fix: suggestion ? `${reference.field}: ${suggestion}` : undefined,
  });
}

function references(model: Model): NameReference[] {
  const out: NameReference[] = [];
  for (const claim of model.claims) {
    const spec = objectOf(claim.object.spec);
    const object = claim.origin === 'object' ? describe(claim.resource) : `claim template of ${describe(claim.resource)}`;
    const base = { resource: claim.resource, object };
    out.push({
      ...base,
      path: [...claim.path, 'spec', 'storageClassName'],
      field: 'storageClassName',
      name: spec.storageClassName,
      kind: 'StorageClass',
      validated: true,
    });
    out.push({
      ...base,
      path: [...claim.path, 'spec', 'volumeName'],
      field: 'volumeName',
      name: spec.volumeName,
      kind: 'PersistentVolume',
      validated: false,
    });
  }
  for (const pv of model.persistentVolumes) {
    const spec = objectOf(pv.object.spec);
    const claimRef = objectOf(spec.claimRef);
    const base = { resource: pv, object: describe(pv) };
    out.push({
      ...base,
      path: ['spec', 'storageClassName'],
      field: 'storageClassName',
      name: spec.storageClassName,
      kind: 'StorageClass',
      validated: true,
    });
    out.push({
      ...base,
      path: ['spec', 'claimRef', 'name'],
      field: 'claimRef.name',
      name: claimRef.name,
      kind: 'PersistentVolumeClaim',
      namespace: nonEmptyString(claimRef.namespace) ?? '',
      validated: false,
    });
  }
  for (const workload of model.workloads) {
    for (const { volume, path } of workload.volumes) {
      out.push({
        resource: workload.resource,
        object: describeWorkload(workload),
        path: [...path, 'persistentVolumeClaim', 'claimName'],
        field: 'claimName',
        name: objectOf(volume.persistentVolumeClaim).claimName,
        kind: 'PersistentVolumeClaim',
        namespace: workload.namespace,
        validated: false,
      });
    }
    if (workload.kind === 'StatefulSet') {
      out.push({
        resource: workload.resource,
        object: describeWorkload(workload),
        path: ['spec', 'serviceName'],
        field: 'serviceName',
        name: objectOf(workload.resource.object.spec).serviceName,
        kind: 'Service',
        namespace: workload.namespace,
        validated: false,
      });
    }
  }
  return out;
}

export default defineRule({
  id: 'object-name-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'An object name, or a field that names a claim, volume, class or Service, breaks the Kubernetes name rules',
    why: "The API server rejects an object whose name breaks its kind's rule: Services need a DNS-1035 label (lower case, starting with a letter, at most 63), Namespaces a DNS-1123 label, PersistentVolumes, claims, StorageClasses, ConfigMaps, Secrets, Pods and Deployments a DNS-1123 subdomain (lower case letters, digits, `-` and `.`, at most 253), CronJobs at most 52 characters. Upper-case letters and `_` are the usual mistakes (`quotes-for-hostPath`, `db_data`). A reference (`storageClassName`, `claimName`, `volumeName`, `claimRef.name`, `serviceName`) with such a name can never be satisfied: no object can have it. StatefulSet names are checked by sts-name-too-long; unrendered placeholders (`$VAR`, `${VAR}`, `{{ }}`, `<name>`, `__NAME__`, all-capitals `PV_NAME`) and `generateName` prefixes are skipped.",
    fix: 'Use lower case letters, digits and `-` (the message suggests a valid name), and rename the references along with the object.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db_data # expect: object-name-invalid/object@9
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: Fast-SSD # expect: object-name-invalid/reference@21, pvc-storageclass-not-found/notFound@21
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast-ssd
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label)',
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeName, ValidateServiceName, ValidateClassName)',
      'pkg/apis/batch/validation/validation.go (ValidateCronJobCreate: at most 52 characters)',
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check:
          "IsDNS1123Subdomain: \"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character\"",
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Turn it off only for templates whose placeholders it does not recognise (such as `%NAME%`) and that a later step replaces before apply; otherwise every finding is an object, or a reference, that cannot exist.',
  },
  messages,
  check(context) {
    const { model } = context;
    for (const resource of model.resources) {
      const rule = KIND_NAME_RULES[resource.kind];
      // Not resource.name: that falls back to generateName, a prefix that may end in '-'.
      const name = nonEmptyString(objectOf(resource.object.metadata).name);
      if (!rule || !name || isNamePlaceholder(name)) continue;
      const path = ['metadata', 'name'];
      if (!isValidName(name, rule)) {
        const suggestion = suggestName(name, rule);
        reportWrittenValue(context, {
          messageId: 'object',
          data: { object: describe(resource), name, rule: NAME_RULE_TEXT[rule] },
          resource,
          path,
          fix: suggestion ? `name: ${suggestion}` : undefined,
        });
      } else if (resource.kind === 'CronJob' && name.length > MAX_CRONJOB_NAME) {
        reportWrittenValue(context, {
          messageId: 'cronJobTooLong',
          data: { object: describe(resource), length: name.length },
          resource,
          path,
          fix: `shorten it by ${name.length - MAX_CRONJOB_NAME} characters`,
        });
      }
    }
    for (const reference of references(model)) checkReference(context, model, reference);
  },
});
