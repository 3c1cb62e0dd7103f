import { closest } from '../../src/k8s/names.js';
import { declaredNamespace } from '../../src/load/resource.js';
import { configReferences } from '../../src/model/config-references.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { Resource } from '../../src/load/resource.js';
import type { ConfigKind } from '../../src/model/config-references.js';
import { normalSubPath, subPathUses, volumeHas, type SubPathUse } from '../../src/model/subpath-keys.js';
import { describeContainer } from '../../src/model/volume-mounts.js';

/** At most this many keys are listed in a message; the rest are counted. */
const LISTED_KEYS = 8;

function describeKeys(keys: readonly string[]): string {
  if (keys.length === 0) return 'no keys at all';
  const sorted = [...keys].sort();
  const listed = sorted
    .slice(0, LISTED_KEYS)
    .map((k) => `'${k}'`)
    .join(', ');
  const more = sorted.length > LISTED_KEYS ? ` and ${sorted.length - LISTED_KEYS} more` : '';
  return `only ${sorted.length === 1 ? 'key' : 'keys'} ${listed}${more}`;
}

const MESSAGES = {
  missing: "{where} of {workload} needs key '{key}' of {kind} {namespace}/{name}, which has {keys}",
  subPathMissing:
    "{container} mounts subPath '{subPath}' of volume '{volume}', which holds {holds}: the kubelet mounts an empty directory at {mountPath} instead of the file (and the container fails to start if its image has a file there)",
} as const;

type KeyLookup = (kind: ConfigKind, name: string) => { keys: string[]; object?: { namespace?: string; resource?: Resource } } | undefined;

/** `only keys 'a', 'b' of ConfigMap shop/x`, `only 'a', 'b' (its items)`, `only … from its sources`. */
function describeHolding(
  use: SubPathUse,
  names: readonly string[],
  object?: { kind: ConfigKind; namespace: string; name: string },
): string {
  const listed = describeKeys(names);
  if (use.sources.length === 1 && object) return `${listed} of ${object.kind} ${object.namespace}/${object.name}`;
  if (use.sources.length === 1) return `${listed.replace(/^only keys?/, 'only the files')} its items name`;
  return `${listed.replace(/^only keys?/, 'only the files')} from its sources`;
}

/**
 * A subPath into a configMap, secret, projected or downwardAPI volume names one of its files: a
 * key of the object (no `items`) or an item's `path`. Judged only when every source's files are
 * known, and never for an `optional: true` object, whose keys may come and go.
 */
function reportSubPath(context: RuleContext<typeof MESSAGES>, use: SubPathUse, lookup: KeyLookup): void {
  const subPath = normalSubPath(use.subPath);
  // `..data` and `..<timestamp>` are the atomic writer's own entries in every such volume.
  if (!subPath || subPath.startsWith('..')) return;
  const names: string[] = [];
  let object: { kind: ConfigKind; namespace: string; name: string; resource?: Resource } | undefined;
  for (const source of use.sources) {
    if (source.kind === 'unknown') return;
    if (source.kind === 'files') {
      names.push(...source.names);
      continue;
    }
    if (source.optional) return;
    const found = lookup(source.objectKind, source.name);
    if (!found) return;
    names.push(...found.keys);
    object = {
      kind: source.objectKind,
      name: source.name,
      namespace: found.object?.namespace ?? use.workload.namespace,
      ...(found.object?.resource ? { resource: found.object.resource } : {}),
    };
  }
  if (volumeHas(names, subPath)) return;
  const first = subPath.split('/')[0];
  const suggestion = closest(subPath, names) ?? (first !== subPath ? closest(first, names) : undefined);
  const single = use.sources.length === 1 ? object : undefined;
  context.report({
    messageId: 'subPathMissing',
    data: {
      container: describeContainer(use.workload, use.mount),
      subPath: use.subPath,
      volume: use.volumeName,
      holds: describeHolding(use, [...new Set(names)], single),
      mountPath: use.mount.target ?? 'the mount path',
    },
    resource: use.workload.resource,
    path: use.path,
    related: single?.resource
      ? [{ resource: single.resource, path: ['metadata', 'name'], message: `${single.kind} ${single.namespace}/${single.name}` }]
      : undefined,
    fix: suggestion ? `did you mean '${suggestion}'?` : undefined,
  });
}

