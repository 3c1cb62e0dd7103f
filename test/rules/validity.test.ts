import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_NAMESPACE, lint } from '../../src/engine.js';
import { lintTexts } from '../helpers.js';

const lintAt = (kubeVersion: string, text: string) =>
  lint([{ file: 'a.yaml', text }], { rules, namespace: DEFAULT_NAMESPACE, kubeVersion, freezeModel: true }).findings;

const claim = (spec: string) => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: gp3
${spec}`;

describe('field-validity rules', () => {
  it('ReadWriteOncePod is an error before 1.27 and fine after', () => {
    const text = claim('  accessModes: [ReadWriteOncePod]\n  resources: {requests: {storage: 1Gi}}\n');
    expect(
      lintAt('1.26', text)
        .filter((f) => f.ruleId === 'access-modes-invalid')
        .map((f) => f.message),
    ).toEqual([
      'Kubernetes 1.26 rejects access mode ReadWriteOncePod of PersistentVolumeClaim default/data: its feature gate is on by default only from 1.27',
    ]);
    expect(lintAt('1.27', text).filter((f) => f.ruleId === 'access-modes-invalid')).toEqual([]);
  });

  it('a dataSource of another kind is a warning before 1.24 (dropped) and an error after (rejected)', () => {
    const text = claim(
      '  accessModes: [ReadWriteOnce]\n  dataSource: {kind: ConfigMap, name: seed}\n  resources: {requests: {storage: 1Gi}}\n',
    );
    expect(
      lintAt('1.23', text)
        .filter((f) => f.ruleId === 'datasource-invalid')
        .map((f) => f.severity),
    ).toEqual(['warning']);
    expect(
      lintAt('1.35', text)
        .filter((f) => f.ruleId === 'datasource-invalid')
        .map((f) => f.severity),
    ).toEqual(['error']);
  });

  it('one mistake in a StatefulSet claim template is one finding, not two', () => {
    const findings = lintTexts({
      'sts.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /data}]}]
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnc]
        resources: {requests: {storage: 10GB}}
`,
    }).findings.filter((f) => f.line >= 15);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['sts-claim-template-invalid', 'sts-claim-template-invalid']);
  });

  it('the quantity fix names both readings in bytes', () => {
    const [finding] = lintTexts({
      'a.yaml': claim('  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 10GB}}\n'),
    }).findings.filter((f) => f.ruleId === 'quantity-invalid');
    expect(finding.fix).toBe("did you mean '10G' (10000000000 bytes) or '10Gi' (10737418240 bytes)?");
  });

  it('never throws on hostile shapes', () => {
    const hostile = `apiVersion: v1
kind: PersistentVolume
metadata: {name: x}
spec:
  capacity: [1]
  accessModes: {a: 1}
  nodeAffinity: {required: 5}
  local: null
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: y}
spec:
  accessModes: [1, null]
  selector: {matchLabels: [a], matchExpressions: [null, 1, {key: 5, operator: 7, values: 3}]}
  dataSource: []
  dataSourceRef: {name: 5, kind: null}
  resources: {requests: {storage: true}, limits: []}
---
apiVersion: v1
kind: Pod
metadata: {name: z}
spec:
  containers: [{name: c, image: i, volumeDevices: [{name: v, devicePath: 5}, null], volumeMounts: [{name: v}]}]
  volumes: [{name: v, persistentVolumeClaim: {claimName: y}}, {name: w, ephemeral: {volumeClaimTemplate: 3}}]
`;
    expect(() => lintTexts({ 'h.yaml': hostile })).not.toThrow();
  });
});

describe('volume-mode-usage with duplicate claim names', () => {
  it('says nothing when claims of one name (example folders) disagree on volumeMode', () => {
    const text = `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: d}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: d}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: c, image: i, volumeDevices: [{name: v, devicePath: /dev/v}]}]
  volumes: [{name: v, persistentVolumeClaim: {claimName: d}}]
`;
    expect(lintTexts({ 'a.yaml': text }).findings.filter((f) => f.ruleId === 'volume-mode-usage')).toEqual([]);
  });
});
