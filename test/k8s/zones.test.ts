import { describe, expect, it } from 'vitest';
import {
  allowedTopologyZones,
  gcePdHandleZone,
  hasNodeConstraint,
  intersectZones,
  isAzureNonZonal,
  labelZonesToSet,
  nodeSelectorTermsZones,
  podZones,
  volumeZones,
  zonesDisjoint,
  type Zones,
} from '../../src/k8s/zones.js';

const sorted = (zones: Zones | undefined) => (zones ? [...zones.values].sort() : undefined);
const zoneIn = (key: string, ...values: string[]) => ({ key, operator: 'In', values });
const required = (...terms: unknown[]) => ({
  nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
});

describe('podZones', () => {
  it('is unknown without zone constraints', () => {
    expect(podZones({})).toBeUndefined();
    expect(podZones({ nodeSelector: { 'kubernetes.io/os': 'linux' } })).toBeUndefined();
    expect(podZones(null)).toBeUndefined();
    expect(podZones({ nodeSelector: 'zone-a', affinity: [] })).toBeUndefined();
  });

  it('reads GA, beta and CSI zone keys from nodeSelector, with the path of each', () => {
    expect(sorted(podZones({ nodeSelector: { 'topology.kubernetes.io/zone': 'a' } }))).toEqual(['a']);
    expect(sorted(podZones({ nodeSelector: { 'failure-domain.beta.kubernetes.io/zone': 'b' } }))).toEqual(['b']);
    expect(podZones({ nodeSelector: { 'topology.gke.io/zone': 'c' } })?.paths).toEqual([['nodeSelector', 'topology.gke.io/zone']]);
  });

  it('intersects nodeSelector keys (all must hold on one node)', () => {
    const zones = podZones({ nodeSelector: { 'topology.kubernetes.io/zone': 'a', 'failure-domain.beta.kubernetes.io/zone': 'b' } });
    expect(sorted(zones)).toEqual([]);
  });

  it('ignores an empty or non-string nodeSelector value', () => {
    expect(podZones({ nodeSelector: { 'topology.kubernetes.io/zone': '' } })).toBeUndefined();
    expect(podZones({ nodeSelector: { 'topology.kubernetes.io/zone': 7 } })).toBeUndefined();
  });

  it('takes the union over required node affinity terms', () => {
    const affinity = required(
      { matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a')] },
      { matchExpressions: [zoneIn('failure-domain.beta.kubernetes.io/zone', 'b', 'c')] },
    );
    const zones = podZones({ affinity });
    expect(sorted(zones)).toEqual(['a', 'b', 'c']);
    expect(zones?.paths).toEqual([
      [
        'affinity',
        'nodeAffinity',
        'requiredDuringSchedulingIgnoredDuringExecution',
        'nodeSelectorTerms',
        0,
        'matchExpressions',
        0,
        'values',
      ],
      [
        'affinity',
        'nodeAffinity',
        'requiredDuringSchedulingIgnoredDuringExecution',
        'nodeSelectorTerms',
        1,
        'matchExpressions',
        0,
        'values',
      ],
    ]);
  });

  it('is unknown when one term has no zone expression (that term allows every zone)', () => {
    const affinity = required(
      { matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a')] },
      { matchExpressions: [zoneIn('kubernetes.io/hostname', 'n1')] },
    );
    expect(podZones({ affinity })).toBeUndefined();
    expect(podZones({ affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }) })).toBeUndefined();
  });

  it('lets an empty term add nothing: it matches no node', () => {
    const affinity = required({}, { matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a')] });
    expect(sorted(podZones({ affinity }))).toEqual(['a']);
  });

  it('intersects expressions within a term and removes NotIn values from a known set', () => {
    const term = {
      matchExpressions: [
        zoneIn('topology.kubernetes.io/zone', 'a', 'b', 'c'),
        zoneIn('topology.gke.io/zone', 'b', 'c'),
        { key: 'topology.kubernetes.io/zone', operator: 'NotIn', values: ['c'] },
      ],
    };
    expect(sorted(podZones({ affinity: required(term) }))).toEqual(['b']);
  });

  it('treats NotIn, Exists and DoesNotExist alone as unconstrained', () => {
    for (const operator of ['NotIn', 'Exists', 'DoesNotExist']) {
      const term = {
        matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator, values: operator === 'NotIn' ? ['a'] : undefined }],
      };
      expect(podZones({ affinity: required(term) }), operator).toBeUndefined();
    }
  });

  it('ignores an In without values (invalid, another rule) and empty zone names', () => {
    expect(podZones({ affinity: required({ matchExpressions: [zoneIn('topology.kubernetes.io/zone')] }) })).toBeUndefined();
    expect(podZones({ affinity: required({ matchExpressions: [zoneIn('topology.kubernetes.io/zone', '')] }) })).toBeUndefined();
  });

  it('ANDs nodeSelector with node affinity', () => {
    const spec = {
      nodeSelector: { 'topology.kubernetes.io/zone': 'a' },
      affinity: required({ matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a', 'b')] }),
    };
    expect(sorted(podZones(spec))).toEqual(['a']);
    expect(podZones(spec)?.paths[0]).toEqual(['nodeSelector', 'topology.kubernetes.io/zone']);
  });

  it('does not read preferred affinity', () => {
    const spec = {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 1, preference: { matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a')] } },
          ],
        },
      },
    };
    expect(podZones(spec)).toBeUndefined();
  });
});

