import { describe, expect, it } from 'vitest';
import { inlineDiskOf } from '../../src/k8s/inline-disks.js';

describe('inlineDiskOf: which disk an inline volume names, and whether a second node may use it', () => {
  it('a read-only GCE PD is attached ReadOnlyMany; a read-write one ReadWriteOnce', () => {
    expect(inlineDiskOf({ name: 'a', gcePersistentDisk: { pdName: 'site', readOnly: true } })?.singleNode).toBeUndefined();
    expect(inlineDiskOf({ name: 'a', gcePersistentDisk: { pdName: 'site' } })).toMatchObject({
      id: 'site',
      label: "gcePersistentDisk 'site'",
      path: ['gcePersistentDisk', 'pdName'],
      singleNode: 'attach-refused',
    });
  });
  it('EBS, Azure Disk and Cinder stay single-node when read-only, and say why', () => {
    for (const volume of [
      { awsElasticBlockStore: { volumeID: 'vol-1', readOnly: true } },
      { azureDisk: { diskName: 'd', diskURI: '/subscriptions/s/disks/d', readOnly: true } },
      { cinder: { volumeID: 'c-1', readOnly: true } },
    ]) {
      const disk = inlineDiskOf(volume);
      expect(disk?.singleNode).toBe('attach-refused');
      expect(disk?.readOnlyIgnored).toContain('ReadWriteOnce');
    }
  });
  it('names one disk by one id however it is written', () => {
    expect(inlineDiskOf({ awsElasticBlockStore: { volumeID: 'aws://us-east-1a/vol-0abc' } })?.id).toBe('vol-0abc');
    expect(inlineDiskOf({ awsElasticBlockStore: { volumeID: 'aws:///vol-0abc' } })?.id).toBe('vol-0abc');
    expect(inlineDiskOf({ azureDisk: { diskName: 'D', diskURI: '/Subscriptions/S/Disks/D' } })?.id).toBe('/subscriptions/s/disks/d');
    expect(inlineDiskOf({ rbd: { monitors: ['m:6789'], image: 'img' } })?.id).toBe('rbd/img');
    expect(inlineDiskOf({ fc: { targetWWNs: ['b', 'a'], lun: 1 } })?.id).toBe(inlineDiskOf({ fc: { targetWWNs: ['a', 'b'], lun: 1 } })?.id);
  });
  it('rbd refuses a second read-write mapping; iscsi and fc refuse nothing; read-only they are shared', () => {
    expect(inlineDiskOf({ rbd: { image: 'img' } })?.singleNode).toBe('map-refused');
    expect(inlineDiskOf({ iscsi: { targetPortal: 'p:3260', iqn: 'iqn.x', lun: 0 } })?.singleNode).toBe('unguarded');
    expect(inlineDiskOf({ fc: { wwids: ['w1'] } })?.singleNode).toBe('unguarded');
    expect(inlineDiskOf({ iscsi: { targetPortal: 'p:3260', iqn: 'iqn.x', lun: 0, readOnly: true } })?.singleNode).toBeUndefined();
  });
  it('a disk whose id is left out is named by its volume; other volumes are no disk (inline csi: volumes are ephemeral and never attach)', () => {
    expect(inlineDiskOf({ name: 'myvolume', awsElasticBlockStore: { volumeID: null } })).toMatchObject({
      label: "awsElasticBlockStore volume 'myvolume'",
      path: ['awsElasticBlockStore'],
      singleNode: 'attach-refused',
    });
    expect(inlineDiskOf({ name: 'myvolume', awsElasticBlockStore: { volumeID: null } })?.id).toBeUndefined();
    expect(inlineDiskOf({ csi: { driver: 'ebs.csi.aws.com' } })).toBeUndefined();
    expect(inlineDiskOf({ hostPath: { path: '/x' } })).toBeUndefined();
  });
});
