import { localDescendingPathProblems } from '../../src/k8s/local-path.js';
import { describeContainer, mountsOf } from '../../src/model/volume-mounts.js';
import { nonEmptyString } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

const FIELDS = ['subPath', 'subPathExpr'] as const;

export default defineRule({
  id: 'subpath-invalid',
  severity: 'error',
  category: 'pod-volumes',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A volumeMount subPath or subPathExpr that is absolute, climbs out with `..`, or both fields set',
    why: 'The API server rejects the pod or pod template: `subPath` and `subPathExpr` must be relative paths without a `..` element (`validateLocalDescendingPath`), and they are mutually exclusive. Ephemeral (debug) containers may not use either. The kubelet checks the expanded `subPathExpr` again when it starts the container.',
    fix: 'Write the path relative to the volume root (`config/app.yaml`, not `/config/app.yaml`), without `..`; keep only one of `subPath` and `subPathExpr`.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
immutable: true
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx/nginx.conf
          subPath: /nginx.conf # expect: subpath-invalid/absolute@20
  volumes:
    - name: config
      configMap:
        name: web-config
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
immutable: true
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidateVolumeMounts, validateLocalDescendingPath, validatePathNoBacksteps, validateEphemeralContainers)',
      'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'validateLocalDescendingPath: "must be a relative path", "must not contain \'..\'"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    absolute: "{container} mounts volume '{volume}' with {field} '{value}', which must be a relative path",
    backsteps: "{container} mounts volume '{volume}' with {field} '{value}', which contains a '..' element",
    both: "{container} mounts volume '{volume}' with both subPath and subPathExpr; they are mutually exclusive",
    ephemeral: "{container} is an ephemeral container and mounts volume '{volume}' with {field}, which ephemeral containers may not use",
  },
  check(context) {
    for (const workload of context.model.workloads) {
      for (const container of workload.containers) {
        for (const mount of mountsOf(container)) {
          if (mount.kind !== 'mount') continue;
          const base = { container: describeContainer(workload, mount), volume: mount.volumeName ?? '' };
          const at = (field: string) => ({ resource: workload.resource, path: [...mount.path, field] });
          const present = FIELDS.filter((field) => nonEmptyString(mount.entry[field]) !== undefined);
          if (mount.ephemeral) {
            for (const field of present) context.report({ messageId: 'ephemeral', data: { ...base, field }, ...at(field) });
            continue;
          }
          if (present.length === 2)
            context.report({ messageId: 'both', data: base, ...at('subPathExpr'), fix: 'keep one of subPath and subPathExpr' });
          for (const field of present) {
            const value = mount.entry[field] as string;
            for (const problem of localDescendingPathProblems(value)) {
              const relative = value.replace(/^\/+/, '');
              context.report({
                messageId: problem,
                data: { ...base, field, value },
                ...at(field),
                fix:
                  problem === 'absolute' && relative && localDescendingPathProblems(relative).length === 0
                    ? `${field}: ${relative}`
                    : undefined,
              });
            }
          }
        }
      }
    }
  },
});
