import { allowedTopologyZones, formatZones, podZones, zonesDisjoint } from '../../src/k8s/zones.js';
import { claimClassPath, consumerLabels, isDynamic, podClaims, provisioningClass } from '../../src/model/topology.js';
import { defineRule, type RelatedReport } from '../../src/rule.js';

const storageClass = (zones: string) => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd-east
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: gp3
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.kubernetes.io/zone
        values: [${zones}]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ledger
spec:
  storageClassName: ssd-east
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`;

const pod = (marker: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ledger
spec:
  nodeSelector:
    topology.kubernetes.io/zone: us-east-1c${marker}
  containers:
    - name: ledger
      image: postgres:16
      env:
        - {name: POSTGRES_PASSWORD, value: example}
      volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: ledger
`;

export default defineRule({
  id: 'zone-conflict-allowed-topologies',
  severity: 'error',
  category: 'topology',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "A pod is pinned to zones in which its claim's StorageClass may not provision",
    why: 'A StorageClass\'s `allowedTopologies` restricts where new volumes are created. With WaitForFirstConsumer the scheduler only picks a node whose topology the class allows; if the pod\'s nodeSelector or required node affinity only allows other zones, no node qualifies and the pod stays Pending ("didn\'t find available persistent volumes to bind"). With Immediate binding the volume is created in an allowed zone first, and then the pod cannot run next to it ("volume node affinity conflict").',
    fix: "Add the pod's zone to the class's `allowedTopologies`, use a class that provisions there, or change the pod's zone constraint.",
    examples: {
      bad: storageClass('us-east-1a, us-east-1b') + pod(' # expect: zone-conflict-allowed-topologies/conflict@34'),
      good: storageClass('us-east-1a, us-east-1b, us-east-1c') + pod(''),
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#allowed-topologies',
      'pkg/scheduler/framework/plugins/volumebinding/binder.go (checkVolumeProvisions: MatchTopologySelectorTerms)',
      'component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)',
    ],
    sources: [],
    whenNotToUse:
      'Turn it off when the StorageClass in the files stands in for cluster classes whose allowedTopologies differ per environment.',
  },
  messages: {
    conflict:
      '{workload} can only run in zone(s) {podZones}, but {claim} is provisioned by StorageClass {storageClass}, whose allowedTopologies only allow zone(s) {classZones}',
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      const pod = podZones(workload.spec);
      if (!pod) continue;
      const seen = new Set<string>();
      for (const podClaim of podClaims(model, workload)) {
        if (!isDynamic(model, podClaim)) continue;
        const sc = provisioningClass(model, podClaim.object);
        const classZones = sc && allowedTopologyZones(sc.object);
        if (!sc || !classZones || !zonesDisjoint(pod, classZones)) continue;
        const { label, consumer, key, reference } = consumerLabels(workload, podClaim);
        if (seen.has(key)) continue;
        seen.add(key);
        const related: RelatedReport[] = [{ resource: workload.resource, path: podClaim.path, message: reference }];
        const claim = podClaim.claim;
        if (claim && claim.resource !== workload.resource)
          related.push({
            resource: claim.resource,
            path: claimClassPath(claim),
            message: `PersistentVolumeClaim ${claim.namespace}/${claim.name}`,
          });
        for (const path of classZones.paths)
          related.push({ resource: sc, path, message: `StorageClass ${sc.name} allows zone(s) ${formatZones(classZones)}` });
        context.report({
          messageId: 'conflict',
          data: {
            workload: consumer,
            podZones: formatZones(pod),
            claim: label,
            storageClass: sc.name,
            classZones: formatZones(classZones),
          },
          resource: workload.resource,
          path: [...workload.specPath, ...(pod.paths[0] ?? [])],
          related,
          fix: `add ${formatZones(pod)} to StorageClass ${sc.name}'s allowedTopologies, or use a class that provisions there`,
        });
      }
    }
  },
});
