import type { JsonPath } from '../types.js';
import { indexedObjectsOf as indexedRecords, objectOf as record } from '../util/shape.js';
import { asLabels, type Labels } from './labels.js';
import {
  formatValues,
  intersectValues,
  isEmptyTerm,
  nodeSelectorTermsValues,
  podValues,
  requirementsValues,
  unionValues,
  valuesDisjoint,
  type Dimension,
  type TopologyValues,
} from './topology.js';

/**
 * Zone semantics of the scheduler's VolumeZone and VolumeBinding plugins, reduced to sets of zone
 * names (pkg/scheduler/framework/plugins/volumezone/volume_zone.go, component-helpers
 * scheduling/corev1/nodeaffinity, storage/volume/helpers.go CheckNodeAffinity): the zone dimension
 * of the one topology model in topology.ts, which the node dimension (hostname-pinned volumes) shares.
 *
 * A constraint is a set of zones plus where it was written; `undefined` means "no zone constraint
 * known", which never produces a finding. Only two known, disjoint sets are a conflict.
 */
export type Zones = TopologyValues;

export const ZONE_LABEL = 'topology.kubernetes.io/zone';
export const REGION_LABEL = 'topology.kubernetes.io/region';
export const BETA_ZONE_LABEL = 'failure-domain.beta.kubernetes.io/zone';
export const BETA_REGION_LABEL = 'failure-domain.beta.kubernetes.io/region';

/** deprecatedNodeLabels (pkg/api/node/util.go), the topology part: beta key → GA key. */
export const DEPRECATED_TOPOLOGY_LABELS: Readonly<Record<string, string>> = {
  [BETA_ZONE_LABEL]: ZONE_LABEL,
  [BETA_REGION_LABEL]: REGION_LABEL,
};

/**
 * Node label keys whose value is the zone name. Cloud nodes carry the GA and beta keys with the same
 * value (the node controller reconciles them), and the block CSI drivers report their own key with
 * the same zone name, so all of them constrain one and the same thing.
 */
export const ZONE_KEYS: readonly string[] = [
  ZONE_LABEL,
  BETA_ZONE_LABEL,
  'topology.gke.io/zone',
  'topology.ebs.csi.aws.com/zone',
  'topology.disk.csi.azure.com/zone',
];

export const ZONE: Dimension = { name: 'zone', labels: ZONE_KEYS, fields: [] };

/** The PV labels VolumeZone reads for zones (the region labels are a separate dimension). */
const VOLUME_ZONE_LABELS = [BETA_ZONE_LABEL, ZONE_LABEL];

export const GCE_PD_CSI_DRIVER = 'pd.csi.storage.gke.io';

/** CSI drivers and in-tree plugins whose volumes live in one zone and attach only there. */
export const ZONAL_PROVISIONERS: readonly string[] = [
  'ebs.csi.aws.com',
  GCE_PD_CSI_DRIVER,
  'disk.csi.azure.com',
  'kubernetes.io/aws-ebs',
  'kubernetes.io/gce-pd',
  'kubernetes.io/azure-disk',
];

const AZURE_DISK_PROVISIONERS = ['disk.csi.azure.com', 'kubernetes.io/azure-disk'];

/**
 * Azure labels a node outside availability zones with its fault domain ("0", "1", …) as its zone
 * (cloud-provider-azure, availability zones), and the Azure Disk driver gives such nodes an empty
 * zone: a pod pinned to those values only asks for non-zonal nodes, where disks are not zonal.
 */
export const isAzureNonZonal = (provisioner: string, zones: Zones) =>
  AZURE_DISK_PROVISIONERS.includes(provisioner) && zones.values.size > 0 && [...zones.values].every((zone) => /^\d+$/.test(zone));

/** Both constraints hold: intersect the sets; an unknown side leaves the other as it is. */
export const intersectZones = intersectValues;

/** Both sets are known and share no zone, and neither is already self-contradictory. */
export const zonesDisjoint = valuesDisjoint;

export const formatZones = formatValues;

/** Node selector terms (ORed), read for zones: see nodeSelectorTermsValues. */
export const nodeSelectorTermsZones = (terms: unknown, path: JsonPath) => nodeSelectorTermsValues(terms, path, ZONE);

/**
 * The zones a pod may run in (GetRequiredNodeAffinity): `nodeSelector` AND the required node
 * affinity terms. Paths are relative to the PodSpec.
 */
