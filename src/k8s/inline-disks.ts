import type { JsonPath } from '../types.js';
import { nonEmptyString, objectOf } from '../util/shape.js';

/**
 * Block disks a pod volume names inline, without a claim: which disk it is (the same id in two pods
 * is the same disk) and whether a second node can use it at the same time.
 *
 * The cloud disks are CSI-migrated (GA in 1.24-1.25, in-tree code gone since 1.26-1.28): the
 * attach/detach controller translates an inline volume into a PersistentVolume spec
 * (pkg/volume/csimigration TranslateInTreeSpecToCSI) and IsMultiAttachAllowed reads its access
 * modes. csi-translation-lib writes them: gcePersistentDisk ReadOnlyMany when `readOnly`, else
 * ReadWriteOnce (gce_pd.go); awsElasticBlockStore (aws_ebs.go), azureDisk (azure_disk.go) and cinder
 * (openstack_cinder.go) always ReadWriteOnce, whatever `readOnly` says. Before migration
 * IsMultiAttachAllowed refused inline azureDisk and cinder outright, and the clouds themselves refuse
 * a second read-write attachment of a PD or an EBS volume.
 *
 * rbd, iscsi and fc are not migrated: IsMultiAttachAllowed lets their inline volumes through. The rbd
 * plugin (gone in 1.31) refuses to map a read-write image another node watches ("rbd image … is still
 * being used", rbd_util.go AttachDisk); nothing at all stops iscsi or fc, and two nodes then write one
 * filesystem ("Simultaneous writers are not allowed", volumes docs).
 *
 * Inline `csi:` volumes are not here: they are ephemeral, one volume per pod, and csiPlugin.CanAttach
 * returns false for the Ephemeral lifecycle mode, so they never attach (pkg/volume/csi/csi_plugin.go).
 */
export const INLINE_DISK_SOURCES = ['gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk', 'cinder', 'rbd', 'iscsi', 'fc'] as const;
export type InlineDiskSource = (typeof INLINE_DISK_SOURCES)[number];

/** What happens to a second node that mounts the disk while the first holds it. */
export type SecondNode =
  /** The attach step refuses it (Multi-Attach error, or the cloud's "already attached"): its pod waits in ContainerCreating. */
  | 'attach-refused'
  /** The kubelet refuses to map the image another node watches: its pod waits in ContainerCreating. */
  | 'map-refused'
  /** Nothing stops it: both nodes mount the filesystem read-write and corrupt it. */
  | 'unguarded';

export interface InlineDisk {
  source: InlineDiskSource;
  /**
   * The disk across pods and workloads: the same source and id are the same disk. Absent when the
   * manifest leaves it out (a template to fill in): every pod of the workload still shares the one disk.
   */
  id?: string;
  /** How messages name it, as written: `gcePersistentDisk 'my-disk'`, else by the volume: `awsElasticBlockStore volume 'data'`. */
  label: string;
  /** Path from the volume entry to the field that names the disk. */
  path: JsonPath;
  /** `readOnly: true` on the volume source (a container's read-only mount does not change the attachment). */
  readOnly: boolean;
  /** Whether only one node can use it at a time, and what a second node meets. */
  singleNode?: SecondNode;
  /** Why a read-only disk is still single-node, for messages. */
  readOnlyIgnored?: string;
}

const ALWAYS_RWO = 'readOnly does not help: it is attached ReadWriteOnce';

/** aws_ebs.go KubernetesVolumeIDToEBSVolumeID: `aws://<zone>/vol-…` and `vol-…` name the same volume. */
const ebsVolumeId = (id: string) => (id.startsWith('aws://') ? id.replace(/^aws:\/\/[^/]*\/+/, '') : id);

interface Identity {
  id: string;
  name: string;
  field: string;
}

function identityOf(source: InlineDiskSource, spec: Record<string, unknown>): Identity | undefined {
  switch (source) {
    case 'gcePersistentDisk': {
      const name = nonEmptyString(spec.pdName);
      return name ? { id: name, name, field: 'pdName' } : undefined;
    }
    case 'awsElasticBlockStore': {
      const name = nonEmptyString(spec.volumeID);
      return name ? { id: ebsVolumeId(name), name, field: 'volumeID' } : undefined;
    }
    case 'azureDisk': {
      // Azure resource IDs are case-insensitive; diskName is how people call the disk.
      const uri = nonEmptyString(spec.diskURI);
      return uri ? { id: uri.toLowerCase(), name: nonEmptyString(spec.diskName) ?? uri, field: 'diskURI' } : undefined;
    }
    case 'cinder': {
      const name = nonEmptyString(spec.volumeID);
      return name ? { id: name, name, field: 'volumeID' } : undefined;
    }
    case 'rbd': {
      const image = nonEmptyString(spec.image);
      const name = image && `${nonEmptyString(spec.pool) ?? 'rbd'}/${image}`;
      return name ? { id: name, name, field: 'image' } : undefined;
    }
    case 'iscsi': {
      const iqn = nonEmptyString(spec.iqn);
      const portal = nonEmptyString(spec.targetPortal);
      const lun = typeof spec.lun === 'number' ? spec.lun : 0;
      return iqn && portal ? { id: `${portal}|${iqn}|${lun}`, name: `${iqn} lun ${lun}`, field: 'iqn' } : undefined;
    }
    case 'fc': {
      const wwids = Array.isArray(spec.wwids) ? spec.wwids.filter((w): w is string => typeof w === 'string') : [];
      if (wwids.length > 0) return { id: [...wwids].sort().join(','), name: wwids.join(', '), field: 'wwids' };
      const wwns = Array.isArray(spec.targetWWNs) ? spec.targetWWNs.filter((w): w is string => typeof w === 'string') : [];
      const lun = typeof spec.lun === 'number' ? spec.lun : undefined;
      if (wwns.length === 0 || lun === undefined) return undefined;
      return { id: `${[...wwns].sort().join(',')}|${lun}`, name: `${wwns.join(', ')} lun ${lun}`, field: 'targetWWNs' };
    }
  }
}

function secondNode(source: InlineDiskSource, readOnly: boolean): Pick<InlineDisk, 'singleNode' | 'readOnlyIgnored'> {
  switch (source) {
    case 'awsElasticBlockStore':
    case 'azureDisk':
    case 'cinder':
      return { singleNode: 'attach-refused', ...(readOnly ? { readOnlyIgnored: ALWAYS_RWO } : {}) };
    case 'gcePersistentDisk':
      return readOnly ? {} : { singleNode: 'attach-refused' };
    case 'rbd':
      return readOnly ? {} : { singleNode: 'map-refused' };
    case 'iscsi':
    case 'fc':
      return readOnly ? {} : { singleNode: 'unguarded' };
  }
}

/** The block disk a pod volume names inline; undefined for every other volume. */
export function inlineDiskOf(volume: unknown): InlineDisk | undefined {
  const entry = objectOf(volume);
  const source = INLINE_DISK_SOURCES.find((name) => entry[name] !== undefined && entry[name] !== null);
  if (!source) return undefined;
  const spec = objectOf(entry[source]);
  const identity = identityOf(source, spec);
  const readOnly = spec.readOnly === true;
  const named = identity
    ? { id: identity.id, label: `${source} '${identity.name}'`, path: [source, identity.field] }
    : { label: `${source} volume '${nonEmptyString(entry.name) ?? ''}'`, path: [source] };
  return { source, ...named, readOnly, ...secondNode(source, readOnly) };
}
