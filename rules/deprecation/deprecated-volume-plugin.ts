import { describeWorkload } from '../../src/model/workloads.js';
import { describe } from '../../src/load/resource.js';
import {
  GIT_REPO_OFF_BY_DEFAULT,
  IN_TREE_PROVISIONERS,
  kubeMinor,
  pluginSeverity,
  VOLUME_PLUGIN_FATES,
  type PluginFate,
} from '../../src/k8s/versions.js';
import { isObject, nonEmptyString, objectOf } from '../../src/util/shape.js';
import { defineRule } from '../../src/rule.js';

/** What the plugin does at the target minor, as the end of a sentence. */
function fateText(plugin: string, fate: PluginFate, minor: number): string {
  switch (fate.kind) {
    case 'gone':
      return minor >= fate.removedIn
        ? `was removed in Kubernetes 1.${fate.removedIn} and no longer works (deprecated since 1.${fate.deprecatedIn})`
        : `is deprecated since 1.${fate.deprecatedIn} and stops working in 1.${fate.removedIn}`;
    case 'csi':
      return minor >= fate.removedIn
        ? `has no in-tree driver since Kubernetes 1.${fate.removedIn}: it works only through the CSI driver ${fate.driver}, which must be installed`
        : `is deprecated since 1.${fate.deprecatedIn}; from 1.${fate.removedIn} it works only through the CSI driver ${fate.driver}`;
    case 'deprecated':
      if (plugin === 'gitRepo') {
        if (fate.removedIn !== undefined && minor >= fate.removedIn)
          return `no longer works from Kubernetes 1.${fate.removedIn} (the kubelet's GitRepoVolumeDriver is locked off)`;
        if (minor >= GIT_REPO_OFF_BY_DEFAULT)
          return `is off by default since Kubernetes 1.${GIT_REPO_OFF_BY_DEFAULT} (kubelet feature gate GitRepoVolumeDriver) and stops working in 1.${fate.removedIn}`;
        return `is deprecated since 1.${fate.deprecatedIn} and stops working in 1.${fate.removedIn}`;
      }
      return `is deprecated since 1.${fate.deprecatedIn}`;
  }
}

function replacementText(fate: PluginFate): string {
  switch (fate.kind) {
    case 'gone':
      return 'move the data to a volume type with a CSI driver';
    case 'csi':
      return `use a PersistentVolumeClaim of a StorageClass with provisioner ${fate.driver}`;
    case 'deprecated':
      return `use ${fate.replacement}`;
  }
}

