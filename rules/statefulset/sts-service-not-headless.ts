import { describeWorkload } from '../../src/model/workloads.js';
import { objectOf } from '../../src/util/shape.js';
import { statefulSets } from '../../src/model/statefulset.js';
import { defineRule } from '../../src/rule.js';
import { podDnsConsequence } from '../../src/rule-kit/pod-dns.js';

export default defineRule({
  id: 'sts-service-not-headless',
  severity: 'warning',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'The governing Service of a StatefulSet is not headless (clusterIP is not None)',
    why: "Cluster DNS publishes `<pod>.<subdomain>.<namespace>.svc` records only for pods behind a headless Service (`clusterIP: None`) named like the pod's subdomain. A Service with a cluster IP (the default) gets one virtual IP and no per-pod records, so StatefulSet members cannot address each other by their stable names. That matters only to what uses those names: a one-replica database its clients reach through the Service's IP works either way. So the finding is a warning when the files use a per-pod name of the StatefulSet (a peer list, a replication source, `$(POD_NAME).<service>`; anywhere: env values, args, commands, ConfigMap data) and says where, and otherwise a hint naming what would not resolve. `clusterIP` cannot be changed on an existing Service; it has to be re-created.",
    fix: 'Set `spec.clusterIP: None` on the governing Service (type ClusterIP), and keep a separate normal Service for clients that want one virtual IP.',
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: mongo
spec: # expect: sts-service-not-headless/notHeadless@1
  selector: {app: mongo}
  ports:
    - {name: mongo, port: 27017}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongo
spec:
  serviceName: mongo
  replicas: 3
  selector:
    matchLabels: {app: mongo}
  template:
    metadata:
      labels: {app: mongo}
    spec:
      containers:
        - name: mongo
          image: mongo:7
          args: [--replSet, rs0, --bind_ip_all]
          env:
            - name: MEMBERS
              value: mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: mongo
spec:
  clusterIP: None
  selector: {app: mongo}
  ports:
    - {name: mongo, port: 27017}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongo
spec:
  serviceName: mongo
  replicas: 3
  selector:
    matchLabels: {app: mongo}
  template:
    metadata:
      labels: {app: mongo}
    spec:
      containers:
        - name: mongo
          image: mongo:7
          args: [--replSet, rs0, --bind_ip_all]
          env:
            - name: MEMBERS
              value: mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
      'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
      'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
    ],
    sources: [
      { tool: 'kube-score', check: 'statefulset-has-servicename', url: 'https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md' },
    ],
    whenNotToUse:
      'Turn it off when the members never need per-pod DNS names and a Service with a cluster IP is what you want; without a per-pod name in the files it is only a hint anyway. Names put together at run time (a peer discovery plugin that asks the Kubernetes API, a name the image ships) are not seen.',
  },
  messages: {
    notHeadless: 'Service {service} governs {sts} but is not headless ({actual}); DNS gives it one virtual IP and no per-pod records{dns}',
  },
  check(context) {
    const { model } = context;
    for (const sts of statefulSets(model)) {
      const service = model.governingService(sts);
      if (!service) continue;
      const spec = objectOf(service.object.spec);
      if (spec.clusterIP === 'None') continue;
      const type = typeof spec.type === 'string' && spec.type !== '' ? spec.type : 'ClusterIP';
      const written = spec.clusterIP !== undefined && spec.clusterIP !== null;
      const actual =
        type === 'ExternalName'
          ? 'type ExternalName'
          : written
            ? `clusterIP: ${String(spec.clusterIP)}`
            : `type ${type} without clusterIP: None, so a cluster IP is allocated`;
      const dns = podDnsConsequence(model, sts);
      context.report({
        messageId: 'notHeadless',
        data: { service: `${service.namespace}/${service.name}`, sts: describeWorkload(sts), actual, dns: dns.text },
        resource: service,
        path: ['spec', 'clusterIP'],
        related: [
          { resource: sts.resource, path: ['spec', 'serviceName'], message: `serviceName of ${describeWorkload(sts)}` },
          ...dns.related,
        ],
        fix: type === 'ClusterIP' ? 'clusterIP: None' : 'type: ClusterIP with clusterIP: None',
        severity: dns.severity,
      });
    }
  },
});