export default defineRule({
  id: 'config-key-not-found',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod asks for a ConfigMap or Secret key (a key reference, a volume item, a subPath) that the object or volume does not have',
    why: 'Keys are not checked when the pod is created, only when the kubelet starts it: a missing `configMapKeyRef`/`secretKeyRef` key fails the container with CreateContainerConfigError (`couldn\'t find key K in ConfigMap ns/name`), and a missing `items[].key` of a configMap/secret volume or projected source fails the mount (`configmap references non-existent config key: K`), so the pod never runs. A volumeMount `subPath` into a configMap, secret, projected or downwardAPI volume names one of its files: a key of the object when the source has no `items`, an item `path` when it has. A subPath that names no file is not refused: the kubelet creates an empty directory in the volume and mounts it (kubelet_pods.go makeMounts), so the program finds a directory where it expected its file, and the container runtime fails to start the container when its image has a file at the mount path ("not a directory: Are you trying to mount a directory onto a file"). Only `optional: true` on the reference makes a missing key acceptable. ConfigMap keys live in `data` and `binaryData`; Secret keys in `data` and `stringData`. Keys are only checked against objects written in the view that have at least one key (the union over every copy, e.g. base and overlay): generated objects, service account token Secrets and empty placeholders are filled in elsewhere; a missing object is configmap-or-secret-not-found\'s finding.',
    fix: 'Use a key the object has (keys are case-sensitive), add the key to the object, or mark the reference `optional: true` if the pod can run without it. For a subPath, name a key of the object (no `items`) or a `path` of its items.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
data:
  nginx.conf: |
    events {}
  LOG_LEVEL: info
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: log-level # expect: config-key-not-found/missing@20
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
        - name: settings
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf # expect: config-key-not-found/subPathMissing@20 # expect: subpath-no-live-update/subPath@20
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.cfg # expect: config-key-not-found/missing@18
            path: nginx.conf
    - name: settings
      configMap:
        name: web-settings
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
immutable: true
data:
  nginx.conf: |
    events {}
  LOG_LEVEL: info
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: LOG_LEVEL
        - name: WORKERS
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: workers
              optional: true
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
        - name: settings
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: nginx.conf
    - name: settings
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: default.conf
`,
    },
    references: [
      'pkg/kubelet/kubelet_pods.go (makeMounts: a missing subPath is created as a directory, SafeMakeDir)',
      'https://github.com/kubernetes/kubernetes/issues/126186 (a wrong subPath into a ConfigMap volume starts the pod without a warning)',
      "pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: couldn't find key)",
      'pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (MakePayload: references non-existent config key)',
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/',
    ],
    sources: [
      { tool: 'KubeLinter', check: 'env-value-from', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
      { tool: 'Kubevious', check: 'container-env-config-map-ref' },
      { tool: 'Kubevious', check: 'container-env-secret-ref' },
      { tool: 'Kubevious', check: 'pod-spec-volume-config-map-ref' },
      { tool: 'Kubevious', check: 'pod-spec-volume-secret-ref' },
    ],
    whenNotToUse:
      'Turn it off when the ConfigMaps and Secrets in the files are placeholders whose real keys are filled in at deploy time (External Secrets, a Vault injector, a CI step), so the keys in the files are not the keys in the cluster.',
  },
  messages: MESSAGES,
  check(context) {
    const { model } = context;
    const objects = model.configObjects;
    for (const workload of model.workloads) {
      const declared = declaredNamespace(workload.resource) !== undefined;
      for (const use of subPathUses(workload))
        reportSubPath(context, use, (kind, name) => {
          const found = objects.reachable(kind, workload.namespace, declared, name);
          const keys = found.length > 0 ? objects.keysOf(found) : undefined;
          return keys ? { keys: [...keys.keys()], object: found.find((o) => o.resource) } : undefined;
        });
      for (const reference of configReferences(workload)) {
        if (reference.optional || reference.keys.length === 0) continue;
        const found = objects.reachable(reference.kind, workload.namespace, declared, reference.name);
        const keys = found.length > 0 ? objects.keysOf(found) : undefined;
        if (!keys) continue;
        const object = found.find((o) => o.resource);
        for (const use of reference.keys) {
          if (keys.has(use.key)) continue;
          const suggestion = closest(use.key, keys.keys());
          context.report({
            messageId: 'missing',
            data: {
              where: reference.description,
              workload: `${workload.kind} ${workload.namespace}/${workload.name}`,
              key: use.key,
              kind: reference.kind,
              namespace: object?.namespace ?? workload.namespace,
              name: reference.name,
              keys: describeKeys([...keys.keys()]),
            },
            resource: workload.resource,
            path: use.path,
            related: object?.resource
              ? [
                  {
                    resource: object.resource,
                    path: ['metadata', 'name'],
                    message: `${reference.kind} ${object.namespace}/${reference.name}`,
                  },
                ]
              : undefined,
            fix: suggestion ? `did you mean '${suggestion}'?` : undefined,
          });
        }
      }
    }
  },
});
