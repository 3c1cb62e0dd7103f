import { describe, expect, it } from 'vitest';
import { lintTexts } from '../helpers.js';

const fixes = (text: string) =>
  lintTexts({ 'all.yaml': text })
    .findings.filter((f) => f.ruleId === 'yaml-version-ambiguity')
    .map((f) => f.fix);

describe('yaml-version-ambiguity fix text: exactly what to write', () => {
  it('a list item is written as a list item, quoted when its neighbours are strings', () => {
    const crd = `apiVersion: v1
kind: ConfigMap
metadata: {name: flags}
data: {a: b}
---
apiVersion: example.com/v1
kind: Table
metadata: {name: t}
spec:
  attributeTypes: [S, N, B]
  flags: [yes, true]
`;
    expect(fixes(crd)).toEqual(['- "N"', '- true']);
  });
  it('a key keeps its key; octal offers both readings in full', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: 01000}
  containers:
    - name: c
      image: busybox:1.36
      stdin: yes
`;
    expect(fixes(pod)).toEqual(['runAsUser: 512 (or runAsUser: 1000 if that was meant)', 'stdin: true']);
  });
});
