import { describe, expect, it } from 'vitest';
import {
  autoscalerRange,
  cronJobMayOverlap,
  daemonSetPodsAtOnce,
  deploymentRollout,
  jobPodsAtOnce,
  keepsOldPodsUntilNewReady,
  podsAtOnce,
  resolveFenceposts,
  scaledIntOrPercent,
} from '../../src/k8s/rollout.js';

describe('scaledIntOrPercent (GetScaledValueFromIntOrPercent)', () => {
  it('takes ints as they are, whatever the total', () => {
    expect(scaledIntOrPercent(3, 1, true)).toBe(3);
    expect(scaledIntOrPercent(0, 10, false)).toBe(0);
  });
  it('scales percentages, rounding up or down', () => {
    expect(scaledIntOrPercent('25%', 1, true)).toBe(1);
    expect(scaledIntOrPercent('25%', 1, false)).toBe(0);
    expect(scaledIntOrPercent('25%', 10, true)).toBe(3);
    expect(scaledIntOrPercent('25%', 10, false)).toBe(2);
    expect(scaledIntOrPercent('100%', 4, false)).toBe(4);
    expect(scaledIntOrPercent('0%', 7, true)).toBe(0);
  });
  it('rejects strings that are not <int>% (the API rejects "1", "1.5%", "%")', () => {
    for (const bad of ['1', '1.5%', '%', ' 25%', 'abc', '']) expect(scaledIntOrPercent(bad, 4, true), bad).toBeUndefined();
    expect(scaledIntOrPercent(1.5, 4, true)).toBeUndefined();
    expect(scaledIntOrPercent(null, 4, true)).toBeUndefined();
  });
});

describe('resolveFenceposts', () => {
  it('defaults to 25 %/25 %: one replica surges by 1 and keeps the old pod (unavailable 0)', () => {
    expect(resolveFenceposts(undefined, undefined, 1)).toEqual({ surge: 1, unavailable: 0 });
    expect(resolveFenceposts(undefined, undefined, 4)).toEqual({ surge: 1, unavailable: 1 });
    expect(resolveFenceposts(undefined, undefined, 10)).toEqual({ surge: 3, unavailable: 2 });
  });
  it('turns 0/0 into unavailable 1 so the rollout can progress', () => {
    expect(resolveFenceposts(0, 0, 1)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveFenceposts('0%', '10%', 3)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveFenceposts(0, undefined, 1)).toEqual({ surge: 0, unavailable: 1 });
  });
  it('mixes ints and percentages', () => {
    expect(resolveFenceposts(2, '50%', 3)).toEqual({ surge: 2, unavailable: 1 });
    expect(resolveFenceposts('1%', 0, 1)).toEqual({ surge: 1, unavailable: 0 });
  });
  it('gives up on malformed bounds', () => {
    expect(resolveFenceposts('one', 0, 1)).toBeUndefined();
    expect(resolveFenceposts(0, '1', 1)).toBeUndefined();
  });
});

describe('deploymentRollout', () => {
  it('defaults to RollingUpdate that overlaps old and new pods for one replica', () => {
    const rollout = deploymentRollout({});
    expect(rollout).toEqual({ strategy: 'RollingUpdate', replicas: 1, surge: 1, unavailable: 0 });
    expect(keepsOldPodsUntilNewReady(rollout)).toBe(true);
    expect(keepsOldPodsUntilNewReady(deploymentRollout({ strategy: { type: 'RollingUpdate', rollingUpdate: null } }))).toBe(true);
  });
  it('treats maxSurge 0 as safe as Recreate: the old pod goes first', () => {
    const rollout = deploymentRollout({ replicas: 1, strategy: { rollingUpdate: { maxSurge: 0 } } });
    expect(rollout).toEqual({ strategy: 'RollingUpdate', replicas: 1, surge: 0, unavailable: 1 });
    expect(keepsOldPodsUntilNewReady(rollout)).toBe(false);
    expect(
      keepsOldPodsUntilNewReady(
        deploymentRollout({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '0%', maxUnavailable: 1 } } }),
      ),
    ).toBe(false);
  });
  it('a small percentage surge still rounds up to one pod', () => {
    expect(keepsOldPodsUntilNewReady(deploymentRollout({ strategy: { rollingUpdate: { maxSurge: '1%' } } }))).toBe(true);
  });
  it('an old pod that may go unavailable is removed at once, so nothing waits on it', () => {
    expect(keepsOldPodsUntilNewReady(deploymentRollout({ strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } } }))).toBe(false);
    expect(keepsOldPodsUntilNewReady(deploymentRollout({ strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: '100%' } } }))).toBe(
      false,
    );
  });
  it('knows Recreate and rejects what the API server rejects', () => {
    expect(deploymentRollout({ strategy: { type: 'Recreate' } })).toEqual({ strategy: 'Recreate' });
    expect(deploymentRollout({ strategy: { type: 'Rolling' } })).toEqual({ strategy: 'invalid' });
    expect(deploymentRollout({ replicas: '2' })).toEqual({ strategy: 'invalid' });
    expect(deploymentRollout({ strategy: { rollingUpdate: { maxSurge: '1' } } })).toEqual({ strategy: 'invalid' });
  });
  it('no surge for zero replicas (both bounds scale to 0, unavailable becomes 1)', () => {
    expect(keepsOldPodsUntilNewReady(deploymentRollout({ replicas: 0 }))).toBe(false);
  });
});

