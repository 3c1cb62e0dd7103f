import { closest } from '../../src/k8s/names.js';
import { declaredNamespace } from '../../src/load/resource.js';
import { configReferences } from '../../src/model/config-references.js';
import { defineRule } from '../../src/rule.js';

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

export default defineRule({
  id: 'config-key-not-found',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod asks for a ConfigMap or Secret key that the object does not have',
    why: "Keys are not checked when the pod is created, only when the kubelet starts it: a missing `configMapKeyRef`/`secretKeyRef` key fails the container with CreateContainerConfigError (`couldn't find key K in ConfigMap ns/name`), and a missing `items[].key` of a configMap/secret volume or projected source fails the mount (`configmap references non-existent config key: K`), so the pod never runs. Only `optional: true` on the reference makes a missing key acceptable. ConfigMap keys live in `data` and `binaryData`; Secret keys in `data` and `stringData`. Keys are only checked against objects written in the view that have at least one key (the union over every copy, e.g. base and overlay): generated objects, service account token Secrets and empty placeholders are filled in elsewhere; a missing object is configmap-or-secret-not-found's finding.",
    fix: 'Use a key the object has (keys are case-sensitive), add the key to the object, or mark the reference `optional: true` if the pod can run without it.',
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
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.cfg # expect: config-key-not-found/missing@18
            path: nginx.conf
`,
      good: `apiVersion: v1
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
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: nginx.conf
`,
    },
    references: [
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
  messages: {
    missing: "{where} of {workload} needs key '{key}' of {kind} {namespace}/{name}, which has {keys}",
  },
  check(context) {
    const { model } = context;
    const objects = model.configObjects;
    for (const workload of model.workloads) {
      const declared = declaredNamespace(workload.resource) !== undefined;
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
