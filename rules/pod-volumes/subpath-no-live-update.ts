import { describeWorkload } from '../../src/model/workloads.js';
import type { VolumeMount } from 'kubernetes-types/core/v1.js';
import { objectReferencesOf, projectionsOf, type Projection } from '../../src/k8s/volume-sources.js';
import type { Model } from '../../src/model/model.js';
import { getIn } from '../../src/util/get-in.js';
import { indexedObjectsOf, nonEmptyString, objectOf } from '../../src/util/shape.js';
import { rollerOf } from '../../src/k8s/rollers.js';
import type { ContainerView, IndexedVolume, Workload } from '../../src/model/workloads.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';

/** Downward API fields that never change during a pod's life; labels, annotations and resources do. */
const FIXED_POD_FIELDS = new Set(['metadata.name', 'metadata.namespace', 'metadata.uid']);

/** Content that cannot change while the pod runs: immutable ConfigMaps/Secrets and fixed pod fields. */
function isStatic(projection: Projection, model: Model, namespace: string): boolean {
  if (projection.kind === 'downwardAPI') {
    return indexedObjectsOf(projection.source.items).every(([item]) => FIXED_POD_FIELDS.has(String(objectOf(item.fieldRef).fieldPath)));
  }
  if (projection.kind !== 'configMap' && projection.kind !== 'secret') return false;
  const kind = projection.kind === 'configMap' ? 'ConfigMap' : 'Secret';
  const name = nonEmptyString(projection.source.name) ?? nonEmptyString(projection.source.secretName);
  return name !== undefined && model.find(kind, name, namespace)?.object.immutable === true;
}

/**
 * A ConfigMap or Secret whose changes roll the pods (a checksum annotation on the pod template,
 * Reloader or Wave on the workload): each new pod mounts the new content, subPath or not.
 */
function isRolled(projection: Projection, model: Model, workload: Workload): boolean {
  // A bare Pod is never replaced by a controller: nothing rolls it.
  if (workload.kind === 'Pod' || (projection.kind !== 'configMap' && projection.kind !== 'secret')) return false;
  const kind = projection.kind === 'configMap' ? 'ConfigMap' : 'Secret';
  const name = nonEmptyString(projection.source.name) ?? nonEmptyString(projection.source.secretName);
  if (!name) return false;
  const annotations = (value: unknown) => objectOf(objectOf(value).annotations);
  const podTemplate = annotations(getIn(workload.resource.object, [...workload.specPath.slice(0, -1), 'metadata']));
  const object = model.find(kind, name, workload.namespace)?.object.metadata;
  return (
    rollerOf({
      workload: annotations(workload.resource.object.metadata),
      podTemplate,
      kind,
      name,
      ...(object ? { object: annotations(object) } : {}),
    }) !== undefined
  );
}

/** What a subPath mount misses, per source. */
function missed(projection: Projection): string {
  switch (projection.kind) {
    case 'downwardAPI':
      return "changes to the pod's labels, annotations or resources";
    case 'serviceAccountToken':
      return 'the rotated service account token (the one it has expires)';
    default:
      return `changes to ${projection.label}`;
  }
}

/**
 * Init containers finish before the pod runs, unless they are sidecars (restartPolicy: Always);
 * Job and CronJob pods run to completion and the next run starts with fresh content.
 */
function isLongRunning(workload: Workload, view: ContainerView): boolean {
  if (workload.kind === 'Job' || workload.kind === 'CronJob') return false;
  return view.path[workload.specPath.length] !== 'initContainers' || view.container.restartPolicy === 'Always';
}

