/**
 * How many pods of one workload run at the same time, as the controllers decide it:
 * Deployment rolling updates (pkg/controller/deployment/util/deployment_util.go ResolveFenceposts,
 * apimachinery intstr GetScaledValueFromIntOrPercent), Job parallelism (job_controller.go),
 * DaemonSets (one pod per node), CronJob concurrencyPolicy and HorizontalPodAutoscaler bounds.
 * Pure: raw manifest values in, numbers out; anything malformed gives `undefined`.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const recordOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** apps/v1 SetDefaults_Deployment: both bounds default to 25 %. */
export const DEFAULT_MAX_SURGE = '25%';
export const DEFAULT_MAX_UNAVAILABLE = '25%';

/**
 * GetScaledValueFromIntOrPercent: an int is taken as is; a string must be `<int>%` and is scaled
 * by `total`, rounding up or down. Any other string is an error upstream (`undefined` here).
 */
export function scaledIntOrPercent(value: unknown, total: number, roundUp: boolean): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !value.endsWith('%')) return undefined;
  const digits = value.slice(0, -1);
  if (!/^[+-]?[0-9]+$/.test(digits)) return undefined;
  const scaled = (Number.parseInt(digits, 10) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

export interface Fenceposts {
  /** Pods above `replicas` the controller may create before old ones go. */
  surge: number;
  /** Pods below `replicas` it may remove before new ones are ready. */
  unavailable: number;
}

/** ResolveFenceposts: surge rounds up, unavailable down; both 0 would stall, so unavailable becomes 1. */
export function resolveFenceposts(maxSurge: unknown, maxUnavailable: unknown, desired: number): Fenceposts | undefined {
  const surge = scaledIntOrPercent(maxSurge ?? DEFAULT_MAX_SURGE, desired, true);
  const unavailable = scaledIntOrPercent(maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE, desired, false);
  if (surge === undefined || unavailable === undefined) return undefined;
  return { surge, unavailable: surge === 0 && unavailable === 0 ? 1 : unavailable };
}

export type DeploymentRollout =
  | { strategy: 'Recreate' }
  | ({ strategy: 'RollingUpdate'; replicas: number } & Fenceposts)
  /** An unknown strategy type or an unparsable bound: the API server rejects the Deployment. */
  | { strategy: 'invalid' };

/** The Deployment's rollout after defaulting: strategy RollingUpdate unless `Recreate` is written. */
export function deploymentRollout(deploymentSpec: unknown): DeploymentRollout {
  const spec = recordOf(deploymentSpec);
  const replicas = spec.replicas === undefined || spec.replicas === null ? 1 : spec.replicas;
  if (!isCount(replicas)) return { strategy: 'invalid' };
  const strategy = recordOf(spec.strategy);
  const type = strategy.type ?? 'RollingUpdate';
  if (type === 'Recreate') return { strategy: 'Recreate' };
  if (type !== 'RollingUpdate' && type !== '') return { strategy: 'invalid' };
  const bounds = recordOf(strategy.rollingUpdate);
  const fenceposts = resolveFenceposts(bounds.maxSurge, bounds.maxUnavailable, replicas);
  return fenceposts ? { strategy: 'RollingUpdate', replicas, ...fenceposts } : { strategy: 'invalid' };
}

/**
 * A rolling update that starts a new pod and removes no old pod until it is ready (surge > 0,
 * unavailable 0): old and new pods need the volume together, and nothing gives way. With
 * unavailable ≥ 1 the old pod is deleted in the same sync, so an overlap only lasts its shutdown.
 */
export const keepsOldPodsUntilNewReady = (rollout: DeploymentRollout) =>
  rollout.strategy === 'RollingUpdate' && rollout.surge > 0 && rollout.unavailable === 0;

/**
 * Active pods of a Job: `parallelism` (default 1), capped by `completions` when that is set
 * (the controller never runs more pods than completions remain).
 */
export function jobPodsAtOnce(jobSpec: unknown): number | undefined {
  const spec = recordOf(jobSpec);
  const parallelism = spec.parallelism ?? 1;
  if (!isCount(parallelism)) return undefined;
  const completions = spec.completions;
  if (completions === undefined || completions === null) return parallelism;
  return isCount(completions) ? Math.min(parallelism, completions) : undefined;
}

/** CronJob concurrencyPolicy: `Allow` (the default) lets a new run start while the last one still runs. */
export function cronJobMayOverlap(cronJobSpec: unknown): boolean {
  const policy = recordOf(cronJobSpec).concurrencyPolicy;
  return policy === undefined || policy === null || policy === '' || policy === 'Allow';
}

const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/**
 * A DaemonSet runs one pod per eligible node; only a template pinned to one node by name
 * (nodeSelector on the hostname label, or nodeName) is known to run a single pod.
 */
export function daemonSetPodsAtOnce(podSpec: unknown): number {
  const spec = recordOf(podSpec);
  const pinned =
    (typeof spec.nodeName === 'string' && spec.nodeName !== '') || typeof recordOf(spec.nodeSelector)[HOSTNAME_LABEL] === 'string';
  return pinned ? 1 : 2;
}

export interface ReplicaRange {
  min: number;
  max: number;
}

/** HPA bounds: `minReplicas` defaults to 1; `maxReplicas` is required (undefined when unusable). */
export function autoscalerRange(hpaSpec: unknown): ReplicaRange | undefined {
  const spec = recordOf(hpaSpec);
  const min = spec.minReplicas ?? 1;
  const max = spec.maxReplicas;
  if (!isCount(min) || !isCount(max)) return undefined;
  return { min, max: Math.max(min, max) };
}

export type ConcurrencyCause = 'replicas' | 'parallelism' | 'daemonset' | 'hpa-min' | 'hpa-max' | 'cronjob-overlap';

export interface Concurrency {
  /** Pods that run at the same time once the workload is up (no rollout in progress). */
  count: number;
  /** Why `count` is what it is; undefined when the workload runs one pod. */
  cause?: ConcurrencyCause;
  /** More pods that run at once under likely conditions (autoscaling up, overlapping runs). */
  possible?: { count: number; cause: ConcurrencyCause };
}

export type ConcurrencyKind =
  'Pod' | 'Deployment' | 'ReplicaSet' | 'ReplicationController' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';

/**
 * Pods of one workload that use its pod template's volumes at the same time (§9 of the semantics
 * reference), given the raw object and the range of an autoscaler targeting it, if any.
 */
export function podsAtOnce(kind: ConcurrencyKind, object: unknown, autoscaler?: ReplicaRange): Concurrency | undefined {
  const spec = recordOf(recordOf(object).spec);
  switch (kind) {
    case 'Pod':
      return { count: 1 };
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'StatefulSet': {
      const replicas = spec.replicas ?? 1;
      if (!isCount(replicas)) return undefined;
      return withAutoscaler(replicas, autoscaler);
    }
    case 'DaemonSet': {
      const count = daemonSetPodsAtOnce(recordOf(spec.template).spec);
      return count > 1 ? { count, cause: 'daemonset' } : { count };
    }
    case 'Job': {
      const count = jobPodsAtOnce(spec);
      if (count === undefined) return undefined;
      return count > 1 ? { count, cause: 'parallelism' } : { count };
    }
    case 'CronJob': {
      const count = jobPodsAtOnce(recordOf(spec.jobTemplate).spec);
      if (count === undefined) return undefined;
      if (count > 1) return { count, cause: 'parallelism' };
      return cronJobMayOverlap(spec) && count === 1 ? { count, possible: { count: 2, cause: 'cronjob-overlap' } } : { count };
    }
  }
}

/**
 * An HPA owns `replicas` once it targets the workload and keeps it within [min, max]; the written
 * value no longer counts, except 0, which switches autoscaling off (horizontal.go).
 */
function withAutoscaler(replicas: number, autoscaler: ReplicaRange | undefined): Concurrency {
  if (!autoscaler || replicas === 0) return replicas > 1 ? { count: replicas, cause: 'replicas' } : { count: replicas };
  if (autoscaler.min > 1) return { count: autoscaler.min, cause: 'hpa-min' };
  return autoscaler.max > 1 ? { count: 1, possible: { count: autoscaler.max, cause: 'hpa-max' } } : { count: 1 };
}
