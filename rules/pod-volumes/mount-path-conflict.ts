import { describeContainer, mountsOf, type MountView } from '../../src/model/volume-mounts.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RuleContext } from '../../src/rule.js';

const messages = {
  duplicatePath: "{container} mounts volume '{volume}' at '{path}', where volume '{first}' is already mounted",
  duplicateDevicePath: "{container} attaches block device '{volume}' at '{path}', where device '{first}' is already attached",
  duplicateDevice: "{container} lists volume '{volume}' twice in volumeDevices",
  pathInBoth: "{container} uses '{path}' both as the mountPath of volume '{first}' and as the devicePath of volume '{volume}'",
  nameInBoth: "{container} uses volume '{volume}' both in volumeMounts and in volumeDevices",
} as const;

type Context = RuleContext<typeof messages>;
type Report = Parameters<Context['report']>[0];

/** One container's mounts and devices, as `ValidateVolumeMounts` and `ValidateVolumeDevices` check them. */
function checkContainer(context: Context, workload: Workload, views: readonly MountView[]) {
  const mounts = views.filter((v) => v.kind === 'mount');
  const devices = views.filter((v) => v.kind === 'device');
  const mountByPath = new Map<string, MountView>();
  const mountByName = new Map<string, MountView>();
  const deviceByPath = new Map<string, MountView>();
  const deviceByName = new Map<string, MountView>();
  const report = (messageId: keyof typeof messages, at: MountView, field: string, first: MountView) =>
    context.report({
      messageId,
      data: {
        container: describeContainer(workload, at),
        volume: at.volumeName ?? '',
        path: at.target ?? '',
        first: first.volumeName ?? '',
      },
      resource: workload.resource,
      path: [...at.path, field],
      related: [
        {
          resource: workload.resource,
          path: [...first.path, field === 'name' ? 'name' : first.targetField],
          message: `${first.kind === 'mount' ? 'mount' : 'device'} of '${first.volumeName ?? ''}'`,
        },
      ],
      // Every template here takes a subset of these four placeholders; tsc cannot narrow a messageId union.
    } as Report);

  for (const mount of mounts) {
    if (mount.target) {
      const first = mountByPath.get(mount.target);
      if (first) report('duplicatePath', mount, 'mountPath', first);
      else mountByPath.set(mount.target, mount);
    }
    if (mount.volumeName && !mountByName.has(mount.volumeName)) mountByName.set(mount.volumeName, mount);
  }
  for (const device of devices) {
    if (device.volumeName) {
      const first = deviceByName.get(device.volumeName);
      if (first) report('duplicateDevice', device, 'name', first);
      else deviceByName.set(device.volumeName, device);
      const asMount = mountByName.get(device.volumeName);
      if (asMount) report('nameInBoth', device, 'name', asMount);
    }
    if (device.target) {
      const first = deviceByPath.get(device.target);
      if (first) report('duplicateDevicePath', device, 'devicePath', first);
      else deviceByPath.set(device.target, device);
      const asMount = mountByPath.get(device.target);
      if (asMount) report('pathInBoth', device, 'devicePath', asMount);
    }
  }
}

export default defineRule({
  id: 'mount-path-conflict',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A container mounts two volumes at the same path, or uses a volume or path both as a mount and as a block device',
    why: 'The API server rejects the pod or pod template: within one container every `mountPath` must be unique ("must be unique"), every `devicePath` and device name must be unique, and a volume name or path may not appear both in `volumeMounts` and in `volumeDevices` (`ValidateVolumeMounts`, `ValidateVolumeDevices`). Paths are compared as written. Different containers of a pod may use the same path.',
    fix: 'Give each mount its own `mountPath`. To put files of several ConfigMaps/Secrets into one directory, use one projected volume, or mount single files with `subPath` at distinct file paths. Use a volume either as a filesystem mount or as a block device, not both.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  app.yaml: |
    port: 8080
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
stringData:
  db-password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: registry.example.com/app:2
      volumeMounts:
        - name: config
          mountPath: /etc/app
        - name: secrets
          mountPath: /etc/app # expect: mount-path-conflict/duplicatePath@22
  volumes:
    - name: config
      configMap:
        name: app-config
    - name: secrets
      secret:
        secretName: app-secrets
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  app.yaml: |
    port: 8080
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
stringData:
  db-password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: registry.example.com/app:2
      volumeMounts:
        - name: app
          mountPath: /etc/app
  volumes:
    - name: app
      projected:
        sources:
          - configMap:
              name: app-config
          - secret:
              name: app-secrets
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidateVolumeMounts, ValidateVolumeDevices)',
      'https://kubernetes.io/docs/concepts/storage/projected-volumes/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidateVolumeMounts: mountPath "must be unique"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const workload of context.model.workloads) {
      for (const container of workload.containers) checkContainer(context, workload, mountsOf(container));
    }
  },
});
