import { describe, expect, it } from 'vitest';
import { lintTexts } from '../helpers.js';

const deployment = (name: string, image?: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: main
${image ? `          image: ${image}\n` : ''}`;

describe('Model.isFragment', () => {
  const { model } = lintTexts({
    'app/overlay/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../base]
patchesStrategicMerge:
  - patch.yaml
  - |
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: inline}
patches:
  - path: ./more/patch2.yaml
  - patch: "[]"
    target: {kind: Deployment}
`,
    'app/overlay/patch.yaml': deployment('a', 'nginx'),
    'app/overlay/more/patch2.yaml': deployment('b', 'nginx'),
    'app/base/deploy.yaml': deployment('a', 'nginx'),
    'other/no-image.yaml': deployment('c'),
    'other/directive.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: d}
data:
  $patch: delete
`,
    'other/services.yaml': `apiVersion: v1
kind: Service
metadata: {name: no-ports}
spec: {selector: {app: a}}
---
apiVersion: v1
kind: Service
metadata: {name: headless}
spec: {clusterIP: None, selector: {app: a}}
`,
  });
  const at = (file: string, name: string) => model.resources.find((r) => r.source.file === file && r.name === name)!;

  it('knows the files a Kustomization patches with, relative to it; inline patches name no file', () => {
    expect(model.isFragment(at('app/overlay/patch.yaml', 'a'))).toBe('kustomize-patch');
    expect(model.isFragment(at('app/overlay/more/patch2.yaml', 'b'))).toBe('kustomize-patch');
    expect(model.isFragment(at('app/base/deploy.yaml', 'a'))).toBeUndefined();
  });

  it('reads a workload without any image, a patch directive and a Service without ports as fragments', () => {
    expect(model.isFragment(at('other/no-image.yaml', 'c'))).toBe('workload-without-image');
    expect(model.isFragment(at('other/directive.yaml', 'd'))).toBe('patch-directive');
    expect(model.isFragment(at('other/services.yaml', 'no-ports'))).toBe('service-without-ports');
    expect(model.isFragment(at('other/services.yaml', 'headless'))).toBeUndefined();
  });
});