export default defineRule({
  id: 'deprecated-volume-plugin',
  severity: 'warning',
  category: 'deprecation',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary:
      'A volume, PersistentVolume or StorageClass uses an in-tree volume plugin that is deprecated, redirected to CSI or removed at the target version',
    why: 'The in-tree volume plugins are leaving Kubernetes. cephfs and rbd (1.31), glusterfs (1.26), flocker, quobyte and storageos (1.25), scaleIO (1.22) and photonPersistentDisk (1.16) no longer work at all: pods that use them never start (error). The cloud disks (awsElasticBlockStore, azureDisk, azureFile, cinder, gcePersistentDisk, vsphereVolume, portworxVolume) and their `kubernetes.io/*` provisioners are translated to a CSI driver, which must be installed in the cluster (warning). gitRepo is off by default from 1.33 and gone from 1.36 (warning, then error); flexVolume is deprecated but works (info). The target version is `--kube-version`.',
    fix: 'Use a PersistentVolumeClaim of a StorageClass whose provisioner is the CSI driver (`ebs.csi.aws.com`, `pd.csi.storage.gke.io`, `disk.csi.azure.com`, …), or a `csi:` volume source. For gitRepo, clone the repository in an init container into an emptyDir.',
    examples: {
      bad: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-ebs
provisioner: kubernetes.io/aws-ebs # expect: deprecated-volume-plugin/provisioner@14
allowVolumeExpansion: true
parameters:
  type: gp3
---
apiVersion: v1
kind: Pod
metadata:
  name: reports
spec:
  containers:
    - name: reports
      image: nginx:1.27
      volumeMounts:
        - name: share
          mountPath: /usr/share/nginx/html
  volumes:
    - name: share
      cephfs: # expect: deprecated-volume-plugin/volume@7
        monitors: [10.16.154.78:6789]
        path: /reports
        user: admin
`,
      good: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-ebs
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: gp3
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: standard-ebs
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: reports
spec:
  containers:
    - name: reports
      image: nginx:1.27
      volumeMounts:
        - name: share
          mountPath: /usr/share/nginx/html
  volumes:
    - name: share
      persistentVolumeClaim:
        claimName: reports
`,
    },
    references: [
      'https://kubernetes.io/docs/reference/storage/volume-types/#removed-volume-types',
      'pkg/api/pod/warnings.go and pkg/api/persistentvolume/util.go (deprecated in v1.N, non-functional in v1.M+)',
      'https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/5040-remove-gitrepo-driver',
      'https://kubernetes.io/docs/concepts/storage/storage-classes/#provisioner',
    ],
    sources: [
      {
        tool: 'Kubernetes API server',
        check: 'warning: deprecated in v1.N, non-functional in v1.M+',
        url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/api/pod/warnings.go',
      },
    ],
    whenNotToUse:
      'Lower it to info while the cluster runs the CSI migration drivers and moving to CSI volume sources is planned but not done; the warnings then restate a known migration. Plugins already removed at your `--kube-version` do not work at all, so do not silence those.',
  },
  messages: {
    volume: "Volume '{volume}' of {workload} uses {plugin}, which {fate}",
    persistentVolume: '{object} uses {plugin}, which {fate}',
    provisioner: "{object} uses the in-tree provisioner '{provisioner}' ({plugin}), which {fate}",
  },
  check(context) {
    const { model } = context;
    const minor = kubeMinor(model.options.kubeVersion);
    const judge = (plugin: string) => {
      const fate = VOLUME_PLUGIN_FATES[plugin];
      return fate && { fate: fateText(plugin, fate, minor), severity: pluginSeverity(fate, minor), fix: replacementText(fate) };
    };
    for (const workload of model.workloads) {
      for (const { volume, path } of workload.volumes) {
        for (const [plugin, value] of Object.entries(volume)) {
          const verdict = isObject(value) ? judge(plugin) : undefined;
          if (!verdict) continue;
          context.report({
            messageId: 'volume',
            data: { volume: volume.name ?? '', workload: describeWorkload(workload), plugin, fate: verdict.fate },
            resource: workload.resource,
            path: [...path, plugin],
            severity: verdict.severity,
            fix: verdict.fix,
          });
        }
      }
    }
    for (const pv of model.persistentVolumes) {
      for (const [plugin, value] of Object.entries(objectOf(pv.object.spec))) {
        const verdict = isObject(value) ? judge(plugin) : undefined;
        if (!verdict) continue;
        context.report({
          messageId: 'persistentVolume',
          data: { object: describe(pv), plugin, fate: verdict.fate },
          resource: pv,
          path: ['spec', plugin],
          severity: verdict.severity,
          fix: verdict.fix,
        });
      }
    }
    for (const sc of model.storageClasses) {
      const provisioner = nonEmptyString(sc.object.provisioner);
      const plugin = provisioner ? IN_TREE_PROVISIONERS[provisioner] : undefined;
      const verdict = plugin ? judge(plugin) : undefined;
      if (!provisioner || !plugin || !verdict) continue;
      const fate = VOLUME_PLUGIN_FATES[plugin];
      context.report({
        messageId: 'provisioner',
        data: { object: describe(sc), provisioner, plugin, fate: verdict.fate },
        resource: sc,
        path: ['provisioner'],
        severity: verdict.severity,
        fix: fate.kind === 'csi' ? `provisioner: ${fate.driver}` : verdict.fix,
      });
    }
  },
});
