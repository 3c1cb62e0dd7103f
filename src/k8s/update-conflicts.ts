/**
 * Whether applying one written copy of an object over another is refused by the API server: the
 * fields its update validation forbids to change, kind by kind. The first copy is what the cluster
 * holds after the first apply; the second is applied over it (`kubectl apply` removes what the first
 * wrote and the second does not, so a field written only in the first counts as changed to "not set").
 *
 * Upstream: pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimUpdate,
 * ValidatePersistentVolumeUpdate, ValidateServiceUpdate, ValidateSecretUpdate,
 * ValidateConfigMapUpdate), pkg/apis/apps/validation/validation.go (ValidateStatefulSetUpdate),
 * pkg/registry/apps/{deployment,replicaset,daemonset}/strategy.go (selector immutable in apps/v1),
 * pkg/apis/batch/validation/validation.go (ValidateJobSpecUpdate),
 * pkg/apis/storage/validation/validation.go (ValidateStorageClassUpdate),
 * pkg/apis/rbac/validation/validation.go (ValidateRoleBindingUpdate: cannot change roleRef).
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { JsonPath } from '../types.js';
import { getIn } from '../util/get-in.js';
import { isObject, objectOf } from '../util/shape.js';
import { firstDifference } from './object-difference.js';
import { compareQuantities, parseQuantity } from './quantity.js';
import { BETA_CLASS_ANNOTATION, declaredClaimClass } from './storage-class.js';

type Written = Record<string, unknown>;

export interface UpdateConflict {
  /** The field that may not change, where it differs. */
  path: JsonPath;
  before: unknown;
  after: unknown;
  /** What the API server says, in words a message can quote. */
  rule: string;
}

export interface UpdateContext {
  /** The class admission gives a claim that names none, when the view or the configuration tells. */
  defaultClass?: string;
  /** Whether the StorageClass allows expansion; undefined when the view does not define it. */
  allowsExpansion(className: string): boolean | undefined;
}

type Check = (before: Written, after: Written, context: UpdateContext) => UpdateConflict | undefined;

/** The first of these fields that differs (defaults filled in), refused with `rule`. */
function immutable(paths: readonly JsonPath[], rule: string, before: Written, after: Written): UpdateConflict | undefined {
  for (const path of paths) {
    const difference = firstDifference(getIn(before, path), getIn(after, path), { defaults: true }, path);
    if (difference) return { ...difference, rule };
  }
  return undefined;
}

/** Both copies write the field: some fields are filled in by the server when left out, so only two written values compare. */
const bothWrite = (path: JsonPath, before: Written, after: Written) =>
  getIn(before, path) !== undefined && getIn(after, path) !== undefined;

const CLAIM_SPEC_RULE = "a claim's spec is immutable after creation except resources.requests and volumeAttributesClassName";

function classPath(claim: Written): JsonPath {
  const annotations = objectOf(objectOf(claim.metadata).annotations);
  return BETA_CLASS_ANNOTATION in annotations ? ['metadata', 'annotations', BETA_CLASS_ANNOTATION] : ['spec', 'storageClassName'];
}

const claimCheck: Check = (before, after, context) => {
  const [classBefore, classAfter] = [
    declaredClaimClass(before as PersistentVolumeClaim),
    declaredClaimClass(after as PersistentVolumeClaim),
  ];
  // A claim without a class gets the default at creation; setting one later is allowed only when there was no default to give.
  const settled = classBefore ?? context.defaultClass;
  if (
    classBefore !== undefined ? classAfter !== classBefore : settled !== undefined && classAfter !== undefined && classAfter !== settled
  ) {
    return { path: classPath(classAfter === undefined ? before : after), before: classBefore, after: classAfter, rule: CLAIM_SPEC_RULE };
  }
  const fixed = immutable(
    [
      ['spec', 'accessModes'],
      ['spec', 'selector'],
      ['spec', 'volumeMode'],
      ['spec', 'dataSource'],
      ['spec', 'resources', 'limits'],
      // The server fills dataSourceRef in from dataSource, so it compares only where both copies write it.
      ...(bothWrite(['spec', 'dataSourceRef'], before, after) ? [['spec', 'dataSourceRef']] : []),
    ],
    CLAIM_SPEC_RULE,
    before,
    after,
  );
  if (fixed) return fixed;
  // The PV controller fills volumeName in once; a name the first copy wrote cannot change or go away.
  const volumeBefore = getIn(before, ['spec', 'volumeName']);
  if (typeof volumeBefore === 'string' && volumeBefore !== '' && getIn(after, ['spec', 'volumeName']) !== volumeBefore) {
    return { path: ['spec', 'volumeName'], before: volumeBefore, after: getIn(after, ['spec', 'volumeName']), rule: CLAIM_SPEC_RULE };
  }
  const storage = ['spec', 'resources', 'requests', 'storage'];
  const [sizeBefore, sizeAfter] = [parseQuantity(getIn(before, storage)), parseQuantity(getIn(after, storage))];
  if (!sizeBefore.ok || !sizeAfter.ok) return undefined;
  const order = compareQuantities(sizeAfter.quantity, sizeBefore.quantity);
  const sizes = { path: storage, before: getIn(before, storage), after: getIn(after, storage) };
  if (order < 0) return { ...sizes, rule: 'a claim\'s storage request "can not be less than previous value"' };
  const className = classAfter ?? context.defaultClass;
  if (order > 0 && className !== undefined && context.allowsExpansion(className) === false)
    return { ...sizes, rule: `StorageClass ${className} does not set allowVolumeExpansion: true, so a larger request is refused` };
  return undefined;
};

