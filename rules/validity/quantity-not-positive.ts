import { isPlaceholderValue } from '../../src/k8s/placeholders.js';
import { isPositive, parseQuantity } from '../../src/k8s/quantity.js';
import { quantityFieldText, storageQuantities, type QuantitySite } from '../../src/model/storage-quantities.js';
import { defineRule } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

const isAbsent = (value: unknown) => value === undefined || value === null;

export default defineRule({
  id: 'quantity-not-positive',
  severity: 'error',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume capacity or claim storage request that is missing, zero or negative (or a negative limit)',
    why: 'The API server requires `capacity.storage` of a PersistentVolume and `resources.requests.storage` of a claim (also of an ephemeral volume template) to be greater than zero (`ValidatePositiveQuantityValue`: "must be greater than zero"), and the request to be present ("spec.resources[storage]: Required value"); a storage limit may not be negative. Degenerate values such as `"."` or `"+"` parse as zero. StatefulSet claim templates are checked by `sts-claim-template-invalid`; a PersistentVolume without capacity by `pv-spec-invalid`.',
    fix: 'Give the size the volume should have, e.g. `storage: 10Gi`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: scratch
spec:
  capacity:
    storage: 0 # expect: quantity-not-positive/notPositive@14
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /srv/scratch
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: scratch
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /srv/scratch
`,
    },
    references: [
      'pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec, ValidatePositiveQuantityValue, validateBasicResource)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'ValidatePositiveQuantityValue: "must be greater than zero"',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
      },
    ],
    whenNotToUse:
      'Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number.',
  },
  messages: {
    missing: '{subject} has no resources.requests.storage; the API server requires a storage request greater than zero',
    notPositive: "{subject} sets {field} to '{value}'; it must be greater than zero",
    negative: "{subject} sets {field} to '{value}'; it may not be negative",
  },
  check(context) {
    const report = (site: QuantitySite, messageId: 'notPositive' | 'negative', value: string) =>
      reportWrittenValue(context, {
        messageId,
        data: { subject: site.subject, field: quantityFieldText(site.field), value },
        resource: site.resource,
        path: site.path,
      });
    for (const site of storageQuantities(context.model)) {
      // The template rule already reports missing and non-positive StatefulSet claim requests.
      if (site.origin === 'statefulset' && site.field === 'request') continue;
      if (isAbsent(site.value)) {
        if (site.field === 'request' && !site.partial) {
          reportWrittenValue(context, {
            messageId: 'missing',
            data: { subject: site.subject },
            resource: site.resource,
            path: site.path,
            fix: 'resources: {requests: {storage: 10Gi}}',
          });
        }
        continue;
      }
      if (isPlaceholderValue(site.value)) continue;
      const parsed = parseQuantity(site.value);
      if (!parsed.ok) continue;
      const { quantity } = parsed;
      if (site.field === 'limit') {
        if (quantity.numerator < 0n) report(site, 'negative', quantity.text);
      } else if (!isPositive(quantity)) {
        report(site, 'notPositive', quantity.text);
      }
    }
  },
});
