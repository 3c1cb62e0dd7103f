import { describe, expect, it } from 'vitest';
import { lintTexts } from '../helpers.js';

const OWN_RULES = /^(file-mode-out-of-range|file-mode-decimal-literal|key-path-invalid|ephemeral-claim-conflict|subpath-no-live-update)$/;

/** Hand-written manifests put anything anywhere: these rules must skip what they cannot read. */
const malformed = `apiVersion: v1
kind: Pod
metadata:
  name: odd
spec:
  containers:
    - name: c
      image: busybox
      volumeMounts:
        - {name: 7, subPath: x}
        - {name: cm, subPath: [a]}
        - null
        - {name: cm, subPathExpr: 3}
    - "not a container"
  volumes:
    - {name: cm, configMap: {name: x, defaultMode: {a: 1}, items: "all"}}
    - {name: s, secret: {secretName: y, items: [null, 3, {key: k, path: 5, mode: [1]}]}}
    - {name: p, projected: {sources: "x", defaultMode: true}}
    - {name: q, projected: {sources: [null, {}, {configMap: null}, {serviceAccountToken: {path: null}}, {downwardAPI: {items: {}}}]}}
    - {name: e, ephemeral: {volumeClaimTemplate: "x"}}
    - {name: f, ephemeral: {volumeClaimTemplate: {metadata: [1], spec: null}}}
    - {name: 9, ephemeral: {volumeClaimTemplate: {}}}
    - {ephemeral: null}
    - {name: g, persistentVolumeClaim: {claimName: [1]}}
`;

describe('pod file rules on malformed manifests', () => {
  it('never throw and only report what they can read', () => {
    const result = lintTexts({ 'odd.yaml': malformed });
    expect(result.internalErrors).toEqual([]);
    const own = result.findings.filter((f) => OWN_RULES.test(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`);
    // defaultMode {a: 1}, mode [1] and defaultMode true are not integers; the token has no path.
    expect(own).toEqual(['16 file-mode-out-of-range', '17 file-mode-out-of-range', '18 file-mode-out-of-range', '19 key-path-invalid']);
  });
});