export const podZones = (podSpec: unknown): Zones | undefined => podValues(podSpec, ZONE);

/** LabelZonesToSet (k8s.io/cloud-provider volume/helpers): `a__b`; an empty element voids the label. */
export function labelZonesToSet(value: string): Set<string> | undefined {
  const zones = value.split('__').map((zone) => zone.trim());
  return zones.some((zone) => zone === '') ? undefined : new Set(zones);
}

/** The zone of a GCE PD CSI volume handle `projects/<p>/zones/<zone>/disks/<name>`; regional disks have none. */
export function gcePdHandleZone(handle: unknown): string | undefined {
  if (typeof handle !== 'string') return undefined;
  const match = /^projects\/[^/]+\/zones\/([^/]+)\/disks\/[^/]+$/.exec(handle);
  return match?.[1];
}

function volumeLabelZones(labels: Labels): Zones | undefined {
  let result: Zones | undefined;
  for (const key of VOLUME_ZONE_LABELS) {
    if (!Object.prototype.hasOwnProperty.call(labels, key)) continue;
    const zones = labelZonesToSet(labels[key]);
    // VolumeZone requires every zone label of the PV to match the node, so both labels hold.
    if (zones) result = intersectZones(result, { values: zones, paths: [['metadata', 'labels', key]] });
  }
  return result;
}

function volumeHandleZones(spec: Record<string, unknown>): Zones | undefined {
  const csi = record(spec.csi);
  if (csi.driver !== GCE_PD_CSI_DRIVER) return undefined;
  const zone = gcePdHandleZone(csi.volumeHandle);
  return zone ? { values: new Set([zone]), paths: [['spec', 'csi', 'volumeHandle']] } : undefined;
}

/**
 * Where a PV can be used: its zone labels (VolumeZone), its required node affinity
 * (VolumeBinding) and, for GCE PD CSI, the zone in its volume handle (the disk attaches only to
 * nodes of that zone). All of them must hold. In-tree gcePersistentDisk / awsElasticBlockStore
 * sources carry no zone field. Paths are relative to the PV.
 */
export function volumeZones(pv: unknown): Zones | undefined {
  const object = record(pv);
  const spec = record(object.spec);
  const required = record(record(spec.nodeAffinity).required);
  const affinity = nodeSelectorTermsZones(required.nodeSelectorTerms, ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms']);
  return intersectZones(intersectZones(volumeLabelZones(asLabels(record(object.metadata).labels)), affinity), volumeHandleZones(spec));
}

/**
 * The zones a StorageClass may provision in (MatchTopologySelectorTerms): terms ORed, an empty
 * list means anywhere, a term without expressions matches nothing. Paths are relative to the class.
 */
export function allowedTopologyZones(storageClass: unknown): Zones | undefined {
  const terms = indexedRecords(record(storageClass).allowedTopologies);
  if (terms.length === 0) return undefined;
  return unionValues(
    terms.map(([term, index]) =>
      isEmptyTerm(term, ['matchLabelExpressions'])
        ? { values: new Set<string>(), paths: [] }
        : requirementsValues(term.matchLabelExpressions, ['allowedTopologies', index, 'matchLabelExpressions'], ZONE_KEYS, true),
    ),
  );
}

/** Node selector keys that say nothing about where a node is (every zone has such nodes). */
const PLATFORM_KEYS = ['kubernetes.io/os', 'kubernetes.io/arch', 'beta.kubernetes.io/os', 'beta.kubernetes.io/arch'];

/**
 * Whether a pod is tied to particular nodes beyond OS/architecture: `nodeName`, a nodeSelector key
 * or a required node-affinity expression on any other label. Such a pod may not fit a volume that
 * was provisioned before it was scheduled.
 */
export function hasNodeConstraint(podSpec: unknown): boolean {
  const spec = record(podSpec);
  if (typeof spec.nodeName === 'string' && spec.nodeName !== '') return true;
  if (Object.keys(record(spec.nodeSelector)).some((key) => !PLATFORM_KEYS.includes(key))) return true;
  const required = record(record(record(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);
  return indexedRecords(required.nodeSelectorTerms).some(
    ([term]) =>
      indexedRecords(term.matchExpressions).some(
        ([expression]) => typeof expression.key === 'string' && !PLATFORM_KEYS.includes(expression.key),
      ) || indexedRecords(term.matchFields).length > 0,
  );
}
