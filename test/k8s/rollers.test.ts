import { describe, expect, it } from 'vitest';
import { rollerOf } from '../../src/k8s/rollers.js';

const input = { workload: {}, podTemplate: {}, kind: 'ConfigMap' as const, name: 'web' };

describe('rollerOf', () => {
  it('finds a checksum annotation on the pod template, not on the workload', () => {
    expect(rollerOf({ ...input, podTemplate: { 'checksum/config': 'abc' } })).toBe('checksum/config');
    expect(rollerOf({ ...input, workload: { 'checksum/config': 'abc' } })).toBeUndefined();
  });

  it('reads Reloader auto annotations per kind', () => {
    expect(rollerOf({ ...input, workload: { 'reloader.stakater.com/auto': 'true' } })).toBe('reloader.stakater.com/auto');
    expect(rollerOf({ ...input, workload: { 'secret.reloader.stakater.com/auto': 'true' } })).toBeUndefined();
    expect(rollerOf({ ...input, kind: 'Secret', workload: { 'secret.reloader.stakater.com/auto': 'true' } })).toBe(
      'secret.reloader.stakater.com/auto',
    );
    expect(rollerOf({ ...input, workload: { 'reloader.stakater.com/auto': 'false' } })).toBeUndefined();
  });

  it('reads the named reload lists', () => {
    const workload = { 'configmap.reloader.stakater.com/reload': 'other, web' };
    expect(rollerOf({ ...input, workload })).toBe('configmap.reloader.stakater.com/reload');
    expect(rollerOf({ ...input, name: 'nginx', workload })).toBeUndefined();
  });

  it('reads search and match together', () => {
    const workload = { 'reloader.stakater.com/search': 'true' };
    expect(rollerOf({ ...input, workload, object: { 'reloader.stakater.com/match': 'true' } })).toBe('reloader.stakater.com/search');
    expect(rollerOf({ ...input, workload })).toBeUndefined();
  });
});
