import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/load.js';
import { Model } from '../../src/model/model.js';
import { pairingEvidence } from '../../src/model/pairing.js';

const pv = (name: string, extra = '') => `apiVersion: v1
kind: PersistentVolume
metadata: {name: ${name}}
spec: {storageClassName: "", capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /a}${extra}}
`;
const claim = (name: string, extra = '') => `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: ${name}, namespace: shop}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], resources: {requests: {storage: 5Gi}}${extra}}
`;

const files = [
  { file: 'app/claims.yaml', text: [claim('beside'), pv('beside-pv')].join('---\n') },
  { file: 'app/prebound.yaml', text: claim('prebound', ', volumeName: far-pv') },
  { file: 'app/reserved.yaml', text: claim('reserved') },
  { file: 'volumes/pvs.yaml', text: [pv('far-pv'), pv('reserving-pv', ', claimRef: {namespace: shop, name: reserved}')].join('---\n') },
];
const loaded = loadFiles(files, { namespace: 'default' });
const model = new Model(loaded.resources, loaded.problems, loaded.stats, { namespace: 'default', kubeVersion: '1.35' });
const claimNamed = (name: string) => model.claims.find((c) => c.name === name)!;
const volume = (name: string) => model.persistentVolume(name)!;

describe('pairingEvidence', () => {
  it('ties a claim to a volume it prebinds, one that reserves itself for it, or one in its file', () => {
    expect(pairingEvidence(claimNamed('prebound'), volume('far-pv'))).toBe('volumeName');
    expect(pairingEvidence(claimNamed('reserved'), volume('reserving-pv'))).toBe('claimRef');
    expect(pairingEvidence(claimNamed('beside'), volume('beside-pv'))).toBe('same file');
  });

  it('does not tie a claim to a volume written elsewhere for nobody in particular', () => {
    expect(pairingEvidence(claimNamed('beside'), volume('far-pv'))).toBeUndefined();
    expect(pairingEvidence(claimNamed('reserved'), volume('beside-pv'))).toBeUndefined();
  });
});
