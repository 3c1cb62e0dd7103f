import { describe } from '../../src/load/resource.js';
import { serverFieldsOf } from '../../src/k8s/restore.js';
import { objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'restore-server-fields',
  severity: 'error',
  category: 'restore',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'An object carries fields the API server owns (resourceVersion, uid, status, …), the mark of a `kubectl get -o yaml` export',
    why: 'Creating an object that sets `metadata.resourceVersion` fails: "resourceVersion should not be set on objects to be created". `uid`, `creationTimestamp`, `selfLink`, `managedFields`, `generation` and `status` are replaced or ignored on create, so they do no harm by themselves, but they show an export that was not cleaned, and such exports usually also carry a PV claimRef uid or binder annotations that break a restore. Empty values (`creationTimestamp: null`, `status: {}`) as written by `kubectl create --dry-run` are not reported.',
    fix: "Strip server-owned fields before re-applying: delete `metadata.resourceVersion`, `uid`, `creationTimestamp`, `selfLink`, `managedFields`, `generation` and the whole `status` (e.g. `kubectl neat`, or `yq 'del(.metadata.resourceVersion, .metadata.uid, .status)'`).",
    examples: {
      bad: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: shop-settings
      namespace: shop
      resourceVersion: "48213" # expect: restore-server-fields/resourceVersion@24
      uid: 0b8e1f52-41f4-4c1e-a3c2-5f9d6c0e7a10
      creationTimestamp: "2025-03-02T10:15:00Z"
    data:
      mode: production
`,
      good: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: shop-settings
      namespace: shop
      creationTimestamp: null
    data:
      mode: production
`,
    },
    references: [
      'apiserver pkg/storage/etcd3/store.go (ErrResourceVersionSetOnCreate)',
      'apiserver pkg/registry/rest/meta.go (FillObjectMetaSystemFields)',
      'pkg/registry/core/persistentvolume/strategy.go (PrepareForCreate clears status)',
    ],
    sources: [{ tool: 'Kubernetes API server', check: '"resourceVersion should not be set on objects to be created"' }],
    whenNotToUse:
      'Turn it off for directories of exported state kept for diffing or backup and never applied with `kubectl create` or `kubectl apply`.',
  },
  messages: {
    resourceVersion:
      "{object} sets server-owned {fields}; creating it fails because metadata.resourceVersion is '{value}' ('resourceVersion should not be set on objects to be created')",
    serverOwned:
      '{object} sets server-owned {fields}, which the API server ignores or overwrites on create; the manifest looks like an unsanitised export',
  },
  check(context) {
    for (const resource of context.model.resources) {
      const owned = serverFieldsOf(resource.object);
      if (owned.length === 0) continue;
      // One finding per object, where it breaks: resourceVersion fails the create, the rest only show an export.
      const main = owned.find(({ field }) => field === 'metadata.resourceVersion') ?? owned[0];
      const fields = joinFields(owned.map(({ field }) => field));
      const common = {
        resource,
        path: main.path,
        fix: `delete ${fields}`,
      };
      const object = describe(resource);
      if (main.field === 'metadata.resourceVersion') {
        const value = String(objectOf(resource.object.metadata).resourceVersion);
        context.report({ ...common, messageId: 'resourceVersion', data: { object, fields, value } });
      } else {
        context.report({ ...common, messageId: 'serverOwned', data: { object, fields }, severity: 'warning' });
      }
    }
  },
});

/** `a`, `a and b`, `a, b and c`. */
function joinFields(fields: readonly string[]): string {
  return fields.length === 1 ? fields[0] : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
}
