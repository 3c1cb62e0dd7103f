import { describe, expect, it } from 'vitest';
import { podDnsNameIn, type PodDnsTarget } from '../../src/k8s/pod-dns.js';

const zk: PodDnsTarget = { statefulSet: 'zk', service: 'zk-hs', namespace: 'kafka', otherServices: ['zk-client'] };

describe('podDnsNameIn', () => {
  it('finds a pod named by ordinal through the Service, with its domain and port', () => {
    expect(podDnsNameIn('server.1=zk-0.zk-hs.kafka.svc.cluster.local:2888:3888', zk)).toBe('zk-0.zk-hs.kafka.svc.cluster.local:2888');
    expect(podDnsNameIn('for i in 0 1 2; do ping zk-$i.zk-hs; done', zk)).toBe('zk-$i.zk-hs');
    expect(podDnsNameIn('mongodb://zk-0.zk-hs/db', zk)).toBe('zk-0.zk-hs');
  });

  it("finds a pod's own name as a variable joined with the Service", () => {
    expect(podDnsNameIn('rabbit@$(POD_NAME).zk-hs.kafka.svc.cluster.local', zk)).toBe('$(POD_NAME).zk-hs.kafka.svc.cluster.local');
    expect(podDnsNameIn('--advertise=${HOSTNAME}.zk-hs:2181', zk)).toBe('${HOSTNAME}.zk-hs:2181');
  });

  it('finds any name under <service>.<namespace>.svc, SRV names included', () => {
    expect(podDnsNameIn('_peer._tcp.zk-hs.kafka.svc', zk)).toBe('_peer._tcp.zk-hs.kafka.svc');
    expect(podDnsNameIn('$NAME-$((i-1)).zk-hs.$POD_NAMESPACE.svc.cluster.local:2888', zk)).toBe(
      '….zk-hs.$POD_NAMESPACE.svc.cluster.local:2888',
    );
  });

  it("takes the StatefulSet's own pods through another Service of the namespace (a serviceName typo)", () => {
    expect(podDnsNameIn('zk-1.zk-client:2181', zk)).toBe('zk-1.zk-client:2181');
    expect(podDnsNameIn('$(POD_NAME).zk-client', zk)).toBeUndefined();
  });

  it('does not take the Service itself, or another StatefulSet, for a pod', () => {
    for (const text of ['zk-hs', 'zk-hs.kafka.svc.cluster.local:2181', 'myzk-0.zk-hs', 'zk-0.zk-hsx', 'zk-hs-0.zk-hs2', 'zk-0.other'])
      expect(podDnsNameIn(text, zk), text).toBeUndefined();
  });

  it('without a serviceName, takes an ordinal pod name joined with any label', () => {
    const web = { statefulSet: 'web', service: undefined, namespace: 'default' };
    expect(podDnsNameIn('curl web-1.nginx', web)).toBe('web-1.nginx');
    expect(podDnsNameIn('web-app.nginx', web)).toBeUndefined();
  });
});
