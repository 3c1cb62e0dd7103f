import path from 'node:path';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { allowsExpansion } from '../../src/k8s/storage-class.js';
import { describeValue, fieldName, firstDifference } from '../../src/k8s/object-difference.js';
import { apiGroupOf, updateConflict, type UpdateConflict, type UpdateContext } from '../../src/k8s/update-conflicts.js';
import { reportedPosition } from '../../src/load/locate.js';
import { describe, type Resource } from '../../src/load/resource.js';
import type { Duplicate, EarlierDefinition, Placement } from '../../src/model/duplicates.js';
import type { Model } from '../../src/model/model.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { getIn } from '../../src/util/get-in.js';
import { objectOf } from '../../src/util/shape.js';

/** Annotations kustomize adds to what it renders: where an object came from, not what it is. */
const BUILD_ANNOTATION = /^(internal\.)?config\.kubernetes\.io\//;

/** Defaults of fields named alike in other kinds (`type`), which the field-name table of object-difference cannot hold. */
function withKindDefaults(resource: Resource, object: Record<string, unknown>): Record<string, unknown> {
  if (resource.kind === 'Secret' && apiGroupOf(resource.apiVersion) === '') return { type: 'Opaque', ...object };
  if (resource.kind === 'Service' && apiGroupOf(resource.apiVersion) === '')
    return { ...object, spec: { type: 'ClusterIP', ...objectOf(object.spec) } };
  return object;
}

/** The object as the cluster would hold it from this definition: no status, no build annotations, namespace settled by identity. */
function applied(resource: Resource): Record<string, unknown> {
  const { status: _status, ...object } = resource.object;
  const { namespace: _namespace, annotations, ...metadata } = objectOf(object.metadata);
  const kept = Object.entries(objectOf(annotations)).filter(([key]) => !BUILD_ANNOTATION.test(key));
  return withKindDefaults(resource, {
    ...object,
    metadata: { ...metadata, ...(kept.length > 0 ? { annotations: Object.fromEntries(kept) } : {}) },
  });
}

interface Judged extends EarlierDefinition {
  conflict?: UpdateConflict;
  difference?: { path: JsonPath; before: unknown; after: unknown };
}

function judge(duplicate: Duplicate, context: UpdateContext): Judged[] {
  const later = applied(duplicate.resource);
  return duplicate.earlier.map((earlier) => {
    const before = applied(earlier.resource);
    const conflict = updateConflict(duplicate.resource.apiVersion, duplicate.resource.kind, before, later, context);
    return { ...earlier, ...(conflict ? { conflict } : {}), difference: firstDifference(before, later, { defaults: true }) };
  });
}

/**
 * The earlier definition to compare with: one applied together with this one that the API server
 * would refuse to update to it, else any it would refuse, else the nearest applied together, else
 * the nearest.
 */
const partnerOf = (judged: readonly Judged[]): Judged =>
  judged.find((j) => j.placement === 'together' && j.conflict) ??
  judged.find((j) => j.conflict) ??
  judged.find((j) => j.placement === 'together') ??
  judged[0];

const APART: Record<Exclude<Placement, 'together'>, string> = {
  versions: 'in files that read as versions of one manifest',
  apart: 'in unrelated folders',
};

const NAME: JsonPath = ['metadata', 'name'];

/**
 * `k8s/a.yaml:4 and again at line 12` within one file, `k8s/a.yaml:4 and again at b.yaml:12` (or
 * `sub/b.yaml:12`) below the first one's folder, else both paths in full.
 */
function places(first: Resource, later: Resource): string {
  const [a, b] = [reportedPosition(first.source, NAME), reportedPosition(later.source, NAME)];
  const relative = path.relative(path.dirname(a.file), b.file);
  const second =
    a.file === b.file ? `line ${b.line}` : `${relative.startsWith('..') || path.isAbsolute(relative) ? b.file : relative}:${b.line}`;
  return `${a.file}:${a.line} and again at ${second}`;
}

function updateContext(model: Model): UpdateContext {
  return {
    ...(model.defaultStorageClassName ? { defaultClass: model.defaultStorageClassName } : {}),
    allowsExpansion: (name) => {
      const storageClass = model.storageClass(name);
      return storageClass ? allowsExpansion(storageClass.object as unknown as StorageClass) : undefined;
    },
  };
}

const differs = (d: { path: JsonPath; before: unknown; after: unknown }) =>
  `${fieldName(d.path)} is ${describeValue(d.before)} there and ${describeValue(d.after)} here`;

