import { describe, expect, it } from 'vitest';
import {
  apiLifecycle,
  GIT_REPO_OFF_BY_DEFAULT,
  IN_TREE_PROVISIONERS,
  kubeMinor,
  pluginSeverity,
  RELAXED_ENV_NAMES_SINCE,
  removedApi,
  usesRelaxedEnvNames,
  VOLUME_PLUGIN_FATES,
} from '../../src/k8s/versions.js';

const fate = (plugin: string) => {
  const value = VOLUME_PLUGIN_FATES[plugin];
  if (!value) throw new Error(`no fate for ${plugin}`);
  return value;
};

describe('kubeMinor', () => {
  it('reads 1.N and treats anything else as the newest release', () => {
    expect(kubeMinor('1.16')).toBe(16);
    expect(kubeMinor(' 1.35 ')).toBe(35);
    expect(kubeMinor('2.0')).toBe(Number.POSITIVE_INFINITY);
    expect(kubeMinor('latest')).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('removed API versions (deprecation guide)', () => {
  it.each([
    ['apps/v1beta1', 'Deployment', 16, 'apps/v1'],
    ['apps/v1beta2', 'StatefulSet', 16, 'apps/v1'],
    ['extensions/v1beta1', 'DaemonSet', 16, 'apps/v1'],
    ['extensions/v1beta1', 'Ingress', 22, 'networking.k8s.io/v1'],
    ['storage.k8s.io/v1beta1', 'StorageClass', 22, 'storage.k8s.io/v1'],
    ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', 27, 'storage.k8s.io/v1'],
    ['batch/v1beta1', 'CronJob', 25, 'batch/v1'],
    ['policy/v1beta1', 'PodDisruptionBudget', 25, 'policy/v1'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 26, 'autoscaling/v2'],
    ['snapshot.storage.k8s.io/v1beta1', 'VolumeSnapshot', 24, 'snapshot.storage.k8s.io/v1'],
  ])('%s %s: removed in 1.%i, replaced by %s', (apiVersion, kind, removedIn, replacement) => {
    const api = removedApi(apiVersion, kind);
    expect(api).toMatchObject({ removedIn, replacement });
    expect(apiLifecycle(api!, removedIn - 1)).toBe('deprecated');
    expect(apiLifecycle(api!, removedIn)).toBe('removed');
  });

  it('names what apps/v1 needs besides the apiVersion', () => {
    expect(removedApi('apps/v1beta1', 'StatefulSet')?.changes).toMatch(/spec\.selector is required/);
  });

  it('knows kinds that have no successor', () => {
    expect(removedApi('policy/v1beta1', 'PodSecurityPolicy')?.removedIn).toBe(25);
    expect(removedApi('policy/v1beta1', 'PodSecurityPolicy')?.replacement).toBeUndefined();
  });

  it('leaves served versions and kinds it does not know alone', () => {
    expect(removedApi('apps/v1', 'Deployment')).toBeUndefined();
    expect(removedApi('storage.k8s.io/v1beta1', 'VolumeAttributesClass')).toBeUndefined();
    expect(removedApi('example.com/v1beta1', 'Widget')).toBeUndefined();
  });

  it('covers every kind of a group version removed as a whole', () => {
    expect(removedApi('extensions/v1beta1', 'PodSecurityPolicy')?.removedIn).toBe(16);
    expect(removedApi('extensions/v1beta1', 'Whatever')?.removedIn).toBe(22);
  });
});

describe('volume plugins (volume-types page, CSI migration KEPs)', () => {
  it.each([
    ['cephfs', 28, 31],
    ['rbd', 28, 31],
    ['glusterfs', 25, 26],
    ['flocker', 22, 25],
    ['quobyte', 22, 25],
    ['storageos', 22, 25],
    ['scaleIO', 16, 22],
    ['photonPersistentDisk', 11, 16],
  ])('%s: info before 1.%i, warning until 1.%i, then error', (plugin, deprecatedIn, removedIn) => {
    expect(pluginSeverity(fate(plugin), deprecatedIn - 1)).toBe('info');
    expect(pluginSeverity(fate(plugin), deprecatedIn)).toBe('warning');
    expect(pluginSeverity(fate(plugin), removedIn - 1)).toBe('warning');
    expect(pluginSeverity(fate(plugin), removedIn)).toBe('error');
  });

  it.each([
    ['awsElasticBlockStore', 27, 'ebs.csi.aws.com'],
    ['azureDisk', 27, 'disk.csi.azure.com'],
    ['azureFile', 30, 'file.csi.azure.com'],
    ['cinder', 26, 'cinder.csi.openstack.org'],
    ['gcePersistentDisk', 28, 'pd.csi.storage.gke.io'],
    ['vsphereVolume', 30, 'csi.vsphere.vmware.com'],
    ['portworxVolume', 36, 'pxd.portworx.com'],
  ])('%s is redirected to CSI from 1.%i (%s): a warning, never an error', (plugin, removedIn, driver) => {
    expect(fate(plugin)).toMatchObject({ kind: 'csi', removedIn, driver });
    expect(pluginSeverity(fate(plugin), removedIn)).toBe('warning');
    expect(pluginSeverity(fate(plugin), 40)).toBe('warning');
  });

  it('gitRepo: warning while deprecated, off by default from 1.33, error from 1.36', () => {
    expect(GIT_REPO_OFF_BY_DEFAULT).toBe(33);
    expect(pluginSeverity(fate('gitRepo'), 32)).toBe('warning');
    expect(pluginSeverity(fate('gitRepo'), 35)).toBe('warning');
    expect(pluginSeverity(fate('gitRepo'), 36)).toBe('error');
  });

  it('flexVolume is deprecated but working: info', () => {
    expect(pluginSeverity(fate('flexVolume'), 22)).toBe('info');
    expect(pluginSeverity(fate('flexVolume'), 35)).toBe('info');
  });

  it('maps in-tree provisioners to their plugins', () => {
    expect(IN_TREE_PROVISIONERS['kubernetes.io/aws-ebs']).toBe('awsElasticBlockStore');
    expect(IN_TREE_PROVISIONERS['kubernetes.io/gce-pd']).toBe('gcePersistentDisk');
    expect(IN_TREE_PROVISIONERS['kubernetes.io/no-provisioner']).toBeUndefined();
    for (const plugin of Object.values(IN_TREE_PROVISIONERS)) expect(VOLUME_PLUGIN_FATES[plugin]).toBeDefined();
  });
});

describe('env var name rule (KEP-4369)', () => {
  it('is strict before 1.32 and relaxed from 1.32', () => {
    expect(RELAXED_ENV_NAMES_SINCE).toBe(32);
    expect(usesRelaxedEnvNames(31)).toBe(false);
    expect(usesRelaxedEnvNames(32)).toBe(true);
    expect(usesRelaxedEnvNames(35)).toBe(true);
  });
});
