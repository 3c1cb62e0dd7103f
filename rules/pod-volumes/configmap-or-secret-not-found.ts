import { closest } from '../../src/k8s/names.js';
import { ConfigObjects, declaredNamespace, type ConfigObject } from '../../src/model/config-objects.js';
import { configReferences, otherConfigKind, type ConfigKind, type ConfigReference } from '../../src/model/config-references.js';
import { describe } from '../../src/load/resource.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';

/** How to write the same reference to the other kind. */
function switchKindHint(reference: ConfigReference): string | undefined {
  const toSecret = reference.kind === 'ConfigMap';
  const { name } = reference;
  switch (reference.source) {
    case 'volume':
      return toSecret ? `secret: {secretName: ${name}}` : `configMap: {name: ${name}}`;
    case 'projected':
      return toSecret ? `- secret: {name: ${name}}` : `- configMap: {name: ${name}}`;
    case 'envFrom':
      return toSecret ? `secretRef: {name: ${name}}` : `configMapRef: {name: ${name}}`;
    case 'env':
      return toSecret ? `secretKeyRef: {name: ${name}, key: …}` : `configMapKeyRef: {name: ${name}, key: …}`;
    default:
      return undefined;
  }
}

const relatedTo = (objects: readonly ConfigObject[]): RelatedReport[] =>
  objects.flatMap((o) =>
    !o.resource
      ? []
      : [
          {
            resource: o.resource,
            path: o.path,
            message: o.origin === 'object' ? `${o.kind} ${o.namespace}/${o.name}` : `${describe(o.resource)} creates ${o.kind} ${o.name}`,
          },
        ],
  );

const plural = (kind: ConfigKind) => (kind === 'ConfigMap' ? 'ConfigMaps' : 'Secrets');

export default defineRule({
  id: 'configmap-or-secret-not-found',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod references a ConfigMap or Secret that is not in its namespace',
    why: 'The kubelet resolves configMap/secret volumes, projected sources, `envFrom` and `valueFrom` references in the pod\'s own namespace when it starts the pod. A missing object leaves the pod in ContainerCreating (`configmap "x" not found` for volumes) or fails the container with CreateContainerConfigError (env), unless the reference says `optional: true`. An object of the same name in another namespace, or a Secret where a ConfigMap is named (or the reverse), does not count. An object without `metadata.namespace` lands in the namespace of the apply (`kubectl apply -n`, a kustomize `namespace:`), so when the pod or the object leaves its namespace implicit, a same-named object in another namespace is taken as found. Objects generated inside the view count as present: kustomize `configMapGenerator`/`secretGenerator` entries, a cert-manager Certificate\'s `secretName`, SealedSecrets, ExternalSecrets, and the `kube-root-ca.crt` ConfigMap every namespace has.',
    fix: "Create the ConfigMap/Secret in the pod's namespace, fix the name or the kind of the reference, or mark the reference `optional: true` if the pod can start without it. If the object is created outside these manifests (an operator, `kubectl create secret`), lower this rule's severity for it.",
    examples: {
      bad: `apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4
      envFrom:
        - configMapRef:
            name: api-settings # expect: configmap-or-secret-not-found/missing@19
      env:
        - name: PASSWORD
          valueFrom:
            configMapKeyRef:
              name: api-credentials # expect: configmap-or-secret-not-found/otherKind@21
              key: password
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: api-settings
data:
  LOG_LEVEL: info
---
apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4
      envFrom:
        - configMapRef:
            name: api-settings
        - secretRef:
            name: api-overrides
            optional: true
      env:
        - name: PASSWORD
          valueFrom:
            secretKeyRef:
              name: api-credentials
              key: password
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/configuration/configmap/#configmaps-and-pods',
      'https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data',
      'pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables)',
      'pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (SetUpAt: optional)',
    ],
    sources: [
      { tool: 'Monokle', check: 'LNK001 (no-missing-links)' },
      { tool: 'KubeLinter', check: 'env-value-from', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
      { tool: 'Kubevious', check: 'pod-spec-volume-config-map-ref' },
      { tool: 'Kubevious', check: 'pod-spec-volume-secret-ref' },
      { tool: 'Kubevious', check: 'container-env-config-map-ref' },
      { tool: 'Kubevious', check: 'container-env-secret-ref' },
      { tool: 'Kubevious', check: 'container-env-from-config-map-ref' },
      { tool: 'Kubevious', check: 'container-env-from-secret-ref' },
    ],
    whenNotToUse:
      'Turn it off, or list the objects under `assume:`, when ConfigMaps and Secrets are created outside the linted files: by `kubectl create secret` in a pipeline, by an operator, or by a secret manager whose resources kstorelint does not know.',
  },
  messages: {
    missing: "{where} of {workload} references {kind} '{name}', which is not in namespace '{namespace}'",
    otherNamespace:
      "{where} of {workload} references {kind} '{name}', which exists only in {other}; pods can only use {kinds} of their own namespace '{namespace}'",
    otherKind: "{where} of {workload} references {kind} '{name}', but '{name}' is a {otherKind} in namespace '{namespace}'",
  },
  check(context) {
    const { model } = context;
    const objects = ConfigObjects.of(model);
    for (const workload of model.workloads) {
      for (const reference of configReferences(workload)) {
        if (reference.optional) continue;
        const { kind, name } = reference;
        const namespace = workload.namespace;
        const declared = declaredNamespace(workload.resource) !== undefined;
        if (objects.reachable(kind, namespace, declared, name).length > 0 || model.isAssumed(kind, name, namespace)) continue;
        const base = { where: reference.description, workload: `${workload.kind} ${namespace}/${workload.name}`, kind, name, namespace };
        const at = { resource: workload.resource, path: reference.path };
        const otherKind = otherConfigKind(kind);
        const sameNameOtherKind = objects.reachable(otherKind, namespace, declared, name);
        // Only a mix-up when the other object could serve the reference: it has the keys asked for.
        const otherKeys = objects.keysOf(sameNameOtherKind);
        if (sameNameOtherKind.length > 0 && (!otherKeys || reference.keys.every((use) => otherKeys.has(use.key)))) {
          const hint = switchKindHint(reference);
          context.report({
            messageId: 'otherKind',
            data: { ...base, otherKind },
            ...at,
            related: relatedTo(sameNameOtherKind),
            fix: hint ? `use ${hint}` : undefined,
          });
          continue;
        }
        const elsewhere = objects.named(kind, name);
        if (elsewhere.length > 0) {
          const namespaces = [...new Set(elsewhere.map((o) => o.namespace ?? ''))].sort();
          const others = `${namespaces.length === 1 ? 'namespace' : 'namespaces'} '${namespaces.join("', '")}'`;
          context.report({
            messageId: 'otherNamespace',
            data: { ...base, other: others, kinds: plural(kind) },
            ...at,
            related: relatedTo(elsewhere),
          });
          continue;
        }
        const suggestion = closest(name, objects.namesIn(kind, namespace));
        context.report({ messageId: 'missing', data: base, ...at, fix: suggestion ? `did you mean '${suggestion}'?` : undefined });
      }
    }
  },
});
