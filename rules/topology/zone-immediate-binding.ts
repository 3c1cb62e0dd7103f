import { describeWorkload } from '../../src/model/workloads.js';
import {
  allowedTopologyZones,
  formatZones,
  hasNodeConstraint,
  isAzureNonZonal,
  podZones,
  ZONAL_PROVISIONERS,
  zonesDisjoint,
  type Zones,
} from '../../src/k8s/zones.js';
import type { Resource } from '../../src/load/resource.js';
import { nonEmptyString } from '../../src/util/shape.js';
import { bindingMode, consumerLabels, isDynamic, podClaims, provisioningClass } from '../../src/model/topology.js';
import type { Workload } from '../../src/model/workloads.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';

const example = (mode: string) => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
${mode}
parameters:
  type: gp3
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: search-data
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: search}
  template:
    metadata:
      labels: {app: search}
    spec:
      nodeSelector:
        node.kubernetes.io/instance-type: r6i.2xlarge
      containers:
        - name: search
          image: postgres:16
          env:
            - {name: POSTGRES_PASSWORD, value: example}
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: search-data
`;

/** A class whose volumes live in one zone: a block CSI driver, or allowedTopologies over several zones. */
const isZonal = (storageClass: Resource, classZones: Zones | undefined) =>
  ZONAL_PROVISIONERS.includes(String(storageClass.object.provisioner)) || (classZones !== undefined && classZones.values.size > 1);

interface Consumer {
  workload: Workload;
  claim: string;
  constraint: string;
  related: RelatedReport;
}

/**
 * Why this pod may not fit a volume created before it is scheduled, or undefined when it fits
 * wherever the class provisions (or cannot fit at all, which zone-conflict-allowed-topologies reports).
 */
function constraintOf(workload: Workload, storageClass: Resource, classZones: Zones | undefined): string | undefined {
  const zones = podZones(workload.spec);
  if (zones && isAzureNonZonal(String(storageClass.object.provisioner), zones)) return undefined;
  if (zones && zones.values.size > 0) {
    if (classZones && (zonesDisjoint(zones, classZones) || [...classZones.values].every((zone) => zones.values.has(zone))))
      return undefined;
    return `in zone(s) ${formatZones(zones)}`;
  }
  if (!hasNodeConstraint(workload.spec)) return undefined;
  return nonEmptyString(workload.spec.nodeName)
    ? `on node ${workload.spec.nodeName}`
    : 'on the nodes their nodeSelector / node affinity select';
}

export default defineRule({
  id: 'zone-immediate-binding',
  severity: 'warning',
  category: 'topology',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A zonal StorageClass binds Immediate while the pods using it are tied to particular zones or nodes',
    why: 'With `volumeBindingMode: Immediate` (the default) the volume is provisioned as soon as the claim exists, "without knowledge of the Pod\'s scheduling requirements". A zonal disk (EBS, GCE PD, Azure Disk, or any class whose allowedTopologies span several zones) then lands in some zone, and a pod restricted by nodeSelector, node affinity or nodeName to nodes elsewhere can never attach it: Pending with "volume node affinity conflict".',
    fix: "Set `volumeBindingMode: WaitForFirstConsumer` on the StorageClass so the volume is created in the zone of the node the pod is scheduled to (the field is immutable: create a new class, or delete and re-create it). Alternatively restrict the class's allowedTopologies to zones the pods can use.",
    examples: {
      bad: { 'storage.yaml': example('volumeBindingMode: Immediate # expect: zone-immediate-binding/immediate@20') },
      good: { 'storage.yaml': example('volumeBindingMode: WaitForFirstConsumer') },
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode',
      'pkg/apis/storage/v1/defaults.go (SetDefaults_StorageClass: Immediate)',
      'pkg/scheduler/framework/plugins/volumebinding/binder.go (bound claims: node affinity conflict)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off for single-zone clusters, where every volume and every node share one zone and Immediate binding cannot pick the wrong one.',
  },
  messages: {
    immediate:
      'StorageClass {storageClass} ({provisioner}) binds Immediate: the volume for {claim} is provisioned before {workload} may only run {constraint}{more}; the volume may land in another zone and never attach',
  },
  check(context) {
    const { model } = context;
    const consumers = new Map<Resource, Consumer[]>();
    for (const workload of model.workloads) {
      const seen = new Set<string>();
      for (const podClaim of podClaims(model, workload)) {
        if (!isDynamic(model, podClaim)) continue;
        const sc = provisioningClass(model, podClaim.object);
        if (!sc || bindingMode(sc) !== 'Immediate') continue;
        const classZones = allowedTopologyZones(sc.object);
        if (!isZonal(sc, classZones)) continue;
        const constraint = constraintOf(workload, sc, classZones);
        if (!constraint) continue;
        const { label, consumer, key, reference } = consumerLabels(workload, podClaim);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = consumers.get(sc) ?? [];
        list.push({
          workload,
          claim: label,
          constraint,
          related: { resource: workload.resource, path: podClaim.path, message: `${reference} (${consumer})` },
        });
        consumers.set(sc, list);
      }
    }
    for (const [sc, list] of consumers) {
      const [first] = list;
      const hasField = nonEmptyString(sc.object.volumeBindingMode) !== undefined;
      context.report({
        messageId: 'immediate',
        data: {
          storageClass: sc.name,
          provisioner: String(sc.object.provisioner),
          claim: first.claim,
          workload:
            first.workload.kind === 'Pod'
              ? `${describeWorkload(first.workload)} is scheduled, yet it`
              : `the pods of ${describeWorkload(first.workload)} are scheduled, yet they`,
          constraint: first.constraint,
          more: list.length > 1 ? ` (and ${list.length - 1} more claim(s))` : '',
        },
        resource: sc,
        path: hasField ? ['volumeBindingMode'] : ['provisioner'],
        related: list.map((c) => c.related),
        fix: 'volumeBindingMode: WaitForFirstConsumer',
      });
    }
  },
});
