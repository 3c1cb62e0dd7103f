import { isPlaceholderValue } from '../../src/k8s/placeholders.js';
import { fractionalFixes, orList } from '../../src/k8s/quantity-fix.js';
import { hasFractionalBytes, isPositive, parseQuantity, quantityBytes } from '../../src/k8s/quantity.js';
import { quantityFieldText, storageQuantities } from '../../src/model/storage-quantities.js';
import { defineRule } from '../../src/rule.js';
import { reportWrittenValue } from '../../src/rule-kit/fill-in.js';

export default defineRule({
  id: 'quantity-fractional-bytes',
  severity: 'warning',
  category: 'validity',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A storage size that is not a whole number of bytes, typically `500m` (milli) meant as `500M`',
    why: 'Storage is counted in bytes, but a quantity may be finer: `m` is milli, so `storage: 500m` asks for half a byte. The API server accepts it with a warning (`fractional byte value "500m" is invalid, must be an integer`) for claims, StatefulSet claim templates and ephemeral templates, and rounds it up — a claim for 1 byte gets the smallest volume the provisioner makes, or binds to any static PV, which is not what `500M`/`500Mi` meant. The same value in a PersistentVolume capacity makes a volume no real claim fits.',
    fix: 'Write the size in bytes or with an upper-case decimal (`M`, `G`) or binary (`Mi`, `Gi`) suffix: `500m` → `500M` or `500Mi`.',
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
  name: cache
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 500m # expect: quantity-fractional-bytes/fractional@16
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
  name: cache
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 500Mi
`,
    },
    references: [
      'pkg/api/persistentvolumeclaim/util.go (GetWarningsForPersistentVolumeClaimSpec: fractional byte value)',
      'pkg/api/pod/warnings.go (ephemeral volume claim templates)',
      'staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'warning: fractional byte value "500m" is invalid, must be an integer',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolumeclaim/util.go',
      },
    ],
    whenNotToUse:
      'Turn it off only for test manifests that use sub-byte sizes on purpose; on a storage size in real manifests, `m` is always a mistake for `M` or `Mi`.',
  },
  messages: {
    fractional: "{subject} sets {field} to '{value}', which is not a whole number of bytes (rounded up to {bytes}){hint}",
  },
  check(context) {
    for (const site of storageQuantities(context.model)) {
      if (isPlaceholderValue(site.value)) continue;
      const parsed = parseQuantity(site.value);
      if (!parsed.ok || !isPositive(parsed.quantity) || !hasFractionalBytes(parsed.quantity)) continue;
      const { quantity } = parsed;
      const fixes = fractionalFixes(quantity);
      const milli = quantity.text.endsWith('m');
      reportWrittenValue(context, {
        messageId: 'fractional',
        data: {
          subject: site.subject,
          field: quantityFieldText(site.field),
          value: quantity.text,
          bytes: `${quantityBytes(quantity)} ${quantityBytes(quantity) === 1n ? 'byte' : 'bytes'}`,
          hint: milli ? "; 'm' means milli (1/1000), not mega" : '',
        },
        resource: site.resource,
        path: site.path,
        fix: milli ? `did you mean ${orList(fixes)}?` : `storage: ${fixes[0]}`,
      });
    }
  },
});
