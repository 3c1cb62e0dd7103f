import { describeWorkload } from '../../src/model/workloads.js';
import { asLabels, matchesEqualitySelector } from '../../src/k8s/labels.js';
import { objectOf } from '../../src/util/shape.js';
import { inlineLabels, statefulSets } from '../../src/model/statefulset.js';
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'sts-service-selects-nothing',
  severity: 'warning',
  category: 'statefulset',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: "The governing Service of a StatefulSet has no selector, or its selector does not select the StatefulSet's pods",
    why: 'Per-pod DNS records come from the endpoints of the headless Service: a pod gets `<pod>.<service>.<namespace>.svc` only when the Service selects it. A Service without a selector gets no endpoints from the control plane, and one whose selector asks for a label value the pod template does not carry selects nothing, so the StatefulSet members cannot resolve each other even though every object looks right.',
    fix: "Make the Service's `spec.selector` a subset of the StatefulSet's pod template labels (usually the same labels as `spec.selector.matchLabels`).",
    examples: {
      bad: `apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
  selector:
    app: etcd-cluster # expect: sts-service-selects-nothing/mismatch@10
  ports:
    - {name: peer, port: 2380}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  selector:
    matchLabels: {app: etcd}
  template:
    metadata:
      labels: {app: etcd}
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.15
`,
      good: `apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
  selector:
    app: etcd
  ports:
    - {name: peer, port: 2380}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  selector:
    matchLabels: {app: etcd}
  template:
    metadata:
      labels: {app: etcd}
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.15
`,
    },
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
      'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors',
      'pkg/controller/endpointslice (endpoints come from the selector)',
    ],
    sources: [
      { tool: 'kube-score', check: 'statefulset-has-servicename', url: 'https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md' },
      { tool: 'kube-score', check: 'service-targets-pod', url: 'https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md' },
      { tool: 'KubeLinter', check: 'dangling-service', url: 'https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md' },
    ],
    whenNotToUse:
      'Turn it off when the governing Service has no selector on purpose and its endpoints are managed by hand or by a controller, as some operators do.',
  },
  messages: {
    noSelector: 'Service {service} governs {sts} but has no selector, so it has no endpoints and the pods get no DNS records',
    mismatch:
      "Service {service} governs {sts} but selects {selector}, while the pods are labelled {labels} ('{key}' differs); it has no endpoints and the pods get no DNS records",
  },
  check(context) {
    const { model } = context;
    for (const sts of statefulSets(model)) {
      const service = model.governingService(sts);
      if (!service) continue;
      const spec = objectOf(service.object.spec);
      if (spec.type === 'ExternalName') continue;
      const selector = asLabels(spec.selector);
      const base = {
        service: `${service.namespace}/${service.name}`,
        sts: describeWorkload(sts),
      };
      const related = [
        { resource: sts.resource, path: ['spec', 'template', 'metadata', 'labels'], message: `pod labels of ${describeWorkload(sts)}` },
      ];
      if (Object.keys(selector).length === 0) {
        context.report({
          messageId: 'noSelector',
          data: base,
          resource: service,
          path: ['spec', 'selector'],
          related,
          fix: `selector: ${inlineLabels(sts.podLabels)}`,
        });
        continue;
      }
      if (matchesEqualitySelector(sts.podLabels, selector)) continue;
      const key = Object.keys(selector).find((k) => sts.podLabels[k] !== selector[k]) ?? '';
      context.report({
        messageId: 'mismatch',
        data: { ...base, selector: inlineLabels(selector), labels: inlineLabels(sts.podLabels), key },
        resource: service,
        path: ['spec', 'selector', key],
        related,
        fix: key in sts.podLabels ? `${key}: ${sts.podLabels[key]}` : `drop '${key}' from the selector or add it to the pod labels`,
      });
    }
  },
});
