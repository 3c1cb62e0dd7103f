import { configReferences, type ConfigKind, type ConfigReference } from '../../src/model/config-references.js';
import { defineRule } from '../../src/rule.js';
import { configObjectReference } from '../../src/model/judged-references.js';
import { reportMissingReference } from '../../src/rule-kit/missing-reference.js';

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

const plural = (kind: ConfigKind) => (kind === 'ConfigMap' ? 'ConfigMaps' : 'Secrets');

export default defineRule({
  id: 'configmap-or-secret-not-found',
  severity: 'warning',
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
    for (const workload of model.workloads) {
      for (const reference of configReferences(workload)) {
        const judged = configObjectReference(reference);
        if (!judged) continue;
        const { kind, name } = reference;
        const namespace = workload.namespace;
        const base = { where: reference.description, workload: `${workload.kind} ${namespace}/${workload.name}`, kind, name, namespace };
        reportMissingReference(context, judged, {
          notFound: ({ didYouMean }) => ({ messageId: 'missing', data: base, fix: didYouMean }),
          otherNamespace: ({ where }) => ({ messageId: 'otherNamespace', data: { ...base, other: where, kinds: plural(kind) } }),
          otherKind: ({ kind: otherKind }) => {
            const hint = switchKindHint(reference);
            return { messageId: 'otherKind', data: { ...base, otherKind }, fix: hint ? `use ${hint}` : undefined };
          },
        });
      }
    }
  },
});
