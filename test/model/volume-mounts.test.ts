import { describe, expect, it } from 'vitest';
import { mountsOf, volumesByName } from '../../src/model/volume-mounts.js';
import { lintTexts } from '../helpers.js';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      volumeMounts:
        - {name: a, mountPath: /a}
        - {mountPath: /no-name}
        - broken
      volumeDevices:
        - {name: b, devicePath: /dev/b}
  ephemeralContainers:
    - name: debug
      volumeMounts:
        - {name: a, mountPath: /a, subPath: x}
  volumes:
    - {name: a, emptyDir: {}}
    - {name: a, hostPath: {path: /x}}
    - {name: b}
    - {emptyDir: {}}
`;

describe('mountsOf / volumesByName', () => {
  const workload = lintTexts({ 'p.yaml': POD }).model.workloads[0];

  it('lists mounts and devices of every container with paths, skipping malformed entries', () => {
    const mounts = workload.containers.flatMap(mountsOf);
    expect(mounts.map((m) => [m.containerName, m.kind, m.volumeName, m.target, m.ephemeral, m.path.join('.')])).toEqual([
      ['app', 'mount', 'a', '/a', false, 'spec.containers.0.volumeMounts.0'],
      ['app', 'mount', undefined, '/no-name', false, 'spec.containers.0.volumeMounts.1'],
      ['app', 'device', 'b', '/dev/b', false, 'spec.containers.0.volumeDevices.0'],
      ['debug', 'mount', 'a', '/a', true, 'spec.ephemeralContainers.0.volumeMounts.0'],
    ]);
  });

  it('indexes volumes by name, the first of a repeated name winning', () => {
    const byName = volumesByName(workload);
    expect([...byName.keys()]).toEqual(['a', 'b']);
    expect(byName.get('a')?.index).toBe(0);
  });
});
