import { closest } from '../../src/k8s/names.js';
import { volumeSourceOf } from '../../src/k8s/volume-source.js';
import { describeContainer, mountsOf, volumesByName } from '../../src/model/volume-mounts.js';
import { defineRule } from '../../src/rule.js';

const listNames = (names: readonly string[]) => (names.length === 0 ? 'the pod has no volumes' : `its volumes are '${names.join("', '")}'`);

export default defineRule({
  id: 'volume-mount-not-found',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A volumeMount or volumeDevice names a volume the pod does not have',
    why: 'The API server rejects the pod (or the Deployment, Job, … whose template it is) with `volumeMounts[0].name: Not found`: every mount and device must name an entry of `spec.volumes`. A block device (`volumeDevices`) must moreover be a persistentVolumeClaim or ephemeral volume ("can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"). StatefulSets are checked by `sts-volume-mount-not-found`, because their mounts may also name volumeClaimTemplates.',
    fix: 'Fix the name in the mount, or add the volume to `spec.volumes` (names are case-sensitive). For `volumeDevices`, use a persistentVolumeClaim or ephemeral volume with `volumeMode: Block`.',
    examples: {
      bad: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
        - name: cache # expect: volume-mount-not-found/mountUnknown@17
          mountPath: /var/cache/nginx
  volumes:
    - name: html
      emptyDir: {}
    - name: nginx-cache
      emptyDir: {}
`,
      good: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
        - name: nginx-cache
          mountPath: /var/cache/nginx
  volumes:
    - name: html
      emptyDir: {}
    - name: nginx-cache
      emptyDir: {}
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidateVolumeMounts: IsMatchedVolume; ValidateVolumeDevices: isMatchedDevice)',
      'https://kubernetes.io/docs/concepts/storage/volumes/',
    ],
    sources: [
      { tool: 'Kubevious', check: 'container-volume-mount-ref' },
      {
        tool: 'Kubernetes API server',
        check: 'ValidateVolumeMounts: volumeMounts[].name "Not found"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Turn it off only when a mutating webhook injects the named volume at admission (service mesh or secret injectors); otherwise the API server rejects the workload.',
  },
  messages: {
    mountUnknown: "{container} mounts volume '{volume}', which is not a volume of the pod; {volumes}",
    deviceUnknown: "{container} uses volume '{volume}' as a block device, but it is not a volume of the pod; {volumes}",
    deviceNotClaim:
      "{container} uses volume '{volume}' as a block device, but it is a {source} volume; only persistentVolumeClaim and ephemeral volumes can be block devices",
  },
  check(context) {
    for (const workload of context.model.workloads) {
      // StatefulSet mounts may also name claim templates: sts-volume-mount-not-found covers them.
      if (workload.kind === 'StatefulSet') continue;
      // A strategic-merge patch gets its volumes from the base it patches.
      if (context.model.isFragment(workload.resource) !== undefined) continue;
      const volumes = volumesByName(workload);
      const names = [...volumes.keys()];
      for (const container of workload.containers) {
        for (const mount of mountsOf(container)) {
          if (!mount.volumeName) continue;
          const at = { resource: workload.resource, path: [...mount.path, 'name'] };
          const subject = describeContainer(workload, mount);
          const volume = volumes.get(mount.volumeName);
          if (!volume) {
            const suggestion = closest(mount.volumeName, names);
            context.report({
              messageId: mount.kind === 'mount' ? 'mountUnknown' : 'deviceUnknown',
              data: { container: subject, volume: mount.volumeName, volumes: listNames(names) },
              ...at,
              fix: suggestion ? `did you mean '${suggestion}'?` : undefined,
            });
            continue;
          }
          const source = volumeSourceOf(volume.volume as unknown as Record<string, unknown>);
          if (mount.kind === 'device' && source && source !== 'persistentVolumeClaim' && source !== 'ephemeral') {
            context.report({
              messageId: 'deviceNotClaim',
              data: { container: subject, volume: mount.volumeName, source },
              ...at,
              related: [{ resource: workload.resource, path: [...volume.path, source], message: `volume '${mount.volumeName}'` }],
              fix: 'mount it with volumeMounts, or use a persistentVolumeClaim with volumeMode: Block',
            });
          }
        }
      }
    }
  },
});