export default defineRule({
  id: 'object-defined-twice',
  severity: 'warning',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'One object (API group, kind, namespace, name) is defined more than once; a warning where copies applied together differ in a field the API server keeps fixed',
    why: "The API server holds one object per API group, kind, namespace and name, so two definitions of it are one object: the later apply replaces the earlier, silently, or is refused where the copies differ in a field the API server does not let change after creation: a claim's class, access modes, selector or volumeMode (`spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims`) or a smaller request (`can not be less than previous value`), a PersistentVolume's volume source (`spec.persistentvolumesource is immutable after creation`), a StorageClass's provisioner, parameters, reclaimPolicy or volumeBindingMode (`updates to parameters are forbidden`), a StatefulSet's volumeClaimTemplates, serviceName, selector or podManagementPolicy (`updates to statefulset spec for fields other than ... are forbidden`), the selector of a Deployment, ReplicaSet or DaemonSet, a Job's template, a Service becoming headless or changing its clusterIP, a Secret's type, the data of an `immutable: true` ConfigMap or Secret, a RoleBinding's roleRef (`cannot change roleRef`). Where the copies are written decides what they mean. In one file, or in files on one folder line (same folder, ancestor, descendant) that `kubectl apply -f`/`-R` applies together, a refused update is a warning, and identical or harmlessly different copies are info (one is redundant; the later wins). Files on one line that read as versions of one manifest (names sharing a word such as `pvc.yaml` and `pvc-10gi.yaml`, mostly the same objects, or an object written in three or more files, as in an all-in-one file beside its split copies) and folders not on one line (a book's chapters, a driver's examples) are alternatives: only a refused update is reported, as info, since a reader who applies both after one another meets it. Objects rendered by two kustomizations (overlays) or found in two `helm template` outputs (one chart with other values) are never compared; within one kustomization kustomize itself refuses a duplicate (`may not add resource with an already registered id`). Kustomize patches, objects named only by `generateName`, and `--cluster`/`--context` objects are not definitions: a file object that repeats a `--cluster` object is the desired state of that live object, not a second one.",
    fix: 'Keep one definition of the object. If both are wanted, give one another name; if they are alternatives (an environment each), keep them in separate kustomization overlays or folders that are never applied together. To change a field the API server keeps fixed on a live object, delete the object and apply it again.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteMany] # expect: object-defined-twice/conflicts@17
  resources:
    requests:
      storage: 10Gi
`,
      good: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-data
spec:
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimUpdate: "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims", "field can not be less than previous value"; ValidatePersistentVolumeUpdate: "spec.persistentvolumesource is immutable after creation", volumeMode, nodeAffinity once set; ValidateServiceUpdate: clusterIP)',
      "pkg/apis/apps/validation/validation.go (ValidateStatefulSetUpdate: \"updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\")",
      'pkg/registry/apps/deployment/strategy.go, replicaset/strategy.go, daemonset/strategy.go (ValidateUpdate: "disallow mutation of selector" outside extensions/v1beta1 and apps/v1beta1)',
      'pkg/apis/storage/validation/validation.go (ValidateStorageClassUpdate: "updates to parameters are forbidden.", provisioner, reclaimPolicy, volumeBindingMode)',
      'pkg/apis/batch/validation/validation.go (ValidateJobSpecUpdate: selector, template, completions, completionMode)',
      'pkg/apis/rbac/validation/validation.go (ValidateRoleBindingUpdate: "cannot change roleRef")',
      'plugin/pkg/admission/storage/persistentvolume/resize/admission.go (a larger request needs a class with allowVolumeExpansion)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check:
          'ValidatePersistentVolumeClaimUpdate: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
      {
        tool: 'Argo CD',
        check: 'RepeatedResourceWarning: "Resource … appeared N times among application resources."',
        url: 'https://github.com/argoproj/argo-cd/blob/master/controller/state.go',
      },
      {
        tool: 'kustomize',
        check: 'may not add resource with an already registered id',
        url: 'https://github.com/kubernetes-sigs/kustomize/blob/master/api/resmap/reswrangler.go',
      },
    ],
    whenNotToUse:
      'Turn it off (or down to info) for a repository of samples whose folders each hold successive versions of one object, applied one after another by hand (a tutorial that replaces v1 with v2), when a run over the whole repository is meant as a catalogue rather than as one cluster; lint each sample folder on its own instead.',
  },
  messages: {
    conflicts: '{object} is defined at {places}, and {difference}: {rule}, so applying both fails',
    identical: '{object} is defined at {places}, identically: one copy is enough',
    replaces: '{object} is defined at {places}, and {difference}: applied together, the later apply replaces the earlier',
    alternative: '{object} is defined at {places}, {where}; if both are applied, the later apply fails: {difference}, and {rule}',
  },
  check(context) {
    const { model } = context;
    const update = updateContext(model);
    for (const duplicate of model.duplicates) {
      const partner = partnerOf(judge(duplicate, update));
      const { resource } = duplicate;
      const data = { object: describe(resource), places: places(partner.resource, resource) };
      const { conflict, difference } = partner;
      const related = (message: string, path: JsonPath = NAME) => [{ resource: partner.resource, path, message }];
      if (partner.placement !== 'together') {
        // Alternatives: what matters is only whether applying one after the other fails.
        if (!conflict) continue;
        context.report({
          messageId: 'alternative',
          data: { ...data, where: APART[partner.placement], difference: differs(conflict), rule: conflict.rule },
          resource,
          path: NAME,
          severity: 'info',
          related: related(`the other definition of ${describe(resource)}`),
          fix: 'nothing, if the two are alternatives never applied to one cluster; otherwise keep one definition or rename one',
        });
      } else if (conflict) {
        const path = getIn(resource.object, conflict.path) === undefined ? NAME : conflict.path;
        context.report({
          messageId: 'conflicts',
          data: { ...data, difference: differs(conflict), rule: conflict.rule },
          resource,
          path,
          related: related(
            `first definition of ${describe(resource)}`,
            getIn(partner.resource.object, conflict.path) === undefined ? NAME : conflict.path,
          ),
          fix: `keep one definition of ${describe(resource)} or rename one; to change ${fieldName(conflict.path)} of a live object, delete it and apply again`,
        });
      } else if (!difference) {
        context.report({
          messageId: 'identical',
          data,
          resource,
          path: NAME,
          severity: 'info',
          related: related(`first definition of ${describe(resource)}`),
          fix: 'delete one of the copies',
        });
      } else {
        context.report({
          messageId: 'replaces',
          data: { ...data, difference: differs(difference) },
          resource,
          path: NAME,
          severity: 'info',
          related: related(`first definition of ${describe(resource)}`),
          fix: 'keep one definition, merged; if both objects are wanted, give one another name',
        });
      }
    }
  },
});