/** PersistentVolumeSource: the volume plugin fields of a PV's spec. */
const PV_SOURCES = [
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'hostPath',
  'glusterfs',
  'nfs',
  'rbd',
  'iscsi',
  'cinder',
  'cephfs',
  'fc',
  'flocker',
  'flexVolume',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'local',
  'storageos',
  'csi',
] as const;

const volumeCheck: Check = (before, after) => {
  const source = immutable(
    PV_SOURCES.map((field) => ['spec', field]),
    'spec.persistentvolumesource is immutable after creation',
    before,
    after,
  );
  if (source) return source;
  const mode = immutable([['spec', 'volumeMode']], 'a PersistentVolume\'s volumeMode "field is immutable"', before, after);
  if (mode) return mode;
  // nodeAffinity may be added to a PV that had none, not changed once set.
  return isObject(getIn(before, ['spec', 'nodeAffinity']))
    ? immutable([['spec', 'nodeAffinity']], "a PersistentVolume's nodeAffinity cannot change once set", before, after)
    : undefined;
};

const storageClassCheck: Check = (before, after) =>
  immutable(
    [['provisioner'], ['parameters'], ['reclaimPolicy'], ['volumeBindingMode']],
    'updates to a StorageClass\'s provisioner, parameters, reclaimPolicy and volumeBindingMode "are forbidden"',
    before,
    after,
  );

/** apps/v1 makes the selector immutable; older API versions defaulted it from the template labels. */
const selectorCheck: Check = (before, after) =>
  bothWrite(['spec', 'selector'], before, after)
    ? immutable([['spec', 'selector']], 'spec.selector "field is immutable"', before, after)
    : undefined;

const statefulSetCheck: Check = (before, after, context) =>
  selectorCheck(before, after, context) ??
  immutable(
    [
      ['spec', 'serviceName'],
      ['spec', 'podManagementPolicy'],
      ['spec', 'volumeClaimTemplates'],
    ],
    "a StatefulSet's spec may change only in replicas, template, updateStrategy, minReadySeconds, ordinals and persistentVolumeClaimRetentionPolicy",
    before,
    after,
  );

const jobCheck: Check = (before, after) =>
  (bothWrite(['spec', 'selector'], before, after)
    ? immutable([['spec', 'selector']], 'a Job\'s spec.selector "field is immutable"', before, after)
    : undefined) ??
  immutable(
    [
      ['spec', 'template'],
      ['spec', 'completions'],
      ['spec', 'completionMode'],
    ],
    "a Job's template, completions and completionMode are immutable",
    before,
    after,
  );

const isHeadless = (service: Written) => getIn(service, ['spec', 'clusterIP']) === 'None';

/**
 * A Service keeps the cluster IP it was given (a copy without one is filled in from the live object),
 * but the IP itself may not change, nor may a Service become headless or stop being headless.
 */
const serviceCheck: Check = (before, after) => {
  if (getIn(before, ['spec', 'type']) === 'ExternalName' || getIn(after, ['spec', 'type']) === 'ExternalName') return undefined;
  const [ipBefore, ipAfter] = [getIn(before, ['spec', 'clusterIP']), getIn(after, ['spec', 'clusterIP'])];
  const changes =
    (isHeadless(after) && !isHeadless(before)) ||
    (typeof ipAfter === 'string' && ipAfter !== '' && typeof ipBefore === 'string' && ipBefore !== '' && ipAfter !== ipBefore);
  return changes
    ? { path: ['spec', 'clusterIP'], before: ipBefore, after: ipAfter, rule: 'spec.clusterIP "may not change once set"' }
    : undefined;
};

/** `immutable: true` freezes data (and itself) once created. */
const configCheck: Check = (before, after) =>
  before.immutable === true
    ? immutable(
        [['immutable'], ['data'], ['binaryData'], ['stringData']],
        'the first copy sets immutable: true, so data cannot change',
        before,
        after,
      )
    : undefined;

const secretCheck: Check = (before, after, context) =>
  immutable([['type']], 'a Secret\'s type "field is immutable"', { type: 'Opaque', ...before }, { type: 'Opaque', ...after }) ??
  configCheck(before, after, context);

const roleBindingCheck: Check = (before, after) => immutable([['roleRef']], '"cannot change roleRef"', before, after);

/** Checks by API group and kind; kinds not listed accept any change of their spec. */
const CHECKS: Readonly<Record<string, Check>> = {
  '/PersistentVolumeClaim': claimCheck,
  '/PersistentVolume': volumeCheck,
  '/Service': serviceCheck,
  '/Secret': secretCheck,
  '/ConfigMap': configCheck,
  'storage.k8s.io/StorageClass': storageClassCheck,
  'apps/StatefulSet': statefulSetCheck,
  'apps/Deployment': selectorCheck,
  'apps/ReplicaSet': selectorCheck,
  'apps/DaemonSet': selectorCheck,
  'batch/Job': jobCheck,
  'rbac.authorization.k8s.io/RoleBinding': roleBindingCheck,
  'rbac.authorization.k8s.io/ClusterRoleBinding': roleBindingCheck,
};

export const apiGroupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

/** What refuses `after` applied over `before` (same group, kind and name), or undefined when the update is accepted. */
export function updateConflict(
  apiVersion: string,
  kind: string,
  before: Written,
  after: Written,
  context: UpdateContext,
): UpdateConflict | undefined {
  return CHECKS[`${apiGroupOf(apiVersion)}/${kind}`]?.(before, after, context);
}
