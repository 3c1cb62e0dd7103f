import { hasBacksteps, isAbsolutePath } from '../../src/k8s/local-path.js';
import { describeContainer, mountsOf, type MountView } from '../../src/model/volume-mounts.js';
import { volumeModes, type VolumeModeIndex } from '../../src/model/volume-modes.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RuleContext } from '../../src/rule.js';

const messages = {
  blockMounted:
    "{container} lists volume '{volume}' in volumeMounts, but {claim} has volumeMode Block; a block volume can only be attached through volumeDevices",
  filesystemDevice:
    "{container} lists volume '{volume}' in volumeDevices, but {claim} has volumeMode Filesystem; only a Block claim can be a raw device",
  deviceNotClaim:
    "{container} uses volume '{volume}' as a block device, but its source is {source}; only claim templates, persistentVolumeClaim and ephemeral volumes can be block devices",
  relativeDevicePath:
    "{container} attaches block device '{volume}' at '{path}', which is not an absolute path; the kubelet refuses to start the container",
  devicePathBacksteps: "{container} attaches block device '{volume}' at '{path}', which contains a '..' element",
} as const;

type Context = RuleContext<typeof messages>;

function checkDevicePath(context: Context, workload: Workload, mount: MountView) {
  if (mount.kind !== 'device' || !mount.target) return;
  const data = { container: describeContainer(workload, mount), volume: mount.volumeName ?? '', path: mount.target };
  const at = { resource: workload.resource, path: [...mount.path, 'devicePath'] };
  if (hasBacksteps(mount.target)) context.report({ ...at, messageId: 'devicePathBacksteps', data });
  else if (!isAbsolutePath(mount.target))
    context.report({ ...at, messageId: 'relativeDevicePath', data, fix: `devicePath: /${mount.target.replace(/^\.\//, '')}` });
}

function checkMode(context: Context, workload: Workload, modes: VolumeModeIndex, mount: MountView) {
  if (!mount.volumeName) return;
  const target = modes.lookup(mount.volumeName);
  if (!target) return;
  const data = { container: describeContainer(workload, mount), volume: mount.volumeName };
  const at = { resource: workload.resource, path: [...mount.path, 'name'] };
  if (target.kind === 'other') {
    // Other workloads: volume-mount-not-found says so; StatefulSets are left to this rule.
    if (mount.kind === 'device' && workload.kind === 'StatefulSet') {
      context.report({
        ...at,
        messageId: 'deviceNotClaim',
        data: { ...data, source: target.source },
        related: [{ resource: target.resource, path: target.path, message: `volume '${mount.volumeName}'` }],
      });
    }
    return;
  }
  const related = [{ resource: target.resource, path: target.modePath, message: `volumeMode of ${target.claim}` }];
  if (mount.kind === 'mount' && target.mode === 'Block') {
    context.report({
      ...at,
      messageId: 'blockMounted',
      data: { ...data, claim: target.claim },
      related,
      fix: `volumeDevices: [{name: ${mount.volumeName}, devicePath: /dev/xvda}]`,
    });
  } else if (mount.kind === 'device' && target.mode === 'Filesystem') {
    context.report({
      ...at,
      messageId: 'filesystemDevice',
      data: { ...data, claim: target.claim },
      related,
      fix: 'volumeMode: Block on the claim, or mount it with volumeMounts',
    });
  }
}

export default defineRule({
  id: 'volume-mode-usage',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A Block claim in volumeMounts, a Filesystem claim in volumeDevices, or a devicePath that is relative or climbs out with `..`',
    why: 'A claim\'s `volumeMode` decides how a container gets it: `Filesystem` (the default) through `volumeMounts`, `Block` through `volumeDevices` with an absolute `devicePath`. The kubelet checks this before it starts the pod ("volume X has volumeMode Block, but is specified in volumeMounts", and the reverse), so the pod hangs in ContainerCreating; it refuses a relative `devicePath` ("must be an absolute path"), and the API server rejects a `devicePath` with a `..` element. In a StatefulSet a device must name a claim template, a persistentVolumeClaim or an ephemeral volume (for other workloads `volume-mount-not-found` checks that). Name and path clashes between mounts and devices are `mount-path-conflict`\'s.',
    fix: "List Block claims under `volumeDevices` with an absolute `devicePath` (e.g. `/dev/xvda`) and Filesystem claims under `volumeMounts`, or change the claim's `volumeMode` (which is immutable: re-create the claim).",
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: raw-disk
spec:
  storageClassName: gp3
  volumeMode: Block
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      volumeMounts:
        - name: data # expect: volume-mode-usage/blockMounted@17
          mountPath: /var/lib/postgresql/data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: raw-disk
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: raw-disk
spec:
  storageClassName: gp3
  volumeMode: Block
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      volumeDevices:
        - name: data
          devicePath: /dev/xvda
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: raw-disk
`,
    },
    references: [
      'pkg/kubelet/volumemanager/populator/desired_state_of_world_populator.go (createVolumeSpec: volumeMode mismatch with volumeMounts/volumeDevices)',
      'pkg/kubelet/kubelet_pods.go (makeBlockVolumes: must be an absolute path)',
      'pkg/apis/core/validation/validation.go (ValidateVolumeDevices)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#raw-block-volume-support',
    ],
    sources: [],
    whenNotToUse:
      'Keep it on: a pod it reports does not start. Turn it off only when the claims in the files have another volumeMode than the claims in the cluster.',
  },
  messages,
  check(context) {
    for (const workload of context.model.workloads) {
      // A patch's volumes come from its base: nothing to resolve names against.
      if (context.model.isFragment(workload.resource) !== undefined) continue;
      const modes = volumeModes(context.model, workload);
      for (const container of workload.containers) {
        for (const mount of mountsOf(container)) {
          checkDevicePath(context, workload, mount);
          checkMode(context, workload, modes, mount);
        }
      }
    }
  },
});
