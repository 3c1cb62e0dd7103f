import type { Container, PodSpec, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1.js';
import { getIn } from '../util/get-in.js';
import { indexedObjectsOf, isObject } from '../util/shape.js';
import { asLabels, type Labels } from '../k8s/labels.js';
import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';

export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** The pod template of any workload kind, seen the same way. */
export interface Workload {
  resource: Resource;
  kind: WorkloadKind;
  namespace: string;
  name: string;
  /** Path from the resource root to the PodSpec. */
  specPath: JsonPath;
  spec: PodSpec;
  /** Labels its pods get (template labels, or the Pod's own). */
  podLabels: Labels;
  /** Declared replicas (Deployment, ReplicaSet, RC, StatefulSet); 1 when not set. */
  replicas: number;
  /** `spec.volumes`, only the well-formed entries, each with its index. */
  volumes: readonly IndexedVolume[];
  /** Init, regular and ephemeral containers, each with its path from the resource root. */
  containers: readonly ContainerView[];
}

export interface IndexedVolume {
  volume: Volume;
  index: number;
  path: JsonPath;
}

export interface ContainerView {
  container: Container;
  path: JsonPath;
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Path from the resource root to the pod template (the Pod itself for a Pod). */
export const TEMPLATE_PATH: Record<WorkloadKind, JsonPath> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

export function workloadOf(resource: Resource): Workload | undefined {
  if (!isWorkloadKind(resource.kind)) return undefined;
  const templatePath = TEMPLATE_PATH[resource.kind];
  const template = getIn(resource.object, templatePath) as PodTemplateSpec | undefined;
  if (!isObject(template)) return undefined;
  const spec: unknown = template.spec;
  if (!isObject(spec)) return undefined;
  const declaredReplicas = getIn(resource.object, ['spec', 'replicas']);
  const specPath = [...templatePath, 'spec'];
  const volumes = indexedObjectsOf<Volume>(spec.volumes).map(([volume, index]) => ({
    volume,
    index,
    path: [...specPath, 'volumes', index],
  }));
  const containers = CONTAINER_LISTS.flatMap((list) =>
    indexedObjectsOf<Container>(spec[list]).map(([container, index]) => ({ container, path: [...specPath, list, index] })),
  );
  return {
    resource,
    kind: resource.kind,
    namespace: resource.namespace ?? 'default',
    name: resource.name,
    specPath,
    spec: spec as unknown as PodSpec,
    podLabels: asLabels(getIn(template, ['metadata', 'labels'])),
    replicas: typeof declaredReplicas === 'number' ? declaredReplicas : 1,
    volumes,
    containers,
  };
}

/** `Deployment shop/web`: how findings name a workload. */
export const describeWorkload = (workload: Pick<Workload, 'kind' | 'namespace' | 'name'>) =>
  `${workload.kind} ${workload.namespace}/${workload.name}`;
