import type { Volume } from 'kubernetes-types/core/v1.js';
import { describe, expect, it } from 'vitest';
import { filePaths, fileSourceOf, modeFields, objectReferencesOf, projectionsOf } from '../../src/k8s/volume-sources.js';

const projected: Volume = {
  name: 'all',
  projected: {
    defaultMode: 0o440,
    sources: [
      { configMap: { name: 'app', items: [{ key: 'a', path: 'a.conf', mode: 0o400 }] } },
      { secret: { name: 'creds', optional: true } },
      { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
      {},
    ],
  },
};

describe('volume sources', () => {
  it('finds the file source of a volume', () => {
    expect(fileSourceOf({ name: 'c', configMap: { name: 'app' } })?.kind).toBe('configMap');
    expect(fileSourceOf({ name: 'e', emptyDir: {} })).toBeUndefined();
    expect(fileSourceOf({ name: 'x', secret: null } as unknown as Volume)).toBeUndefined();
  });

  it('lists projections with their paths and labels', () => {
    expect(projectionsOf({ name: 's', secret: { secretName: 'tls' } }).map((p) => [p.kind, p.path, p.label])).toEqual([
      ['secret', ['secret'], 'Secret "tls"'],
    ]);
    expect(projectionsOf(projected).map((p) => [p.kind, p.path.join('.'), p.label])).toEqual([
      ['configMap', 'projected.sources.0.configMap', 'ConfigMap "app"'],
      ['secret', 'projected.sources.1.secret', 'Secret "creds"'],
      ['downwardAPI', 'projected.sources.2.downwardAPI', 'DownwardAPI'],
      ['serviceAccountToken', 'projected.sources.3.serviceAccountToken', 'ServiceAccountToken'],
    ]);
  });

  it('lists mode fields that are present', () => {
    expect(modeFields(projected).map((f) => [f.path.join('.'), f.value])).toEqual([
      ['projected.defaultMode', 0o440],
      ['projected.sources.0.configMap.items.0.mode', 0o400],
    ]);
    expect(modeFields({ name: 'c', configMap: { name: 'x', defaultMode: null } } as unknown as Volume)).toEqual([]);
  });

  it('lists file paths, including a token path and items without one', () => {
    const paths = projectionsOf(projected)
      .flatMap(filePaths)
      .map((f) => [f.path.join('.'), f.value]);
    expect(paths).toEqual([
      ['projected.sources.0.configMap.items.0.path', 'a.conf'],
      ['projected.sources.2.downwardAPI.items.0.path', 'labels'],
      ['projected.sources.3.serviceAccountToken.path', 'token'],
    ]);
    expect(
      projectionsOf({ name: 'c', configMap: { name: 'x', items: [{ key: 'k' }] } } as unknown as Volume)
        .flatMap(filePaths)
        .map((f) => f.value),
    ).toEqual([undefined]);
  });

  it('lists the ConfigMaps and Secrets a volume reads', () => {
    expect(objectReferencesOf(projected).map((r) => [r.kind, r.name, r.optional, r.path.join('.')])).toEqual([
      ['ConfigMap', 'app', false, 'projected.sources.0.configMap.name'],
      ['Secret', 'creds', true, 'projected.sources.1.secret.name'],
    ]);
    expect(objectReferencesOf({ name: 's', secret: { secretName: 'tls', optional: true } }).map((r) => r.path.join('.'))).toEqual([
      'secret.secretName',
    ]);
  });
});
