import { describeWorkload } from '../../src/model/workloads.js';
import { forbiddenTemplateMetadata, isControlledBy } from '../../src/k8s/ephemeral.js';
import { isDns1123Label, isDns1123Subdomain } from '../../src/k8s/names.js';
import { ephemeralClaimName, literalPodNames, type Claim } from '../../src/model/claims.js';
import { isObject, nonEmptyString, objectOf } from '../../src/util/shape.js';
import { getIn } from '../../src/util/get-in.js';
import type { IndexedVolume, Workload } from '../../src/model/workloads.js';
import { defineRule, type RelatedReport, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

const messages = {
  metadata:
    "The claim template of ephemeral volume '{volume}' in {workload} sets metadata.{field}, which cannot be set for an ephemeral volume; only labels and annotations can (the claim is named <pod>-{volume})",
  invalidName:
    "Ephemeral volume '{volume}' of {workload} gets the claim name '{claim}', {length} characters, over the 253 a PersistentVolumeClaim name may have",
  existing:
    "Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', but PersistentVolumeClaim {namespace}/{claim} in the files is not owned by that pod; the pod will not start",
  statefulSet:
    "Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the name {other} gives its claim for ordinal {ordinal}; one of the two pods will not start",
  ephemeral:
    "Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the same name ephemeral volume '{otherVolume}' of {other} needs for pod '{otherPod}'; one of the two pods will not start",
  referenced:
    "Volume '{volume}' of {workload} uses claim '{claim}', which pod '{pod}' creates for its ephemeral volume '{ephemeral}'; the API server rejects a pod that references its own ephemeral claim",
} as const;

type Context = RuleContext<typeof messages>;

const samePath = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((segment, i) => segment === b[i]);
const templatePath = (volume: IndexedVolume) => [...volume.path, 'ephemeral', 'volumeClaimTemplate'];

/** The ephemeral volume an ephemeral claim comes from, and the pod it was named after. */
function ephemeralOrigin(claim: Claim): { volume: string; pod: string; volumePath: JsonPath } {
  const volumePath = claim.path.slice(0, -2);
  const volume = String(getIn(claim.resource.object, [...volumePath, 'name']) ?? '');
  return { volume, pod: claim.name.slice(0, Math.max(0, claim.name.length - volume.length - 1)), volumePath };
}

/** The first claim of the view, other than this volume's own, that takes one of its pods' claim names. */
function firstCollision(context: Context, workload: Workload, volume: IndexedVolume, pods: readonly string[]) {
  const podUid = workload.kind === 'Pod' ? nonEmptyString(objectOf(workload.resource.object.metadata).uid) : undefined;
  for (const pod of pods) {
    const name = ephemeralClaimName(pod, String(volume.volume.name));
    for (const other of context.model.claimsNamed(workload.namespace, name)) {
      if (other.origin === 'ephemeral' && other.resource === workload.resource && samePath(other.path, templatePath(volume))) continue;
      if (other.origin === 'object' && isControlledBy(other.object.metadata, { kind: 'Pod', name: pod, uid: podUid })) continue;
      return { pod, name, other };
    }
  }
  return undefined;
}

function reportCollision(context: Context, workload: Workload, volume: IndexedVolume, pods: readonly string[]) {
  const hit = firstCollision(context, workload, volume, pods);
  if (!hit) return;
  const { pod, name, other } = hit;
  const base = { volume: String(volume.volume.name), workload: describeWorkload(workload), claim: name, pod };
  const at = [...volume.path, 'name'];
  const related = (path: JsonPath, message: string): RelatedReport[] => [{ resource: other.resource, path, message }];
  if (other.origin === 'object') {
    context.report({
      messageId: 'existing',
      data: { ...base, namespace: other.namespace },
      resource: workload.resource,
      path: at,
      related: related(['metadata', 'name'], `PersistentVolumeClaim ${other.namespace}/${other.name}`),
      fix: `rename the volume or the PersistentVolumeClaim; to reuse that claim, mount it with persistentVolumeClaim: {claimName: ${name}}`,
    });
  } else if (other.origin === 'statefulset') {
    context.report({
      messageId: 'statefulSet',
      data: { ...base, other: `StatefulSet ${other.namespace}/${other.resource.name}`, ordinal: other.ordinal ?? 0 },
      resource: workload.resource,
      path: at,
      related: related([...other.path, 'metadata', 'name'], `claim template of StatefulSet ${other.namespace}/${other.resource.name}`),
    });
  } else {
    const origin = ephemeralOrigin(other);
    const owner = other.owner ? describeWorkload(other.owner) : `${other.resource.kind} ${other.namespace}/${other.resource.name}`;
    context.report({
      messageId: 'ephemeral',
      data: { ...base, otherVolume: origin.volume, other: owner, otherPod: origin.pod },
      resource: workload.resource,
      path: at,
      related: related([...origin.volumePath, 'name'], `ephemeral volume '${origin.volume}' of ${owner}`),
    });
  }
}

/** `ValidateVolumes`' second pass, for every pod whose name is known. */
function reportReferences(context: Context, workload: Workload, ephemeral: readonly IndexedVolume[], pods: readonly string[]) {
  const generated = new Map<string, { pod: string; volume: IndexedVolume }>();
  for (const pod of pods)
    for (const volume of ephemeral) generated.set(ephemeralClaimName(pod, String(volume.volume.name)), { pod, volume });
  for (const { volume, path } of workload.volumes) {
    const claimName = nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName);
    const target = claimName ? generated.get(claimName) : undefined;
    if (!claimName || !target) continue;
    const ephemeralName = String(target.volume.volume.name);
    context.report({
      messageId: 'referenced',
      data: {
        volume: volume.name ?? '',
        workload: describeWorkload(workload),
        claim: claimName,
        pod: target.pod,
        ephemeral: ephemeralName,
      },
      resource: workload.resource,
      path: [...path, 'persistentVolumeClaim', 'claimName'],
      related: [{ resource: workload.resource, path: [...target.volume.path, 'name'], message: `ephemeral volume '${ephemeralName}'` }],
      fix: `mount the ephemeral volume '${ephemeralName}' itself instead of its claim`,
    });
  }
}

