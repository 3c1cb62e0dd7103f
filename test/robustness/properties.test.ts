import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { stringify } from 'yaml';
import { comparable, expectNoInternalErrors, expectPositionsInside, lintInputs } from './support.js';

/** Property tests: whatever the text or the object shapes, the linter neither throws nor points outside the file. */

const names = fc.constantFrom('data', 'web', 'db', 'fast', 'standard', 'cfg', 'pv-1', 'Data', '', 'a'.repeat(70));
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant({}), fc.constant([]));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const quantity = maybe(fc.constantFrom('1Gi', '10G', '500Mi', '0', '1.5Ti', 'abc', '10Gi'));
const accessModes = maybe(
  fc.array(fc.constantFrom('ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod', 'RWO'), { maxLength: 3 }),
);
const metadata = fc.record(
  {
    name: maybe(names),
    namespace: fc.option(fc.constantFrom('default', 'prod', ''), { nil: undefined }),
    labels: fc.option(fc.dictionary(fc.constantFrom('app', 'tier'), fc.constantFrom('web', 'db')), { nil: undefined }),
  },
  { requiredKeys: ['name'] },
);
const claimSpec = fc.record(
  {
    accessModes,
    storageClassName: fc.option(maybe(names), { nil: undefined }),
    volumeName: fc.option(maybe(names), { nil: undefined }),
    resources: maybe(fc.record({ requests: maybe(fc.record({ storage: quantity })) })),
  },
  { requiredKeys: [] },
);
const volume = fc.record(
  {
    name: maybe(names),
    persistentVolumeClaim: fc.option(
      maybe(fc.record({ claimName: maybe(names), readOnly: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['claimName'] })),
      { nil: undefined },
    ),
    configMap: fc.option(
      maybe(fc.record({ name: maybe(names), optional: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['name'] })),
      { nil: undefined },
    ),
    emptyDir: fc.option(fc.constant({}), { nil: undefined }),
  },
  { requiredKeys: ['name'] },
);
const container = fc.record({
  name: maybe(names),
  image: fc.constant('nginx'),
  volumeMounts: fc.option(
    maybe(
      fc.array(
        fc.record(
          {
            name: maybe(names),
            mountPath: maybe(fc.constantFrom('/data', '/data', 'rel', '/a/../b')),
            subPath: fc.option(maybe(fc.constantFrom('x', '../y', '/abs')), { nil: undefined }),
          },
          { requiredKeys: ['name', 'mountPath'] },
        ),
        { maxLength: 3 },
      ),
    ),
    { nil: undefined },
  ),
});
const podSpec = fc.record({
  containers: maybe(fc.array(container, { minLength: 1, maxLength: 2 })),
  volumes: fc.option(maybe(fc.array(volume, { maxLength: 3 })), { nil: undefined }),
});
const template = fc.record({ metadata: fc.record({ labels: fc.constant({ app: 'web' }) }), spec: maybe(podSpec) });

