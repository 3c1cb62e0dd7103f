import { describe, expect, it } from 'vitest';

import { lintTexts } from '../helpers.js';

const objects = (files: Record<string, string>) => lintTexts(files).model.configObjects;

describe('ConfigObjects: objects the view generates', () => {
  const view = objects({
    'kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: app-config
    literals: [mode=prod]
`,
    'producers.yaml': `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: shop}
spec:
  secretName: web-tls
  issuerRef: {name: letsencrypt, kind: ClusterIssuer}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: sealed, namespace: shop}
spec:
  template: {metadata: {name: db-credentials}}
  encryptedData: {password: AgBy8hC}
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: merged, namespace: shop}
spec:
  target: {name: existing-secret, creationPolicy: Merge}
  secretStoreRef: {name: store, kind: ClusterSecretStore}
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: api-keys, namespace: shop}
spec:
  secretStoreRef: {name: store, kind: ClusterSecretStore}
`,
  });

  it('counts kustomize generators in every namespace', () => {
    expect(view.find('ConfigMap', 'anywhere', 'app-config')).toMatchObject([
      { origin: 'produced', namespace: undefined, path: ['configMapGenerator', 0, 'name'] },
    ]);
  });

  it('counts Certificates, SealedSecrets and ExternalSecrets in their own namespace, pointing at the field that names the Secret', () => {
    expect(view.find('Secret', 'shop', 'web-tls')).toMatchObject([
      { origin: 'produced', namespace: 'shop', namespaceDeclared: true, path: ['spec', 'secretName'] },
    ]);
    expect(view.find('Secret', 'shop', 'db-credentials')).toMatchObject([
      { origin: 'produced', path: ['spec', 'template', 'metadata', 'name'] },
    ]);
    expect(view.find('Secret', 'shop', 'api-keys')).toMatchObject([{ origin: 'produced', path: ['metadata', 'name'] }]);
    expect(view.find('Secret', 'other', 'web-tls')).toEqual([]);
  });

  it('does not count an ExternalSecret that only merges into a Secret someone else creates', () => {
    expect(view.named('Secret', 'existing-secret')).toEqual([]);
  });
});
