import { describe, expect, it } from 'vitest';
import { configReferences } from '../../src/model/config-references.js';
import { lintTexts } from '../helpers.js';

const model = (text: string) => lintTexts({ 'view.yaml': text }).model;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: shop
spec:
  containers:
    - name: app
      image: app:1
      envFrom:
        - configMapRef: {name: settings}
        - secretRef: {name: overrides, optional: true}
        - prefix: X_
      env:
        - name: PASSWORD
          valueFrom:
            secretKeyRef: {name: creds, key: password}
        - name: PLAIN
          value: x
        - name: BROKEN
          valueFrom: null
  initContainers:
    - name: init
      image: init:1
      env:
        - name: MODE
          valueFrom:
            configMapKeyRef: {name: settings, key: mode, optional: true}
  volumes:
    - name: config
      configMap:
        name: settings
        items:
          - {key: app.yaml, path: app.yaml}
          - {path: no-key}
    - name: tls
      secret: {secretName: tls}
    - name: all
      projected:
        sources:
          - configMap: {name: settings}
          - secret: {name: creds, items: [{key: token, path: t}]}
          - downwardAPI: {items: []}
    - name: vault
      csi:
        driver: secrets-store.csi.k8s.io
        nodePublishSecretRef: {name: vault-creds}
    - name: nameless
      configMap: {}
    - name: scratch
      emptyDir: {}
`;

describe('configReferences', () => {
  const references = configReferences(model(POD).workloads[0]);

  it('finds every reference with its kind, name, optional flag and path', () => {
    expect(references.map((r) => [r.source, r.kind, r.name, r.optional, r.path.join('.')])).toEqual([
      ['volume', 'ConfigMap', 'settings', false, 'spec.volumes.0.configMap.name'],
      ['volume', 'Secret', 'tls', false, 'spec.volumes.1.secret.secretName'],
      ['projected', 'ConfigMap', 'settings', false, 'spec.volumes.2.projected.sources.0.configMap.name'],
      ['projected', 'Secret', 'creds', false, 'spec.volumes.2.projected.sources.1.secret.name'],
      ['csi', 'Secret', 'vault-creds', false, 'spec.volumes.3.csi.nodePublishSecretRef.name'],
      ['env', 'ConfigMap', 'settings', true, 'spec.initContainers.0.env.0.valueFrom.configMapKeyRef.name'],
      ['envFrom', 'ConfigMap', 'settings', false, 'spec.containers.0.envFrom.0.configMapRef.name'],
      ['envFrom', 'Secret', 'overrides', true, 'spec.containers.0.envFrom.1.secretRef.name'],
      ['env', 'Secret', 'creds', false, 'spec.containers.0.env.0.valueFrom.secretKeyRef.name'],
    ]);
  });

  it('lists the keys each reference needs, with their paths', () => {
    expect(references[0].keys).toEqual([{ key: 'app.yaml', path: ['spec', 'volumes', 0, 'configMap', 'items', 0, 'key'] }]);
    expect(references[1].keys).toEqual([]);
    expect(references[3].keys.map((k) => k.key)).toEqual(['token']);
    expect(references[8].keys.map((k) => k.key)).toEqual(['password']);
  });

  it('describes each reference starting with a capital', () => {
    expect(references.map((r) => r.description)).toContain("Env var 'PASSWORD' of container 'app'");
    expect(references.map((r) => r.description)).toContain("Container 'app' (envFrom)");
    for (const r of references) expect(r.description).toMatch(/^[A-Z]/);
  });
});

describe('ConfigObjects', () => {
  const objects = model(`apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: shop}
data: {a: "1"}
binaryData: {b: AA==}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
data: {password: cA==}
stringData: {user: u}
---
apiVersion: v1
kind: Secret
metadata: {name: token, namespace: shop}
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Secret
metadata: {name: placeholder, namespace: shop}
data: {}
---
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: generated
secretGenerator:
  - name: generated-secret
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: shop}
spec: {secretName: web-tls}
`).configObjects;

  it('reads keys from data/binaryData (ConfigMap) and data/stringData (Secret)', () => {
    expect([...objects.keysOf(objects.find('ConfigMap', 'shop', 'settings'))!.keys()]).toEqual(['a', 'b']);
    expect([...objects.keysOf(objects.find('Secret', 'default', 'creds'))!.keys()]).toEqual(['password', 'user']);
  });

  it('leaves keys unknown for controller-filled, placeholder and generated objects', () => {
    expect(objects.keysOf(objects.find('Secret', 'shop', 'token'))).toBeUndefined();
    expect(objects.keysOf(objects.find('Secret', 'shop', 'placeholder'))).toBeUndefined();
    expect(objects.keysOf(objects.find('Secret', 'shop', 'web-tls'))).toBeUndefined();
  });

  it('knows generated objects and kube-root-ca.crt in every namespace', () => {
    expect(objects.find('ConfigMap', 'anywhere', 'generated')).toHaveLength(1);
    expect(objects.find('Secret', 'anywhere', 'generated-secret')).toHaveLength(1);
    expect(objects.find('Secret', 'other', 'web-tls')).toHaveLength(0);
    expect([...objects.keysOf(objects.find('ConfigMap', 'kube-system', 'kube-root-ca.crt'))!.keys()]).toEqual(['ca.crt']);
  });

  it('reaches across namespaces only when one side has no declared namespace', () => {
    expect(objects.reachable('ConfigMap', 'other', true, 'settings')).toHaveLength(0);
    expect(objects.reachable('ConfigMap', 'default', false, 'settings')).toHaveLength(1);
    expect(objects.reachable('Secret', 'shop', true, 'creds')).toHaveLength(1);
  });

  it('is computed once per model', () => {
    const m = model('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    expect(m.configObjects).toBe(m.configObjects);
  });
});
