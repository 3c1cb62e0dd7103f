import { isPlaceholderValue } from '../../src/k8s/placeholders.js';
import { quantityFixes } from '../../src/k8s/quantity-fix.js';
import { parseQuantity, quantityBytes } from '../../src/k8s/quantity.js';
import { quantityFieldText, storageQuantities } from '../../src/model/storage-quantities.js';
import { defineRule } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

/** `'10G' (10000000000 bytes)`. */
const describeFix = (text: string) => {
  const parsed = parseQuantity(text);
  return parsed.ok ? `'${text}' (${quantityBytes(parsed.quantity)} bytes)` : `'${text}'`;
};

export default defineRule({
  id: 'quantity-invalid',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A storage size that is not a Kubernetes quantity (`10GB`, `1K`, `5gi`, `1 Gi`)',
    why: "The API server parses sizes with `resource.ParseQuantity`, which is case-sensitive and knows no `B`: `10GB`, `1K`, `5gi`, `1KiB`, `1 Gi` or `1e` are rejected (`quantities must match the regular expression …` / `unable to parse quantity's suffix`), so the PersistentVolume or claim is never created. Covers PV `capacity.storage` and `resources.requests.storage` / `resources.limits.storage` of claims and ephemeral volume templates; an invalid request in a StatefulSet claim template is reported by `sts-claim-template-invalid`.",
    fix: 'Use a number with one of the suffixes `k`, `M`, `G`, `T`, `P`, `E` (powers of 1000) or `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of 1024), spelt exactly: `10G` or `10Gi`, `1k` or `1Ki`, `5Gi`. A plain number is bytes.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10GB # expect: quantity-invalid/invalid@16
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,
    },
    references: [
      'staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity)',
      'staging/src/k8s.io/apimachinery/pkg/api/resource/suffix.go',
      'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ParseQuantity: "quantities must match the regular expression …"',
        url: 'https://github.com/kubernetes/apimachinery/blob/master/pkg/api/resource/quantity.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    invalid:
      "{subject} sets {field} to '{value}', which is not a valid quantity; suffixes are case-sensitive (k, M, G, T, P, E or Ki, Mi, Gi, Ti, Pi, Ei) and there is no 'B'",
  },
  check(context) {
    for (const site of storageQuantities(context.model)) {
      // The template rule already says so for StatefulSet claim requests.
      if (site.origin === 'statefulset' && site.field === 'request') continue;
      if ((typeof site.value !== 'string' && typeof site.value !== 'number') || isPlaceholderValue(site.value)) continue;
      if (parseQuantity(site.value).ok) continue;
      const value = String(site.value);
      const fixes = quantityFixes(value.trim());
      reportWrittenValue(context, {
        messageId: 'invalid',
        data: { subject: site.subject, field: quantityFieldText(site.field), value },
        resource: site.resource,
        path: site.path,
        fix: fixes.length > 0 ? `did you mean ${fixes.map(describeFix).join(' or ')}?` : undefined,
      });
    }
  },
});
