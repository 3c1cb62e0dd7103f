import { describe, expect, it } from 'vitest';
import { lintTexts } from '../helpers.js';

// What `helm template shop ./charts/shop` prints: each document names its template.
const rendered = `---
# Source: shop/templates/pvc.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shop-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
# Source: shop/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: shop
          image: nginx:1.27
          volumeMounts: [{name: data, mountPath: /data}]
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: shop-dta
`;

describe('helm template output', () => {
  it('reports findings against the template named by # Source, counting lines from the document start', () => {
    const { findings } = lintTexts({ '<stdin>': rendered });
    const finding = findings.find((f) => f.ruleId === 'claim-not-found');
    expect(finding).toMatchObject({ file: 'shop/templates/deployment.yaml', line: 21, column: 24 });
    expect(rendered.split('\n')[13 + 21 - 1]).toContain('claimName: shop-dta');
  });
});
