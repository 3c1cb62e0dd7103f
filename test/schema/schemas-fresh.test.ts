import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedSchemaFiles, generateSchemas, schemasDir } from '../../scripts/gen-schemas.js';

describe('schemas/ (npm run gen:schemas)', () => {
  const generated = generateSchemas();

  it('holds exactly the generated files', () => {
    expect(committedSchemaFiles()).toEqual([...generated.keys()]);
  });

  it('is up to date with kubernetes-types and the generator', () => {
    const stale = [...generated].filter(([file, text]) => readFileSync(path.join(schemasDir, file), 'utf8') !== text).map(([file]) => file);
    expect(stale, 'run npm run gen:schemas').toEqual([]);
  });

  it('is deterministic', () => {
    expect(generateSchemas()).toEqual(generated);
  });

  it('covers the storage kinds and every group the linter reads', () => {
    const index = JSON.parse(generated.get('index.json') ?? '{}') as Record<string, string>;
    for (const gvk of [
      'v1/PersistentVolumeClaim',
      'v1/PersistentVolume',
      'v1/Pod',
      'v1/ConfigMap',
      'apps/v1/StatefulSet',
      'apps/v1/Deployment',
      'batch/v1/CronJob',
      'storage.k8s.io/v1/StorageClass',
      'storage.k8s.io/v1/CSIDriver',
      'policy/v1/PodDisruptionBudget',
      'autoscaling/v2/HorizontalPodAutoscaler',
      'networking.k8s.io/v1/Ingress',
      'rbac.authorization.k8s.io/v1/RoleBinding',
      'snapshot.storage.k8s.io/v1/VolumeSnapshot',
      'snapshot.storage.k8s.io/v1/VolumeSnapshotClass',
      'snapshot.storage.k8s.io/v1/VolumeSnapshotContent',
    ])
      expect(index[gvk], gvk).toBeDefined();
    expect(Object.keys(index).some((gvk) => gvk.endsWith('List'))).toBe(false);
  });

  it('closes objects, keeps maps open, and types IntOrString and Quantity as the API does', () => {
    const pod = JSON.parse(generated.get('core/v1/Pod.json') ?? '{}') as {
      definitions: Record<string, { properties: Record<string, unknown>; additionalProperties: unknown; required?: string[] }>;
    };
    const defs = pod.definitions;
    expect(defs['core.v1.VolumeMount'].additionalProperties).toBe(false);
    expect(defs['core.v1.VolumeMount'].required).toEqual(['mountPath', 'name']);
    expect(defs['meta.v1.ObjectMeta'].properties.labels).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(defs['core.v1.HTTPGetAction'].properties.port).toEqual({ type: ['integer', 'string'] });
    expect(defs['core.v1.ResourceRequirements'].properties.limits).toEqual({
      type: 'object',
      additionalProperties: { type: ['string', 'number'] },
    });
    expect(defs['core.v1.HostPathVolumeSource'].properties.type).toMatchObject({ enum: expect.arrayContaining(['', 'DirectoryOrCreate']) });
  });
});
