import { describe } from '../../src/load/resource.js';
import { apiLifecycle, kubeMinor, removedApi } from '../../src/k8s/versions.js';
import { isObject, objectOf } from '../../src/util/shape.js';
import { getIn } from '../../src/util/get-in.js';
import { defineRule } from '../../src/rule.js';

const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** apps/v1 requires the selector the beta versions filled in from the template labels. */
function selectorFix(object: Record<string, unknown>, kind: string, replacement: string | undefined): string | undefined {
  if (replacement !== 'apps/v1' || !SELECTOR_KINDS.has(kind) || isObject(objectOf(object.spec).selector)) return undefined;
  const labels = getIn(object, ['spec', 'template', 'metadata', 'labels']);
  const shown = isObject(labels)
    ? Object.entries(labels)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', ')
    : '<the template labels>';
  return `apiVersion: apps/v1, and add spec.selector.matchLabels: {${shown}}`;
}

export default defineRule({
  id: 'removed-api-version',
  severity: 'error',
  category: 'deprecation',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'An object uses an API version that the target Kubernetes version no longer serves (warning when it is only deprecated there)',
    why: 'An API version removed from the API server is not there at all: `kubectl apply` fails with `no matches for kind "Deployment" in version "apps/v1beta1"` and nothing of the object is created. Removed so far: apps/v1beta1, apps/v1beta2 and extensions/v1beta1 workloads (1.16), storage.k8s.io/v1beta1 StorageClass, CSIDriver, CSINode and VolumeAttachment and every extensions/v1beta1 and networking.k8s.io/v1beta1 Ingress (1.22), batch/v1beta1 CronJob, policy/v1beta1 PodDisruptionBudget and PodSecurityPolicy, autoscaling/v2beta1 (1.25), CSIStorageCapacity v1beta1 (1.27), and the snapshot.storage.k8s.io/v1beta1 VolumeSnapshot CRDs (external-snapshotter 6, for 1.24+). Changing the apiVersion is often not enough: apps/v1 requires `spec.selector`, which the beta versions filled in from the template labels. The target version is `--kube-version`; before the removal the finding is a warning.',
    fix: 'Use the replacement apiVersion named in the message and make the changes it lists (for apps/v1: add `spec.selector.matchLabels` equal to the template labels).',
    examples: {
      bad: `apiVersion: apps/v1beta1 # expect: removed-api-version/removed@13
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
    },
    references: [
      'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
      'https://kubernetes.io/docs/reference/using-api/deprecation-policy/',
      'https://github.com/kubernetes-csi/external-snapshotter/blob/master/CHANGELOG/CHANGELOG-6.0.md',
    ],
    sources: [
      { tool: 'Pluto', check: 'detect-files', url: 'https://github.com/FairwindsOps/pluto' },
      { tool: 'kube-score', check: 'stable-version', url: 'https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md' },
      {
        tool: 'KubeLinter',
        check: 'no-extensions-v1beta',
        url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md',
      },
      { tool: 'Monokle', check: 'K8S002 (deprecation-violated)' },
      { tool: 'Monokle', check: 'K8S003 (removal-violated)' },
      { tool: 'Datree', check: 'K8S_DEPRECATED_APIVERSION_1.16 … 1.24, K8S_REMOVED_APIVERSION_1.22 … 1.27' },
      {
        tool: 'Kubernetes API server',
        check: 'warning: <apiVersion> <Kind> is deprecated in v1.X+, unavailable in v1.Y+; use <replacement>',
      },
    ],
    whenNotToUse:
      'Turn it off when Pluto or a similar version gate already runs on the same manifests; otherwise keep it, with `--kube-version` set to the newest cluster you deploy to.',
  },
  messages: {
    removed: '{object} uses apiVersion {apiVersion}, which Kubernetes 1.{removedIn} removed (target {version}); {instead}',
    deprecated:
      '{object} uses apiVersion {apiVersion}, which is deprecated and removed in Kubernetes 1.{removedIn} (target {version}); {instead}',
  },
  check(context) {
    const version = context.model.options.kubeVersion;
    const minor = kubeMinor(version);
    for (const resource of context.model.resources) {
      const api = removedApi(resource.apiVersion, resource.kind);
      if (!api) continue;
      const lifecycle = apiLifecycle(api, minor);
      const instead = !api.replacement
        ? (api.changes ?? `${resource.kind} has no successor`)
        : api.changes
          ? `use ${api.replacement} (${api.changes})`
          : `use ${api.replacement}`;
      context.report({
        messageId: lifecycle,
        data: { object: describe(resource), apiVersion: resource.apiVersion, removedIn: api.removedIn, version, instead },
        resource,
        path: ['apiVersion'],
        severity: lifecycle === 'removed' ? 'error' : 'warning',
        fix:
          selectorFix(resource.object, resource.kind, api.replacement) ?? (api.replacement ? `apiVersion: ${api.replacement}` : undefined),
      });
    }
  },
});