export default defineRule({
  id: 'subpath-no-live-update',
  severity: 'info',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A ConfigMap, Secret, downwardAPI or projected volume is mounted with `subPath`, so the file never receives updates',
    why: "The kubelet refreshes these volumes by swapping a `..data` symlink inside the volume directory. A `subPath` mount binds one file or directory of the volume as it was when the container started, so later changes to the ConfigMap or Secret, to the pod's labels and annotations, or a rotated service account token never reach the container; it keeps the old content until it restarts. Immutable ConfigMaps and Secrets, fixed pod fields (name, namespace, uid), init containers that run to completion and Job/CronJob pods (each run starts with fresh content) are not reported, nor ConfigMaps and Secrets whose changes already roll the pods: a `checksum/…` annotation on the pod template (the Helm convention), Stakater Reloader on the workload (`reloader.stakater.com/auto`, `configmap.reloader.stakater.com/auto` or `/reload: <names>`, the `secret.` forms, `search` with `match`) or Wave (`wave.pusher.com/update-on-config-change`). A checksum annotation is taken to cover every ConfigMap and Secret of the pod: which object it hashes is not visible in rendered manifests.",
    fix: 'Mount the volume without `subPath` on a directory of its own and point the program at the file there, or restart the pods when the content changes (for example with a checksum annotation on the pod template), or mark the ConfigMap/Secret `immutable: true` to document that it does not change.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  default.conf: |
    server { listen 80; }
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
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf # expect: subpath-no-live-update/subPath@20
  volumes:
    - name: config
      configMap:
        name: web-config
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  default.conf: |
    server { listen 80; }
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
          mountPath: /etc/nginx/conf.d
  volumes:
    - name: config
      configMap:
        name: web-config
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
      'https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically',
      'pkg/volume/util/atomic_writer.go (updates swap the ..data symlink)',
      'https://helm.sh/docs/howto/charts_tips_and_tricks/#automatically-roll-deployments',
      'https://github.com/stakater/Reloader (README: auto, reload, search and match annotations)',
      'https://github.com/wave-k8s/wave (update-on-config-change)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when pods are restarted on every configuration change by something the manifests do not show (a GitOps tool that rolls the workload, a hash in the object name as kustomize generators make), so the missing live update never matters.',
  },
  messages: {
    subPath:
      "Container '{container}' of {workload} mounts volume '{volume}' ({source}) with {field} '{subPath}', so it will not see {missed}",
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      const byName = new Map<string, IndexedVolume>();
      for (const volume of workload.volumes) if (typeof volume.volume.name === 'string') byName.set(volume.volume.name, volume);
      for (const view of workload.containers) {
        if (!isLongRunning(workload, view)) continue;
        for (const [mount, index] of indexedObjectsOf<VolumeMount>(view.container.volumeMounts)) {
          const field = nonEmptyString(mount.subPath) ? 'subPath' : nonEmptyString(mount.subPathExpr) ? 'subPathExpr' : undefined;
          const volume = typeof mount.name === 'string' ? byName.get(mount.name) : undefined;
          if (!field || !volume) continue;
          const projections = projectionsOf(volume.volume);
          const changing = projections.filter((p) => !isStatic(p, model, workload.namespace) && !isRolled(p, model, workload));
          if (changing.length === 0) continue;
          const related: RelatedReport[] = [
            { resource: workload.resource, path: [...volume.path, 'name'], message: `volume '${mount.name}'` },
          ];
          for (const ref of objectReferencesOf(volume.volume)) {
            const object = model.find(ref.kind, ref.name, workload.namespace);
            if (object)
              related.push({ resource: object, path: ['metadata', 'name'], message: `${ref.kind} ${workload.namespace}/${ref.name}` });
          }
          context.report({
            messageId: 'subPath',
            data: {
              container: String(view.container.name ?? ''),
              workload: describeWorkload(workload),
              volume: mount.name,
              source: projections.map((p) => p.label).join(' + '),
              field,
              subPath: String(mount[field]),
              missed: changing.map(missed).join(', '),
            },
            resource: workload.resource,
            path: [...view.path, 'volumeMounts', index, field],
            related,
            fix: 'mount the volume on a directory without subPath, or roll the pods when the content changes (checksum annotation)',
          });
        }
      }
    }
  },
});
