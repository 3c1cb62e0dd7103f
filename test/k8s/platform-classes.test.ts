import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  asStorageClassObject,
  isPlatform,
  PLATFORM_CLASSES,
  PLATFORMS,
  platformClasses,
  wellKnownPlatformClass,
} from '../../src/k8s/platform-classes.js';
import { isDefaultClass } from '../../src/k8s/storage-class.js';

const names = (classes: readonly { name: string }[]) => classes.map((c) => c.name);

describe('platform classes', () => {
  it('has an entry for every platform the configuration accepts, each class with a provisioner and documentation', () => {
    expect(PLATFORM_CLASSES.map((p) => p.platform)).toEqual([...PLATFORMS]);
    for (const info of PLATFORM_CLASSES) {
      expect(info.classes.length).toBeGreaterThan(0);
      for (const storageClass of info.classes) {
        expect(storageClass.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
        expect(storageClass.provisioner).not.toBe('');
        expect(storageClass.docs).toMatch(/^https:\/\//);
      }
    }
  });

  it('has at most one default class per platform (per infrastructure on OpenShift)', () => {
    for (const info of PLATFORM_CLASSES) {
      const variants = new Set(info.classes.map((c) => c.variant));
      for (const variant of variants) {
        const defaults = info.classes.filter((c) => c.variant === variant && c.isDefault);
        expect(defaults.length, `${info.platform} ${variant ?? ''}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('knows the classes the manifests in the wild name', () => {
    expect(names(platformClasses('gke'))).toEqual(
      expect.arrayContaining(['standard', 'standard-rwo', 'premium-rwo', 'standard-rwx', 'premium-rwx', 'zonal-rwx']),
    );
    expect(names(platformClasses('eks'))).toEqual(['gp2', 'ebs-csi-default-sc']);
    expect(names(platformClasses('aks'))).toEqual(
      expect.arrayContaining([
        'default',
        'managed-csi',
        'managed-csi-premium',
        'managed-premium',
        'azurefile',
        'azurefile-csi',
        'azurefile-csi-premium',
      ]),
    );
    expect(names(platformClasses('digitalocean'))).toContain('do-block-storage');
    expect(names(platformClasses('linode'))).toEqual(['linode-block-storage', 'linode-block-storage-retain']);
  });

  it('describes each class as the platform creates it', () => {
    const gke = platformClasses('gke');
    expect(gke.find((c) => c.name === 'standard-rwo')).toMatchObject({
      provisioner: 'pd.csi.storage.gke.io',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
      isDefault: true,
    });
    expect(gke.find((c) => c.name === 'standard')).toMatchObject({
      provisioner: 'kubernetes.io/gce-pd',
      volumeBindingMode: 'Immediate',
      isDefault: false,
    });
    expect(gke.find((c) => c.name === 'standard-rwx')?.requires).toMatch(/Filestore/);
    // EKS stopped marking gp2 default with 1.30; the CSI add-on's class is default when enabled.
    expect(platformClasses('eks').find((c) => c.name === 'gp2')).toMatchObject({ isDefault: false, allowVolumeExpansion: false });
    expect(platformClasses('eks').find((c) => c.name === 'ebs-csi-default-sc')).toMatchObject({
      isDefault: true,
      provisioner: 'ebs.csi.aws.com',
    });
    expect(platformClasses('aks').find((c) => c.name === 'azurefile')).toMatchObject({
      provisioner: 'file.csi.azure.com',
      volumeBindingMode: 'Immediate',
    });
    expect(platformClasses('linode').find((c) => c.isDefault)?.name).toBe('linode-block-storage-retain');
    expect(platformClasses('kind')).toMatchObject([
      { name: 'standard', provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer' },
    ]);
    expect(platformClasses('minikube')).toMatchObject([
      { name: 'standard', provisioner: 'k8s.io/minikube-hostpath', volumeBindingMode: 'Immediate' },
    ]);
    expect(platformClasses('k3s')).toMatchObject([{ name: 'local-path', isDefault: true }]);
    expect(platformClasses('docker-desktop')).toMatchObject([{ name: 'hostpath', provisioner: 'docker.io/hostpath' }]);
    expect(platformClasses('microk8s')).toMatchObject([{ name: 'microk8s-hostpath', provisioner: 'microk8s.io/hostpath' }]);
  });

  it('narrows OpenShift to the classes of one infrastructure', () => {
    expect(names(platformClasses('openshift', 'aws'))).toEqual(['gp3-csi', 'gp2-csi']);
    expect(platformClasses('openshift', 'vsphere')).toMatchObject([
      { name: 'thin-csi', isDefault: true, provisioner: 'csi.vsphere.vmware.com' },
    ]);
    expect(platformClasses('openshift', 'gcp').find((c) => c.isDefault)?.provisioner).toBe('pd.csi.storage.gke.io');
    expect(platformClasses('openshift', 'openstack').find((c) => c.isDefault)?.provisioner).toBe('cinder.csi.openstack.org');
    expect(platformClasses('gke', 'aws')).toEqual(platformClasses('gke'));
  });

  it('accepts exactly the platform names of the list', () => {
    expect(isPlatform('gke')).toBe(true);
    expect(isPlatform('docker-desktop')).toBe(true);
    expect(isPlatform('GKE')).toBe(false);
    expect(isPlatform('azure')).toBe(false);
  });
});

describe('wellKnownPlatformClass', () => {
  it('names every platform that creates a class of that name', () => {
    expect(wellKnownPlatformClass('standard-rwo').map((w) => w.platform)).toEqual(['gke']);
    expect(wellKnownPlatformClass('standard').map((w) => w.platform)).toEqual(['gke', 'kind', 'minikube']);
    expect(
      wellKnownPlatformClass('managed-csi').map((w) => `${w.platform}${w.storageClass.variant ? `/${w.storageClass.variant}` : ''}`),
    ).toEqual(['aks', 'openshift/azure']);
    expect(wellKnownPlatformClass('managed-premium')).toMatchObject([
      { platform: 'aks', title: 'AKS', storageClass: { provisioner: 'disk.csi.azure.com' } },
    ]);
    expect(wellKnownPlatformClass('do-block-storage')[0]).toMatchObject({ platform: 'digitalocean', storageClass: { isDefault: true } });
  });

  it('finds nothing for classes no platform creates', () => {
    expect(wellKnownPlatformClass('fast')).toEqual([]);
    expect(wellKnownPlatformClass('my-storage-class')).toEqual([]);
    // gp3 is a class many EKS users write themselves; EKS does not create it.
    expect(wellKnownPlatformClass('gp3')).toEqual([]);
  });
});

describe('asStorageClassObject', () => {
  it('writes the class as the StorageClass the platform applies, default annotation included', () => {
    const standardRwo = platformClasses('gke').find((c) => c.name === 'standard-rwo')!;
    const object = asStorageClassObject(standardRwo);
    expect(object).toEqual(
      parse(`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-rwo
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: pd.csi.storage.gke.io
reclaimPolicy: Delete
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
`),
    );
    expect(isDefaultClass(object)).toBe(true);
    const premium = asStorageClassObject(platformClasses('gke').find((c) => c.name === 'premium-rwo')!);
    expect(isDefaultClass(premium)).toBe(false);
  });
});