describe('labelZonesToSet', () => {
  it('splits on "__" and trims', () => {
    expect([...(labelZonesToSet('us-central1-a__us-central1-b') ?? [])]).toEqual(['us-central1-a', 'us-central1-b']);
    expect([...(labelZonesToSet(' a ') ?? [])]).toEqual(['a']);
  });

  it('voids the label when an element is empty, like upstream', () => {
    expect(labelZonesToSet('')).toBeUndefined();
    expect(labelZonesToSet('a__')).toBeUndefined();
    expect(labelZonesToSet('a____b')).toBeUndefined();
  });
});

describe('gcePdHandleZone', () => {
  it('reads the zone of a zonal disk handle only', () => {
    expect(gcePdHandleZone('projects/p/zones/us-west1-b/disks/d')).toBe('us-west1-b');
    expect(gcePdHandleZone('projects/p/regions/us-west1/disks/d')).toBeUndefined();
    expect(gcePdHandleZone('vol-0123')).toBeUndefined();
    expect(gcePdHandleZone(42)).toBeUndefined();
  });
});

describe('volumeZones', () => {
  const pd = (handle: string) => ({ csi: { driver: 'pd.csi.storage.gke.io', volumeHandle: handle } });

  it('is unknown for a PV without zone information', () => {
    expect(volumeZones({ spec: { gcePersistentDisk: { pdName: 'd' } } })).toBeUndefined();
    expect(volumeZones({ spec: { awsElasticBlockStore: { volumeID: 'vol-1' } } })).toBeUndefined();
    expect(volumeZones({ spec: { csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-1' } } })).toBeUndefined();
    expect(volumeZones(undefined)).toBeUndefined();
  });

  it('reads GA and beta zone labels, multi-zone values included, and intersects them', () => {
    expect(sorted(volumeZones({ metadata: { labels: { 'topology.kubernetes.io/zone': 'a__b' } } }))).toEqual(['a', 'b']);
    expect(
      sorted(
        volumeZones({ metadata: { labels: { 'failure-domain.beta.kubernetes.io/zone': 'a__b', 'topology.kubernetes.io/zone': 'b__c' } } }),
      ),
    ).toEqual(['b']);
    expect(volumeZones({ metadata: { labels: { 'topology.kubernetes.io/zone': 'a__' } } })).toBeUndefined();
  });

  it('does not take CSI keys from labels (VolumeZone reads only the well-known labels)', () => {
    expect(volumeZones({ metadata: { labels: { 'topology.gke.io/zone': 'a' } } })).toBeUndefined();
  });

  it('reads node affinity zone keys of the CSI drivers', () => {
    for (const key of [
      'topology.gke.io/zone',
      'topology.ebs.csi.aws.com/zone',
      'topology.disk.csi.azure.com/zone',
      'topology.kubernetes.io/zone',
    ]) {
      const pv = { spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [zoneIn(key, 'z1')] }] } } } };
      expect(sorted(volumeZones(pv)), key).toEqual(['z1']);
      expect(volumeZones(pv)?.paths).toEqual([
        ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms', 0, 'matchExpressions', 0, 'values'],
      ]);
    }
  });

  it('ignores Azure non-zonal empty zone values', () => {
    const pv = {
      spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [zoneIn('topology.disk.csi.azure.com/zone', '')] }] } } },
    };
    expect(volumeZones(pv)).toBeUndefined();
  });

  it('is unknown for a hostname-pinned local PV', () => {
    const pv = {
      spec: {
        local: { path: '/mnt' },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [zoneIn('kubernetes.io/hostname', 'n1')] }] } },
      },
    };
    expect(volumeZones(pv)).toBeUndefined();
  });

  it('reads the zone of a GCE PD CSI handle, not of other drivers', () => {
    expect(sorted(volumeZones({ spec: pd('projects/p/zones/us-west1-b/disks/d') }))).toEqual(['us-west1-b']);
    expect(volumeZones({ spec: pd('projects/p/zones/us-west1-b/disks/d') })?.paths).toEqual([['spec', 'csi', 'volumeHandle']]);
    expect(volumeZones({ spec: { csi: { driver: 'other', volumeHandle: 'projects/p/zones/z/disks/d' } } })).toBeUndefined();
  });

  it('intersects labels, node affinity and handle', () => {
    const pv = {
      metadata: { labels: { 'topology.kubernetes.io/zone': 'a__b' } },
      spec: {
        ...pd('projects/p/zones/b/disks/d'),
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [zoneIn('topology.gke.io/zone', 'b', 'c')] }] } },
      },
    };
    expect(sorted(volumeZones(pv))).toEqual(['b']);
    expect(volumeZones(pv)?.paths).toHaveLength(3);
  });
});

