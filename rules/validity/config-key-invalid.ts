import { isPlaceholderText } from '../../src/k8s/placeholders.js';
import { configKeyProblem, MAX_CONFIG_DATA_BYTES } from '../../src/k8s/env-names.js';
import { describe, type Resource } from '../../src/load/resource.js';
import { isObject } from '../../src/util/shape.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

/** Where each kind keeps its keys; the first field holds text, the second base64 (Secret `data` is base64 too). */
const KEY_FIELDS = { ConfigMap: ['data', 'binaryData'], Secret: ['data', 'stringData'] } as const;

const base64Bytes = (text: string) => Buffer.from(text, 'base64').length;

/** Bytes the API server counts: text as UTF-8, base64 fields decoded. */
function valueBytes(kind: 'ConfigMap' | 'Secret', field: string, value: unknown): number {
  if (typeof value !== 'string') return 0;
  const encoded = field === 'binaryData' || (kind === 'Secret' && field === 'data');
  return encoded ? base64Bytes(value) : Buffer.byteLength(value, 'utf8');
}

const messages = {
  invalid: "Key '{key}' of {object} is not a valid data key: it {problem}; the API server rejects the {kind}",
  both: "Key '{key}' of {object} is in both data and binaryData; the API server rejects the ConfigMap",
  tooBig: '{object} holds {bytes} bytes of data, more than the 1 MiB ({max} bytes) the API server accepts',
} as const;

function checkObject(context: RuleContext<typeof messages>, resource: Resource, kind: 'ConfigMap' | 'Secret') {
  const object = describe(resource);
  const seen = new Set<string>();
  let bytes = 0;
  for (const field of KEY_FIELDS[kind]) {
    const values = resource.object[field];
    if (!isObject(values)) continue;
    for (const [key, value] of Object.entries(values)) {
      bytes += valueBytes(kind, field, value);
      const path = [field, key];
      const problem = isPlaceholderText(key) ? undefined : configKeyProblem(key);
      if (problem) reportWrittenValue(context, { messageId: 'invalid', data: { key, object, problem, kind }, resource, path });
      // A Secret's stringData overrides data on write, which is allowed; a ConfigMap key must be in one map.
      else if (kind === 'ConfigMap' && field === 'binaryData' && seen.has(key))
        reportWrittenValue(context, { messageId: 'both', data: { key, object }, resource, path });
      seen.add(key);
    }
  }
  if (bytes > MAX_CONFIG_DATA_BYTES) {
    reportWrittenValue(context, {
      messageId: 'tooBig',
      data: { object, bytes, max: MAX_CONFIG_DATA_BYTES },
      resource,
      path: [KEY_FIELDS[kind][0]],
    });
  }
}

export default defineRule({
  id: 'config-key-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A ConfigMap or Secret key the API server rejects (bad characters, `..`, in both data and binaryData) or data above 1 MiB',
    why: 'Keys become file names in volumes, so the API server accepts only letters, digits, `-`, `_` and `.`, at most 253 characters, and neither `.`, `..` nor a name starting with `..` (`IsConfigMapKey`). A key with a `/` or a space (e.g. a path copied into `data:`), a key present in both `data` and `binaryData`, or more than 1 MiB of data makes the whole object fail, and every pod that mounts it waits in ContainerCreating.',
    fix: 'Rename the key to letters, digits, `-`, `_` and `.` (use `items: [{key, path}]` in the volume to choose the file path, subdirectories included), keep each key in one map, and split objects above 1 MiB.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  conf.d/default.conf: | # expect: config-key-invalid/invalid@24
    server { listen 80; }
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  default.conf: |
    server { listen 80; }
`,
    },
    references: [
      'staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsConfigMapKey)',
      'pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateSecret)',
      'https://kubernetes.io/docs/concepts/configuration/configmap/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: "IsConfigMapKey: \"a valid config key must consist of alphanumeric characters, '-', '_' or '.'\"",
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is a ConfigMap or Secret the API server rejects, and the pods that mount it wait forever. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages,
  check(context) {
    for (const kind of ['ConfigMap', 'Secret'] as const) {
      for (const resource of context.model.ofKind(kind)) checkObject(context, resource, kind);
    }
  },
});