describe('jobPodsAtOnce', () => {
  it('defaults parallelism to 1 and caps it by completions', () => {
    expect(jobPodsAtOnce({})).toBe(1);
    expect(jobPodsAtOnce({ parallelism: 3 })).toBe(3);
    expect(jobPodsAtOnce({ parallelism: 3, completions: 2 })).toBe(2);
    expect(jobPodsAtOnce({ completions: 5 })).toBe(1);
    expect(jobPodsAtOnce({ parallelism: 0 })).toBe(0);
  });
  it('gives up on malformed values', () => {
    expect(jobPodsAtOnce({ parallelism: 'two' })).toBeUndefined();
    expect(jobPodsAtOnce({ parallelism: 2, completions: -1 })).toBeUndefined();
  });
});

describe('cronJobMayOverlap', () => {
  it('Allow is the default; Forbid and Replace do not run two jobs together', () => {
    expect(cronJobMayOverlap({})).toBe(true);
    expect(cronJobMayOverlap({ concurrencyPolicy: 'Allow' })).toBe(true);
    expect(cronJobMayOverlap({ concurrencyPolicy: 'Forbid' })).toBe(false);
    expect(cronJobMayOverlap({ concurrencyPolicy: 'Replace' })).toBe(false);
  });
});

describe('daemonSetPodsAtOnce', () => {
  it('is one per node unless pinned to one node by name', () => {
    expect(daemonSetPodsAtOnce({})).toBe(2);
    expect(daemonSetPodsAtOnce({ nodeSelector: { 'kubernetes.io/os': 'linux' } })).toBe(2);
    expect(daemonSetPodsAtOnce({ nodeSelector: { 'kubernetes.io/hostname': 'node-1' } })).toBe(1);
    expect(daemonSetPodsAtOnce({ nodeName: 'node-1' })).toBe(1);
  });
});

describe('autoscalerRange', () => {
  it('defaults minReplicas to 1', () => {
    expect(autoscalerRange({ maxReplicas: 5 })).toEqual({ min: 1, max: 5 });
    expect(autoscalerRange({ minReplicas: 2, maxReplicas: 4 })).toEqual({ min: 2, max: 4 });
    expect(autoscalerRange({})).toBeUndefined();
  });
});

describe('podsAtOnce', () => {
  it('counts replicas for replicated kinds (default 1)', () => {
    expect(podsAtOnce('Deployment', { spec: {} })).toEqual({ count: 1 });
    expect(podsAtOnce('StatefulSet', { spec: { replicas: 3 } })).toEqual({ count: 3, cause: 'replicas' });
    expect(podsAtOnce('ReplicationController', { spec: { replicas: 2 } })).toEqual({ count: 2, cause: 'replicas' });
    expect(podsAtOnce('ReplicaSet', { spec: { replicas: 'x' } })).toBeUndefined();
  });
  it('lets an HPA override the written replicas, except 0', () => {
    expect(podsAtOnce('Deployment', { spec: { replicas: 1 } }, { min: 1, max: 5 })).toEqual({
      count: 1,
      possible: { count: 5, cause: 'hpa-max' },
    });
    expect(podsAtOnce('Deployment', { spec: { replicas: 1 } }, { min: 2, max: 5 })).toEqual({ count: 2, cause: 'hpa-min' });
    expect(podsAtOnce('Deployment', { spec: { replicas: 3 } }, { min: 1, max: 1 })).toEqual({ count: 1 });
    expect(podsAtOnce('Deployment', { spec: { replicas: 0 } }, { min: 2, max: 5 })).toEqual({ count: 0 });
  });
  it('DaemonSets, Jobs and CronJobs', () => {
    expect(podsAtOnce('DaemonSet', { spec: { template: { spec: {} } } })).toEqual({ count: 2, cause: 'daemonset' });
    expect(podsAtOnce('Job', { spec: { parallelism: 4 } })).toEqual({ count: 4, cause: 'parallelism' });
    expect(podsAtOnce('CronJob', { spec: { jobTemplate: { spec: {} } } })).toEqual({
      count: 1,
      possible: { count: 2, cause: 'cronjob-overlap' },
    });
    expect(podsAtOnce('CronJob', { spec: { concurrencyPolicy: 'Forbid', jobTemplate: { spec: {} } } })).toEqual({ count: 1 });
    expect(podsAtOnce('CronJob', { spec: { concurrencyPolicy: 'Forbid', jobTemplate: { spec: { parallelism: 2 } } } })).toEqual({
      count: 2,
      cause: 'parallelism',
    });
    expect(podsAtOnce('Pod', { spec: null })).toEqual({ count: 1 });
  });
});