describe('nodeSelectorTermsZones', () => {
  it('is unknown for no terms or malformed terms', () => {
    expect(nodeSelectorTermsZones(undefined, [])).toBeUndefined();
    expect(nodeSelectorTermsZones([], [])).toBeUndefined();
    expect(nodeSelectorTermsZones('x', [])).toBeUndefined();
    expect(nodeSelectorTermsZones([{ matchExpressions: 'x' }], [])).toBeUndefined();
  });
});

describe('allowedTopologyZones', () => {
  it('is unknown without allowedTopologies (anywhere)', () => {
    expect(allowedTopologyZones({ provisioner: 'x' })).toBeUndefined();
    expect(allowedTopologyZones({ allowedTopologies: [] })).toBeUndefined();
  });

  it('unions terms; expression values are In semantics', () => {
    const sc = {
      allowedTopologies: [
        { matchLabelExpressions: [{ key: 'topology.gke.io/zone', values: ['a', 'b'] }] },
        { matchLabelExpressions: [{ key: 'topology.kubernetes.io/zone', values: ['c'] }] },
      ],
    };
    expect(sorted(allowedTopologyZones(sc))).toEqual(['a', 'b', 'c']);
    expect(allowedTopologyZones(sc)?.paths[0]).toEqual(['allowedTopologies', 0, 'matchLabelExpressions', 0, 'values']);
  });

  it('is unknown when a term does not restrict the zone', () => {
    const sc = {
      allowedTopologies: [
        { matchLabelExpressions: [{ key: 'topology.gke.io/zone', values: ['a'] }] },
        { matchLabelExpressions: [{ key: 'kubernetes.io/hostname', values: ['n'] }] },
      ],
    };
    expect(allowedTopologyZones(sc)).toBeUndefined();
  });
});

describe('zonesDisjoint / intersectZones', () => {
  const z = (...zones: string[]): Zones => ({ values: new Set(zones), paths: [] });
  it('is a conflict only when both are known, non-empty and share nothing', () => {
    expect(zonesDisjoint(z('a'), z('b'))).toBe(true);
    expect(zonesDisjoint(z('a', 'b'), z('b'))).toBe(false);
    expect(zonesDisjoint(undefined, z('b'))).toBe(false);
    expect(zonesDisjoint(z('a'), undefined)).toBe(false);
    expect(zonesDisjoint(z(), z('b'))).toBe(false);
  });
  it('leaves a known side when the other is unknown', () => {
    expect(sorted(intersectZones(undefined, z('a')))).toEqual(['a']);
    expect(intersectZones(undefined, undefined)).toBeUndefined();
  });
});

describe('hasNodeConstraint', () => {
  it('ignores OS and architecture selectors', () => {
    expect(hasNodeConstraint({})).toBe(false);
    expect(hasNodeConstraint({ nodeSelector: { 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/arch': 'amd64' } })).toBe(false);
    expect(hasNodeConstraint({ affinity: required({ matchExpressions: [zoneIn('kubernetes.io/arch', 'arm64')] }) })).toBe(false);
  });
  it('sees nodeName, other selector keys, affinity expressions and fields', () => {
    expect(hasNodeConstraint({ nodeName: 'n1' })).toBe(true);
    expect(hasNodeConstraint({ nodeSelector: { disktype: 'ssd' } })).toBe(true);
    expect(hasNodeConstraint({ affinity: required({ matchExpressions: [zoneIn('topology.kubernetes.io/zone', 'a')] }) })).toBe(true);
    expect(hasNodeConstraint({ affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n1'] }] }) })).toBe(
      true,
    );
  });
});

describe('isAzureNonZonal', () => {
  const z = (...zones: string[]): Zones => ({ values: new Set(zones), paths: [] });
  it('recognises fault-domain zones for Azure disk provisioners only', () => {
    expect(isAzureNonZonal('disk.csi.azure.com', z('0', '1'))).toBe(true);
    expect(isAzureNonZonal('kubernetes.io/azure-disk', z('2'))).toBe(true);
    expect(isAzureNonZonal('disk.csi.azure.com', z('0', 'eastus-1'))).toBe(false);
    expect(isAzureNonZonal('ebs.csi.aws.com', z('0'))).toBe(false);
    expect(isAzureNonZonal('disk.csi.azure.com', z())).toBe(false);
  });
});
