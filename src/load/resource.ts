import type { LineCounter } from 'yaml';
import type { JsonPath, ResourceId } from '../types.js';
import type { ParsedDocument } from './parse.js';

export type KubeObject = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata?: Record<string, unknown> & {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
};

/** Where a resource came from: enough to turn a JSON path inside it into a file position. */
export interface ResourceSource {
  file: string;
  /** The whole file's text (shared, not copied). */
  text: string;
  lineCounter: LineCounter;
  document: ParsedDocument;
  /** Path of the object inside its document: [] for a plain document, ['items', i] inside a List. */
  basePath: JsonPath;
  /**
   * `helm template` output names each document's template in a `# Source:` comment; when that
   * template is a file here, findings are reported against it (see load/helm-source.ts).
   */
  renderedFrom?: HelmTemplate;
  /** Kustomize output: the object as written in its source file, where findings are located. */
  origin?: OriginSource;
  /**
   * The kustomization folder whose rendering produced the object, or the `helm template` stream it is
   * in: its objects are applied together,
   * so they resolve against each other before anything else (see model/scope.ts).
   */
  unit?: string;
}

/**
 * Where kustomize took a rendered object from: the object as written (a document of a resource file),
 * and the strategic-merge patches applied to it, so that a field a patch sets is located in the patch.
 */
export interface OriginSource extends ResourceSource {
  /** Patch documents for this object, in the order kustomize applied them. */
  patches: readonly ResourceSource[];
  /**
   * Every position is `basePath` itself: the object is not written anywhere as such (a generator's
   * ConfigMap is located at its generator entry, an object of unknown origin at the kustomization).
   */
  pinned?: boolean;
}

/** The chart template a document of `helm template` output came from, as a file that exists here. */
export interface HelmTemplate {
  /** The template's path as the user sees it. */
  file: string;
  /** Line of the rendered stream where the document's content starts. */
  firstLine: number;
  /** The template's lines, to find the line that writes a rendered field. */
  lines: readonly string[];
}

export interface Resource extends ResourceId {
  object: KubeObject;
  source: ResourceSource;
  /** Stable order key: file, document, item. */
  order: string;
  /** From `--cluster` (live state) or `--context`: used to resolve references, never reported on. */
  contextOnly?: boolean;
}

/** Kinds that have no namespace; everything else is namespaced (custom resources included). */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CSIDriver',
  'CSINode',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CustomResourceDefinition',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
  'VolumeSnapshotClass',
  'VolumeSnapshotContent',
]);

export const isClusterScoped = (kind: string) => CLUSTER_SCOPED.has(kind);

export const isKubeObject = (value: unknown): value is KubeObject =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as Record<string, unknown>).apiVersion === 'string' &&
  typeof (value as Record<string, unknown>).kind === 'string';

export function describe(resource: ResourceId): string {
  return resource.namespace ? `${resource.kind} ${resource.namespace}/${resource.name}` : `${resource.kind} ${resource.name}`;
}

/**
 * The other end of a finding as rules and model analyses name it: a place in a resource and what
 * it shows there. The engine turns it into a file position.
 */
export interface RelatedReport {
  resource: Resource;
  path: JsonPath;
  message: string;
}

/** The namespace the manifest itself writes, or undefined when it leaves it to the apply (`kubectl apply -n`, kustomize). */
export const declaredNamespace = (resource: Pick<Resource, 'object'>): string | undefined => {
  const metadata = resource.object.metadata as { namespace?: unknown } | undefined;
  return typeof metadata?.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
};
