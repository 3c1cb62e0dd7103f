import { describeWorkload } from '../../src/model/workloads.js';
import type { Volume, VolumeMount } from 'kubernetes-types/core/v1.js';
import { objectsOf } from '../../src/util/shape.js';
import { filePathProblem, findClashes, type PathProblem } from '../../src/k8s/file-paths.js';
import { filePaths, projectionsOf, type VolumeField } from '../../src/k8s/volume-sources.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RuleContext } from '../../src/rule.js';

const messages = {
  required: "A file of volume '{volume}' ({source}) in {workload} has no path; every projected file needs one",
  absolute: "Path '{path}' of volume '{volume}' ({source}) in {workload} is absolute; file paths are relative to the volume's mountPath",
  backstep: "Path '{path}' of volume '{volume}' ({source}) in {workload} contains a '..' element; files may not point outside the volume",
  reserved:
    "Path '{path}' of volume '{volume}' ({source}) in {workload} starts with '..', which the kubelet reserves for its own entries such as ..data",
  duplicate:
    "Path '{path}' of projected volume '{volume}' in {workload} is written {writers}; the API server rejects conflicting duplicate paths",
  sameFile: "Path '{path}' of volume '{volume}' in {workload} is written {writers}; only one of them ends up in the file",
  nested:
    "Path '{path}' ({source}) of volume '{volume}' in {workload} overlaps '{otherPath}' ({other}): one of them would have to be a file and a directory at once, so the volume cannot be set up",
} as const;

type Context = RuleContext<typeof messages>;

/** Where the volume is mounted, so an absolute path can be turned into the relative one meant. */
function mountPathsOf(workload: Workload, volumeName: string | undefined): string[] {
  return workload.containers.flatMap(({ container }) =>
    objectsOf<VolumeMount>(container.volumeMounts)
      .filter((m) => m.name === volumeName && typeof m.mountPath === 'string')
      .map((m) => m.mountPath.replace(/\/+$/, '')),
  );
}

const FIX: Record<Exclude<PathProblem, 'required'>, (path: string, mountPaths: readonly string[]) => string | undefined> = {
  absolute: (path, mountPaths) => {
    const mount = mountPaths.find((m) => m !== '' && path.startsWith(`${m}/`));
    return mount
      ? `path: ${path.slice(mount.length + 1)} (the volume is mounted at ${mount})`
      : `path: ${path.replace(/^\/+/, '')} (relative to the mountPath)`;
  },
  backstep: () => 'mount the volume where the file is needed instead of climbing out of it',
  reserved: (path) => `path: ${path.replace(/^\.+/, '')}`,
};

/** Exact duplicates in a projected volume are rejected (a token path is not counted upstream); other clashes are warned about. */
function checkVolume(context: Context, workload: Workload, volume: Volume, volumePath: readonly (string | number)[]) {
  const entries = projectionsOf(volume).flatMap(filePaths);
  const base = { volume: volume.name ?? '', workload: describeWorkload(workload) };
  const at = (entry: VolumeField) => [...volumePath, ...entry.path];
  const sourceOf = (entry: VolumeField) => entry.projection?.label ?? '';
  const writers = (first: VolumeField, second: VolumeField) =>
    first.projection === second.projection ? `twice by ${sourceOf(first)}` : `by ${sourceOf(first)} and again by ${sourceOf(second)}`;
  const mountPaths = mountPathsOf(workload, volume.name);
  const valid: VolumeField[] = [];
  for (const entry of entries) {
    const value = entry.value === null || entry.value === undefined ? '' : entry.value;
    if (typeof value !== 'string') continue;
    const problem = filePathProblem(value);
    if (!problem) {
      valid.push(entry);
      continue;
    }
    if (problem === 'required')
      context.report({ messageId: problem, data: { ...base, source: sourceOf(entry) }, resource: workload.resource, path: at(entry) });
    else
      context.report({
        messageId: problem,
        data: { ...base, path: value, source: sourceOf(entry) },
        resource: workload.resource,
        path: at(entry),
        fix: FIX[problem](value, mountPaths),
      });
  }

  const rejected = new Set<VolumeField>();
  if (volume.projected) {
    const counted = valid.filter((entry) => entry.projection?.kind !== 'serviceAccountToken');
    for (const { entry, other, clash } of findClashes(counted, (e) => e.value as string)) {
      if (clash !== 'duplicate' || entry.value !== other.value) continue;
      rejected.add(entry);
      context.report({
        messageId: 'duplicate',
        data: { ...base, path: entry.value as string, writers: writers(other, entry) },
        resource: workload.resource,
        path: at(entry),
        related: [{ resource: workload.resource, path: at(other), message: `first written by ${sourceOf(other)}` }],
      });
    }
  }
  for (const { entry, other, clash } of findClashes(valid, (e) => e.value as string)) {
    if (rejected.has(entry)) continue;
    const related = [{ resource: workload.resource, path: at(other), message: `'${String(other.value)}' (${sourceOf(other)})` }];
    if (clash === 'duplicate') {
      context.report({
        messageId: 'sameFile',
        data: { ...base, path: entry.value as string, writers: writers(other, entry) },
        resource: workload.resource,
        path: at(entry),
        related,
        severity: 'warning',
      });
    } else {
      context.report({
        messageId: 'nested',
        data: { ...base, path: entry.value as string, source: sourceOf(entry), otherPath: String(other.value), other: sourceOf(other) },
        resource: workload.resource,
        path: at(entry),
        related,
        severity: 'warning',
      });
    }
  }
}

export default defineRule({
  id: 'key-path-invalid',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A file path of a configMap, secret, downwardAPI or projected volume is absolute, climbs out with `..`, or clashes with another path of the volume',
    why: 'The API server rejects an `items[].path` (or a token\'s or trust bundle\'s `path`) that is absolute, contains a `..` element or starts with `..` (the kubelet keeps its `..data` links there), and a projected volume that writes the same path from two sources ("conflicting duplicate paths"). Paths that merely overlap pass validation with a warning: the same path twice in one ConfigMap volume silently keeps only one key, and `a` next to `a/b` makes the kubelet fail to write the volume, so the pod stays in ContainerCreating.',
    fix: 'Use relative paths below the mount point and give every file its own path; where two objects must provide the same file name, mount them as separate volumes.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
  site.conf: |
    server {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        items:
          - key: nginx.conf
            path: nginx.conf
          - key: site.conf
            path: /etc/nginx/conf.d/site.conf # expect: key-path-invalid/absolute@19
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
  site.conf: |
    server {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        items:
          - key: nginx.conf
            path: nginx.conf
          - key: site.conf
            path: conf.d/site.conf
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidateLocalNonReservedPath, validateKeyToPath, validateProjectionSources: "conflicting duplicate paths")',
      'pkg/api/pod/warnings.go (warningsForOverlappingVirtualPaths: "overlapping paths")',
      'pkg/volume/util/atomic_writer.go (the ..data symlink and timestamped ..<date> directories)',
      'https://kubernetes.io/docs/concepts/storage/projected-volumes/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'validateKeyToPath, validateProjectionSources: "must not contain \'..\'", "conflicting duplicate paths"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: the errors are objects the API server rejects and the overlapping paths leave a pod in ContainerCreating, so no setup makes these paths work. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const workload of context.model.workloads) {
      for (const { volume, path } of workload.volumes) checkVolume(context, workload, volume, path);
    }
  },
});
