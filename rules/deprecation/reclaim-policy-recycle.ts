import { describe } from '../../src/load/resource.js';
import { objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'reclaim-policy-recycle',
  severity: 'warning',
  category: 'deprecation',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A PersistentVolume uses the deprecated Recycle reclaim policy',
    why: 'Recycle is deprecated: the API server answers with the warning "The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning." When the claim is deleted, the controller runs a scrub pod that does `rm -rf` on the volume contents and offers the volume to the next claim, so data of one tenant is wiped, not kept. Only hostPath and NFS volumes have a recycler; any other volume goes `Failed` ("No recycler plugin found for the volume!"). A StorageClass never accepts Recycle (reported by storageclass-invalid).',
    fix: 'Use `Retain` (keep the data, clean up by hand) or dynamic provisioning with a StorageClass whose `reclaimPolicy` is `Delete`.',
    examples: {
      bad: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: nfs-share
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteMany]
  persistentVolumeReclaimPolicy: Recycle # expect: reclaim-policy-recycle/recycle@34
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/share
`,
      good: `apiVersion: v1
kind: PersistentVolume
metadata:
  name: nfs-share
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteMany]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/share
`,
    },
    references: [
      'pkg/api/persistentvolume/util.go (GetWarningsForPersistentVolume: Recycle is deprecated)',
      'pkg/controller/volume/persistentvolume/pv_controller.go (recycleVolumeOperation)',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#recycle',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'warning: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolume/util.go',
      },
    ],
    whenNotToUse:
      'Turn it off for hostPath or NFS scratch volumes in test clusters, where wiping and reusing the volume is exactly what you want and the deprecation is accepted.',
  },
  messages: {
    recycle: '{object} uses reclaim policy Recycle, which is deprecated: deleting its claim runs `rm -rf` on the volume{support}',
  },
  check(context) {
    for (const volume of context.model.persistentVolumes) {
      const spec = objectOf(volume.object.spec);
      if (spec.persistentVolumeReclaimPolicy !== 'Recycle') continue;
      const recyclable = 'nfs' in spec || 'hostPath' in spec;
      context.report({
        messageId: 'recycle',
        data: {
          object: describe(volume),
          support: recyclable ? '' : ', and only NFS and hostPath volumes have a recycler, so this one goes Failed',
        },
        resource: volume,
        path: ['spec', 'persistentVolumeReclaimPolicy'],
        fix: 'persistentVolumeReclaimPolicy: Retain',
      });
    }
  },
});
