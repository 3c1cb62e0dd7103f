import { describeWorkload } from '../../src/model/workloads.js';
import { closest } from '../../src/k8s/names.js';
import { statefulSets } from '../../src/model/statefulset.js';
import { mountsOf } from '../../src/model/volume-mounts.js';
import { claimTemplateNames } from '../../src/model/claims.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'sts-volume-mount-not-found',
  severity: 'error',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A StatefulSet container mounts a volume that is neither a template volume nor a volumeClaimTemplates entry',
    why: "For Deployments, Jobs and DaemonSets the API server rejects a mount of an unknown volume. StatefulSet validation does not check the pod template's mounts (the claim-template volumes are only added per pod), so the StatefulSet is accepted and then every pod creation fails: `FailedCreate … spec.containers[0].volumeMounts[0].name: Not found`. The StatefulSet shows 0 ready replicas with no pod to look at.",
    fix: "Name the mount after a `volumes` entry of the template or a `volumeClaimTemplates` entry (the claim template's `metadata.name`), or add the missing volume.",
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: pg
spec:
  clusterIP: None
  selector: {app: pg}
  ports:
    - {name: sql, port: 5432}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pg
spec:
  serviceName: pg
  replicas: 1
  selector:
    matchLabels: {app: pg}
  template:
    metadata:
      labels: {app: pg}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - name: pgdata # expect: sts-volume-mount-not-found/unknown@21
              mountPath: /var/lib/postgresql/data
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: pg
spec:
  clusterIP: None
  selector: {app: pg}
  ports:
    - {name: sql, port: 5432}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pg
spec:
  serviceName: pg
  replicas: 1
  selector:
    matchLabels: {app: pg}
  template:
    metadata:
      labels: {app: pg}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,
    },
    references: [
      'pkg/apis/apps/validation/validation.go (ValidatePodTemplateSpecForStatefulSet: pod validation left as a TODO)',
      'pkg/controller/statefulset/stateful_set_utils.go (updateStorage)',
    ],
    sources: [{ tool: 'Kubevious', check: 'container-volume-mount-ref' }],
    whenNotToUse:
      'Keep it on: every pod creation of the StatefulSet fails while a mount names nothing, and the API server accepts the StatefulSet. Turn it off only if a mutating webhook adds the volume at admission.',
  },
  messages: {
    unknown:
      "Container '{container}' of {sts} mounts '{volume}' ({list}), which is neither a template volume nor a volumeClaimTemplates entry; every pod creation fails with 'Not found'",
  },
  check(context) {
    for (const sts of statefulSets(context.model)) {
      const known = claimTemplateNames(sts);
      for (const { volume } of sts.volumes) if (typeof volume.name === 'string') known.add(volume.name);
      for (const mount of sts.containers.flatMap(mountsOf)) {
        if (!mount.volumeName || known.has(mount.volumeName)) continue;
        const suggestion = closest(mount.volumeName, known);
        context.report({
          messageId: 'unknown',
          data: { container: mount.containerName, sts: describeWorkload(sts), volume: mount.volumeName, list: mount.list },
          resource: sts.resource,
          path: [...mount.path, 'name'],
          fix: suggestion ? `did you mean '${suggestion}'?` : undefined,
        });
      }
    }
  },
});
