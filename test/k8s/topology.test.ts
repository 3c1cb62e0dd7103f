import { describe, expect, it } from 'vitest';
import { NODE, podValues, selfAntiAffinityPath, valuesDisjoint, volumeNodes } from '../../src/k8s/topology.js';
import { podZones } from '../../src/k8s/zones.js';

const sorted = (values: { values: ReadonlySet<string> } | undefined) => (values ? [...values.values].sort() : undefined);
const localPv = (terms: unknown) => ({ spec: { local: { path: '/mnt' }, nodeAffinity: { required: { nodeSelectorTerms: terms } } } });

describe('the node dimension of the topology model', () => {
  it('a pod is pinned by nodeName, a hostname nodeSelector and required affinity, all ANDed', () => {
    expect(sorted(podValues({ nodeName: 'n1' }, NODE))).toEqual(['n1']);
    expect(sorted(podValues({ nodeSelector: { 'kubernetes.io/hostname': 'n2' } }, NODE))).toEqual(['n2']);
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n1', 'n2'] }] }],
        },
      },
    };
    expect(sorted(podValues({ nodeSelector: { 'kubernetes.io/hostname': 'n2' }, affinity }, NODE))).toEqual(['n2']);
    expect(podValues({ nodeSelector: { 'topology.kubernetes.io/zone': 'a' } }, NODE)).toBeUndefined();
  });
  it('a DaemonSet-style matchFields on metadata.name is a node too', () => {
    const terms = [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n3'] }] }];
    expect(sorted(volumeNodes(localPv(terms)))).toEqual(['n3']);
  });
  it('terms are ORed: a term that leaves the node open leaves the PV unpinned', () => {
    const pinned = { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n1'] }] };
    const open = { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] };
    expect(sorted(volumeNodes(localPv([pinned])))).toEqual(['n1']);
    expect(volumeNodes(localPv([pinned, open]))).toBeUndefined();
  });
  it('zones and nodes are separate dimensions of one model', () => {
    const spec = { nodeSelector: { 'kubernetes.io/hostname': 'n1', 'topology.kubernetes.io/zone': 'a' } };
    expect(sorted(podZones(spec))).toEqual(['a']);
    expect(
      valuesDisjoint(
        podValues(spec, NODE),
        volumeNodes(localPv([{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n2'] }] }])),
      ),
    ).toBe(true);
  });
  it('required self anti-affinity on the hostname: a selector matching the pod, no other namespaces', () => {
    const term = (labelSelector: unknown, topologyKey = 'kubernetes.io/hostname') => ({
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey, labelSelector }] } },
    });
    expect(selfAntiAffinityPath(term({ matchLabels: { app: 'x' } }), { app: 'x' })).toEqual([
      'affinity',
      'podAntiAffinity',
      'requiredDuringSchedulingIgnoredDuringExecution',
      0,
    ]);
    expect(selfAntiAffinityPath(term({ matchLabels: { app: 'y' } }), { app: 'x' })).toBeUndefined();
    expect(selfAntiAffinityPath(term({ matchLabels: { app: 'x' } }, 'topology.kubernetes.io/zone'), { app: 'x' })).toBeUndefined();
    expect(selfAntiAffinityPath(term(undefined), { app: 'x' })).toBeUndefined();
  });
});