function checkWorkload(context: Context, workload: Workload) {
  const pods = literalPodNames(workload);
  const named: IndexedVolume[] = [];
  for (const volume of workload.volumes) {
    if (!isObject(volume.volume.ephemeral)) continue;
    const name = volume.volume.name;
    for (const field of forbiddenTemplateMetadata(objectOf(volume.volume.ephemeral.volumeClaimTemplate).metadata)) {
      context.report({
        messageId: 'metadata',
        data: { field, volume: name ?? '', workload: describeWorkload(workload) },
        resource: workload.resource,
        path: [...templatePath(volume), 'metadata', field],
        fix: `remove metadata.${field}; the claim is named after the pod and the volume`,
      });
    }
    if (!isObject(volume.volume.ephemeral.volumeClaimTemplate) || typeof name !== 'string' || !isDns1123Label(name)) continue;
    named.push(volume);
    // Invalid pod or volume names are other rules' findings; only their combination is checked here.
    const tooLong = pods.find((pod) => isDns1123Subdomain(pod) && !isDns1123Subdomain(ephemeralClaimName(pod, name)));
    if (tooLong) {
      const claim = ephemeralClaimName(tooLong, name);
      context.report({
        messageId: 'invalidName',
        data: { volume: name, workload: describeWorkload(workload), claim, length: claim.length },
        resource: workload.resource,
        path: [...volume.path, 'name'],
        fix: 'shorten the pod or the volume name',
      });
    }
    reportCollision(context, workload, volume, pods);
  }
  if (named.length > 0) reportReferences(context, workload, named, pods);
}

export default defineRule({
  id: 'ephemeral-claim-conflict',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A generic ephemeral volume whose claim `<pod>-<volume>` cannot be created for the pod, or whose template sets metadata other than labels and annotations',
    why: 'For an `ephemeral` volume the control plane creates a PersistentVolumeClaim named `<pod name>-<volume name>`, owned by the pod. If a claim of that name already exists and the pod does not own it, the kubelet refuses to use it ("was not created for pod … (pod is not owner)") and the pod never starts; two pods whose names combine to the same claim name (`a` + `b-c`, `a-b` + `c`) fight over one claim. The API server rejects a pod whose claim name is not a valid object name, a pod that also mounts its own generated claim through `persistentVolumeClaim`, and template metadata other than labels and annotations (the claim name cannot be chosen). Names are known for bare Pods and StatefulSet pods; Deployment pods get random names.',
    fix: 'Rename the volume (or the pod) so the generated claim name is free, delete or rename the conflicting claim, mount the ephemeral volume itself rather than its claim, and drop `name`/`namespace` from `volumeClaimTemplate.metadata`.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: builder-scratch
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  containers:
    - name: build
      image: busybox:1.36
      command: [sleep, infinity]
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scratch # expect: ephemeral-claim-conflict/existing@13
      ephemeral:
        volumeClaimTemplate:
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 10Gi
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  containers:
    - name: build
      image: busybox:1.36
      command: [sleep, infinity]
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scratch
      ephemeral:
        volumeClaimTemplate:
          metadata:
            labels:
              app: builder
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 10Gi
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#persistentvolumeclaim-naming',
      'staging/src/k8s.io/component-helpers/storage/ephemeral/ephemeral.go (VolumeClaimName, VolumeIsForPod)',
      'pkg/apis/core/validation/validation.go (ValidateVolumes, validateEphemeralVolumeSource, ValidateTemplateObjectMeta)',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: every finding is a pod the API server rejects or one that never starts. It only judges pods whose names are known (bare Pods and StatefulSet pods), so it does not guess for Deployments.',
  },
  messages,
  check(context) {
    for (const workload of context.model.workloads) checkWorkload(context, workload);
  },
});
