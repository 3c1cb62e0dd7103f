import { claimNameReference } from '../../src/model/judged-references.js';
import { describeWorkload } from '../../src/model/workloads.js';
import { nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';
import { reportMissingReference } from '../../src/rule-kit/missing-reference.js';

export default defineRule({
  id: 'claim-not-found',
  severity: 'warning',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A pod volume names a PersistentVolumeClaim that is not in its namespace',
    why: 'The scheduler cannot place a pod whose claim does not exist: it stays Pending with `persistentvolumeclaim "x" not found`. A claim in another namespace does not count (pods only use claims of their own namespace), and a PersistentVolume is not a claim even when it has the same name. A claim name whose line ends in a comment marking it as one for the reader to fill in (`# change to your claim`, `# TODO`, `# <claim>`) is only a hint.',
    fix: "Point `claimName` at a PersistentVolumeClaim in the pod's namespace, or add that claim. If the claim exists only in the cluster, declare it (or lower this rule's severity).",
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/shop
  claimRef:
    namespace: default
    name: shop-claim
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shop-claim
spec:
  storageClassName: ""
  volumeName: shop-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-pv # expect: claim-not-found/namesVolume@20
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/shop
  claimRef:
    namespace: default
    name: shop-claim
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shop-claim
spec:
  storageClassName: ""
  volumeName: shop-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-claim
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#claims-as-volumes',
      'pkg/scheduler/framework/plugins/volumebinding (persistentvolumeclaim not found)',
    ],
    sources: [
      { tool: 'Monokle', check: 'LNK001 (no-missing-links)' },
      { tool: 'Kubevious', check: 'pod-spec-volume-pvc-ref' },
    ],
    whenNotToUse:
      'Turn it off, or list the claims under `assume:`, when claims are created outside the linted files (by an operator, a separate storage repository or a pipeline step) and only the workloads are linted.',
  },
  messages: {
    missing: "Volume '{volume}' of {workload} uses claim '{claim}', which is not a PersistentVolumeClaim in namespace '{namespace}'",
    namesVolume:
      "Volume '{volume}' of {workload} uses claimName '{claim}', which names a PersistentVolume; claimName must name a PersistentVolumeClaim{bound}",
    otherNamespace:
      "Volume '{volume}' of {workload} uses claim '{claim}', which exists only in {other}; pods can only use claims of their own namespace '{namespace}'",
  },
  check(context) {
    const { model } = context;
    for (const workload of model.workloads) {
      for (const use of model.volumeClaims(workload)) {
        const reference = claimNameReference(use);
        if (!reference) continue;
        const claimName = use.name;
        const base = { volume: use.volumeName, workload: describeWorkload(workload), claim: claimName, namespace: workload.namespace };
        reportMissingReference(context, reference, {
          notFound: ({ didYouMean }) => ({ messageId: 'missing', data: base, fix: didYouMean }),
          otherNamespace: ({ where }) => ({ messageId: 'otherNamespace', data: { ...base, other: where } }),
          otherKind: ({ targets }) => {
            const boundClaim = model.claimsNaming(claimName).find((c) => c.namespace === workload.namespace);
            const reservedFor = boundClaim?.name ?? nonEmptyString(objectOf(objectOf(targets[0].resource?.object.spec).claimRef).name);
            return {
              messageId: 'namesVolume',
              data: { ...base, bound: reservedFor ? `; the claim bound to it is '${reservedFor}'` : '' },
              fix: reservedFor ? `claimName: ${reservedFor}` : undefined,
            };
          },
        });
      }
    }
  },
});