const kubeObject = fc.oneof(
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Pod'), metadata, spec: maybe(podSpec) }),
  fc.record({
    apiVersion: fc.constant('apps/v1'),
    kind: fc.constant('Deployment'),
    metadata,
    spec: maybe(
      fc.record({
        replicas: maybe(fc.nat(5)),
        selector: fc.constant({ matchLabels: { app: 'web' } }),
        strategy: fc.option(fc.constantFrom({ type: 'Recreate' }, { type: 'RollingUpdate' }), { nil: undefined }),
        template,
      }),
    ),
  }),
  fc.record({
    apiVersion: fc.constant('apps/v1'),
    kind: fc.constant('StatefulSet'),
    metadata,
    spec: maybe(
      fc.record({
        serviceName: maybe(names),
        replicas: maybe(fc.nat(5)),
        selector: fc.constant({ matchLabels: { app: 'web' } }),
        template,
        volumeClaimTemplates: fc.option(maybe(fc.array(fc.record({ metadata, spec: claimSpec }), { maxLength: 2 })), { nil: undefined }),
      }),
    ),
  }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('PersistentVolumeClaim'), metadata, spec: maybe(claimSpec) }),
  fc.record({
    apiVersion: fc.constant('v1'),
    kind: fc.constant('PersistentVolume'),
    metadata,
    spec: maybe(
      fc.record({
        capacity: maybe(fc.record({ storage: quantity })),
        accessModes,
        storageClassName: fc.option(maybe(names), { nil: undefined }),
        claimRef: fc.option(maybe(fc.record({ name: maybe(names), namespace: maybe(names) })), { nil: undefined }),
        hostPath: fc.option(fc.constant({ path: '/mnt/data' }), { nil: undefined }),
        persistentVolumeReclaimPolicy: fc.option(maybe(fc.constantFrom('Retain', 'Delete', 'Recycle')), { nil: undefined }),
      }),
    ),
  }),
  fc.record({
    apiVersion: fc.constant('storage.k8s.io/v1'),
    kind: fc.constant('StorageClass'),
    metadata,
    provisioner: maybe(fc.constantFrom('ebs.csi.aws.com', 'kubernetes.io/no-provisioner')),
    volumeBindingMode: fc.option(maybe(fc.constantFrom('Immediate', 'WaitForFirstConsumer')), { nil: undefined }),
    allowVolumeExpansion: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    apiVersion: fc.constant('v1'),
    kind: fc.constant('ConfigMap'),
    metadata,
    data: fc.option(maybe(fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))), { nil: undefined }),
  }),
  fc.record({
    apiVersion: fc.constant('v1'),
    kind: fc.constant('Service'),
    metadata,
    spec: maybe(fc.record({ clusterIP: fc.option(fc.constant('None'), { nil: undefined }), selector: fc.constant({ app: 'web' }) })),
  }),
  fc.record({
    apiVersion: fc.constant('v1'),
    kind: fc.constant('List'),
    items: fc.array(fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('ConfigMap'), metadata }), { maxLength: 2 }),
  }),
);

const lineEnding = fc.constantFrom('\n', '\r\n');
const files = fc
  .array(fc.tuple(fc.array(kubeObject, { minLength: 1, maxLength: 4 }), lineEnding, fc.boolean()), { minLength: 1, maxLength: 3 })
  .map((list) =>
    list.map(([objects, eol, bom], i) => ({
      file: `f${i}.yaml`,
      text:
        (bom ? '\uFEFF' : '') +
        objects
          .map((object) => stringify(object, { version: '1.1' }))
          .join('---\n')
          .replace(/\n/g, eol),
    })),
  );

describe('property: arbitrary input', () => {
  test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { minLength: 1, maxLength: 3 })], { numRuns: 150 })(
    'arbitrary text: no throw, positions inside, deterministic, order-free',
    (texts) => {
      const inputs = texts.map((text, i) => ({ file: `t${i}.yaml`, text }));
      const first = lintInputs(inputs);
      expectNoInternalErrors(first);
      expectPositionsInside(first, inputs);
      const again = lintInputs(inputs);
      const reversed = lintInputs([...inputs].reverse());
      if (comparable(again) !== comparable(first) || comparable(reversed) !== comparable(first))
        throw new Error('output differs between runs or file orders');
    },
  );

  test.prop([files], { numRuns: 150 })('Kubernetes-shaped YAML: no throw, positions inside, deterministic, order-free', (inputs) => {
    const first = lintInputs(inputs);
    expectNoInternalErrors(first);
    expectPositionsInside(first, inputs);
    const again = lintInputs(inputs);
    const reversed = lintInputs([...inputs].reverse());
    if (comparable(again) !== comparable(first) || comparable(reversed) !== comparable(first))
      throw new Error('output differs between runs or file orders');
  });

  test.prop(
    [
      fc.array(
        fc.constantFrom(
          'apiVersion: v1\n',
          'kind: Pod\n',
          'kind: PersistentVolumeClaim\n',
          'metadata:\n  name: x\n',
          'spec:\n',
          '  volumes:\n',
          '  - name: v\n',
          '    persistentVolumeClaim: {claimName: x}\n',
          '---\n',
          '{{ X }}\n',
          '  - &a [*a]\n',
          'a: *b\n',
          '  \t- \n',
          '"\n',
          ': :\n',
          '? x\n',
          '%YAML 1.1\n',
          '... \n',
        ),
        { maxLength: 25 },
      ),
    ],
    { numRuns: 200 },
  )('manifest-like fragments in any order: no throw, positions inside', (parts) => {
    const inputs = [{ file: 'frag.yaml', text: parts.join('') }];
    const result = lintInputs(inputs);
    expectNoInternalErrors(result);
    expectPositionsInside(result, inputs);
  });
});
