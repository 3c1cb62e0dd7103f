import { DEPRECATED_TOPOLOGY_LABELS } from '../../src/k8s/zones.js';
import type { Resource } from '../../src/load/resource.js';
import { describe } from '../../src/load/resource.js';
import { indexedObjectsOf, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';

/** A deprecated key found in an object: where, and in which field (for the message). */
interface Use {
  key: string;
  path: JsonPath;
  field: string;
}

const replacementOf = (key: unknown): string | undefined =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(DEPRECATED_TOPOLOGY_LABELS, key)
    ? DEPRECATED_TOPOLOGY_LABELS[key]
    : undefined;

function expressionUses(expressions: unknown, path: JsonPath, field: string): Use[] {
  return indexedObjectsOf(expressions).flatMap(([expression, index]) =>
    replacementOf(expression.key) ? [{ key: String(expression.key), path: [...path, index, 'key'], field }] : [],
  );
}

function mapKeyUses(map: unknown, path: JsonPath, field: string): Use[] {
  return Object.keys(objectOf(map))
    .filter((key) => replacementOf(key))
    .map((key) => ({ key, path: [...path, key], field }));
}

/** The places GetWarningsForPod looks at: nodeSelector, required and preferred node affinity, topology spread. */
function podSpecUses(podSpec: unknown, specPath: JsonPath): Use[] {
  const spec = objectOf(podSpec);
  const nodeAffinity = objectOf(objectOf(spec.affinity).nodeAffinity);
  const affinityPath = [...specPath, 'affinity', 'nodeAffinity'];
  const requiredPath = [...affinityPath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
  const preferredPath = [...affinityPath, 'preferredDuringSchedulingIgnoredDuringExecution'];
  return [
    ...mapKeyUses(spec.nodeSelector, [...specPath, 'nodeSelector'], 'nodeSelector'),
    ...indexedObjectsOf(objectOf(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution).nodeSelectorTerms).flatMap(([term, i]) =>
      expressionUses(term.matchExpressions, [...requiredPath, i, 'matchExpressions'], 'required node affinity'),
    ),
    ...indexedObjectsOf(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).flatMap(([preferred, i]) =>
      expressionUses(
        objectOf(preferred.preference).matchExpressions,
        [...preferredPath, i, 'preference', 'matchExpressions'],
        'preferred node affinity',
      ),
    ),
    ...indexedObjectsOf(spec.topologySpreadConstraints).flatMap(([constraint, i]) =>
      replacementOf(constraint.topologyKey)
        ? [
            {
              key: String(constraint.topologyKey),
              path: [...specPath, 'topologySpreadConstraints', i, 'topologyKey'],
              field: 'topologySpreadConstraints',
            },
          ]
        : [],
    ),
  ];
}

function volumeUses(pv: Resource): Use[] {
  const termsPath = ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms'];
  return [
    ...mapKeyUses(objectOf(pv.object.metadata).labels, ['metadata', 'labels'], 'labels'),
    ...indexedObjectsOf(objectOf(objectOf(objectOf(pv.object.spec).nodeAffinity).required).nodeSelectorTerms).flatMap(([term, i]) =>
      expressionUses(term.matchExpressions, [...termsPath, i, 'matchExpressions'], 'node affinity'),
    ),
  ];
}

function storageClassUses(storageClass: Resource): Use[] {
  return indexedObjectsOf(storageClass.object.allowedTopologies).flatMap(([term, i]) =>
    expressionUses(term.matchLabelExpressions, ['allowedTopologies', i, 'matchLabelExpressions'], 'allowedTopologies'),
  );
}

export default defineRule({
  id: 'deprecated-topology-label',
  severity: 'warning',
  category: 'topology',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A node selector, affinity, topology spread, PersistentVolume or StorageClass uses the deprecated failure-domain.beta.kubernetes.io zone or region label',
    why: 'The `failure-domain.beta.kubernetes.io/zone` and `/region` node labels are deprecated since v1.17 in favour of `topology.kubernetes.io/zone` and `/region`; the API server answers every create or update that selects on them with a warning. They only keep working while nodes still carry the beta labels, and CSI provisioners report the GA or their own topology keys, so new nodes, volumes and classes may not match what the manifest selects on.',
    fix: 'Replace `failure-domain.beta.kubernetes.io/zone` with `topology.kubernetes.io/zone` and `failure-domain.beta.kubernetes.io/region` with `topology.kubernetes.io/region`; the values stay the same.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: regional-ssd
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
allowedTopologies:
  - matchLabelExpressions:
      - key: failure-domain.beta.kubernetes.io/zone # expect: deprecated-topology-label/deprecated@14
        values: [us-central1-a, us-central1-b]
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: regional-ssd
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.gke.io/zone
        values: [us-central1-a, us-central1-b]
`,
    },
    references: [
      'pkg/api/node/util.go (deprecatedNodeLabels)',
      'pkg/api/pod/warnings.go (warningsForPodSpecAndMeta)',
      'pkg/api/persistentvolume/util.go (GetWarningsForPersistentVolume)',
      'https://kubernetes.io/docs/reference/labels-annotations-taints/#failure-domainbetakubernetesiozone',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'warning: deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/api/node/util.go',
      },
    ],
    whenNotToUse:
      'Turn it off only for manifests that must still select nodes of clusters older than 1.17, whose nodes carry only the beta labels.',
  },
  messages: {
    deprecated: "{resource} uses '{key}' in {field}; it is deprecated since v1.17, use '{replacement}' instead",
  },
  check(context) {
    const { model } = context;
    const report = (resource: Resource, uses: Use[]) => {
      for (const use of uses) {
        const replacement = replacementOf(use.key) ?? '';
        context.report({
          messageId: 'deprecated',
          data: { resource: describe(resource), key: use.key, field: use.field, replacement },
          resource,
          path: use.path,
          fix: `${replacement} (same values)`,
        });
      }
    };
    for (const workload of model.workloads) report(workload.resource, podSpecUses(workload.spec, workload.specPath));
    for (const pv of model.persistentVolumes) report(pv, volumeUses(pv));
    for (const storageClass of model.storageClasses) report(storageClass, storageClassUses(storageClass));
  },
});
