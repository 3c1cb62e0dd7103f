import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { asAccessModes, ACCESS_MODE_SHORT, type AccessMode } from '../k8s/access-modes.js';
import { claimRefOf, claimRequest } from '../k8s/pv-match.js';
import { describeQuantity } from '../k8s/quantity.js';
import { bindingModeOf, isDefaultClass, selectorBlocksProvisioning, volumeClass } from '../k8s/storage-class.js';
import { allowedTopologyZones, formatZones, podZones, volumeZones } from '../k8s/zones.js';
import { reportedPosition } from '../load/locate.js';
import type { Resource } from '../load/resource.js';
import { volumeSourceOf } from '../k8s/volume-source.js';
import type { Binding } from '../model/binding.js';
import type { Claim } from '../model/claims.js';
import { claimNameReference, configObjectReference } from '../model/judged-references.js';
import type { Resolution } from '../model/references.js';
import { getIn } from '../util/get-in.js';
import { configReferences, type ConfigReference } from '../model/config-references.js';
import type { Model } from '../model/model.js';
import { isObject, nonEmptyString, objectOf } from '../util/shape.js';
import { serviceNameOf } from '../model/statefulset.js';
import type { Workload } from '../model/workloads.js';
import type { Finding, JsonPath } from '../types.js';

/**
 * The storage picture of one cluster view as a graph: workloads → claims → PersistentVolumes →
 * StorageClasses, StatefulSets → governing Services, workloads → ConfigMap/Secret volumes. A
 * reference whose target is not in the view ends at a `missing` node; an edge a finding reports on
 * is `broken` and carries the finding's rule id, so the picture shows where the chain breaks.
 */
export type NodeKind =
  'Workload' | 'PersistentVolumeClaim' | 'PersistentVolume' | 'StorageClass' | 'Service' | 'ConfigMap' | 'Secret' | 'More';

export type NodeState = 'ok' | 'missing' | 'assumed' | 'pending';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The workload's own kind (Deployment, StatefulSet, …); otherwise the node kind. */
  type: string;
  name: string;
  namespace?: string;
  /** Short facts shown under the name: size, modes, class, provisioner, binding result. */
  details: string[];
  zones?: string[];
  state: NodeState;
  /** For missing nodes: the rule whose finding reports the broken reference. */
  ruleId?: string;
}

export type EdgeKind = 'mounts' | 'claims' | 'binds' | 'provisions' | 'class' | 'closest' | 'reserves' | 'governs' | 'config';

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
  /** A tentative relation (the closest PV of a pending claim): drawn dashed. */
  tentative?: boolean;
  broken?: { ruleId: string; message: string };
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A region of a file: a finding on one of its lines is about the edge that has the span. */
interface Span {
  file: string;
  from: number;
  to: number;
}

/** Which rules report a break of which edge. */
const EDGE_RULES: Record<EdgeKind, readonly string[]> = {
  mounts: [
    'claim-not-found',
    'rwo-multiple-pods',
    'rwo-rolling-update',
    'rwo-claim-shared-by-workloads',
    'zone-conflict',
    'wffc-pod-nodename',
  ],
  claims: ['ephemeral-claim-conflict', 'sts-claim-precreated-mismatch'],
  binds: [
    'pvc-volumename-not-found',
    'pvc-volumename-mismatch',
    'pvc-volumename-reserved-elsewhere',
    'pv-claimref-unsatisfiable',
    'restore-bind-completed',
  ],
  provisions: ['zone-conflict-allowed-topologies', 'pvc-selector-blocks-provisioning', 'wffc-pod-nodename'],
  class: ['pvc-storageclass-not-found', 'pvc-no-class-no-default'],
  closest: ['pvc-unbindable', 'pv-contended', 'pvc-default-class-hides-pv', 'pvc-no-class-no-default'],
  reserves: ['pv-claimref-claim-not-found', 'pv-claimref-unsatisfiable', 'pv-claimref-no-namespace', 'restore-claimref-uid'],
  governs: ['sts-service-not-found', 'sts-service-not-headless', 'sts-service-selects-nothing'],
  config: ['configmap-or-secret-not-found', 'config-key-not-found'],
};

/** Kinds with spec.replicas; a Job's or DaemonSet's pod count is not a replica count. */
const REPLICATED: readonly string[] = ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet'];

/** More ordinals of one template than this are folded into one node, so big StatefulSets stay readable. */
const SHOWN_ORDINALS = 3;

export const nodeId = (kind: string, namespace: string | undefined, name: string) => `${kind}/${namespace ? `${namespace}/` : ''}${name}`;
const missingId = (kind: string, namespace: string | undefined, name: string) => `missing:${nodeId(kind, namespace, name)}`;

/** A claim handed to its class for provisioning that the provisioner refuses (pvc-selector-blocks-provisioning). */
const refused = (binding: Binding, claim: Claim) => binding.kind === 'dynamic' && selectorBlocksProvisioning(claim.object);

const modesText = (value: unknown) =>
  asAccessModes(value)
    .map((m) => ACCESS_MODE_SHORT[m as AccessMode] ?? m)
    .join(',');

function claimFacts(object: PersistentVolumeClaim, model: Model): string[] {
  const spec = objectOf(object.spec);
  const request = claimRequest(object);
  const { declared, effective } = model.claimClass(object);
  const classText =
    declared === undefined ? (effective ? `class ${effective} (default)` : 'no class') : declared === '' ? 'class ""' : `class ${declared}`;
  return [
    [request ? describeQuantity(request).split(' ')[0] : '', modesText(spec.accessModes)].filter(Boolean).join(' '),
    classText,
  ].filter(Boolean);
}

class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges: GraphEdge[] = [];
  private readonly findings: Finding[];
  /** Findings the user silenced: the target they name is taken to exist, as with `assume:`. */
  private readonly silenced: Finding[];
  private readonly shownClaims = new Set<Claim>();
  /** Workloads whose volumes all live in the pod spec (emptyDir, hostPath, inline disks). */
  private readonly inlineOnly = new Set<string>();

  constructor(
    private readonly model: Model,
    findings: readonly Finding[],
  ) {
    this.findings = findings.filter((finding) => !finding.suppressed);
    this.silenced = findings.filter((finding) => finding.suppressed);
  }

  build(): Graph {
    for (const workload of this.model.workloads) this.addWorkload(workload);
    for (const claim of this.model.claims) {
      // Claims of folded ordinals stay out; written claims always show, even when nothing mounts them.
      // A further written copy of a claim (examples that reuse a name) shares its node and the
      // binder's answer; only its own class reference can break apart from the first copy's.
      if (!this.model.isFirstCopy(claim)) {
        if (claim.origin === 'object')
          this.templateClass(nodeId('PersistentVolumeClaim', claim.namespace, claim.name), claim.object, [claimSpan(claim)], true);
        continue;
      }
      if (claim.origin === 'object' || this.shownClaims.has(claim)) this.addClaimBinding(claim);
    }
    for (const volume of this.model.persistentVolumes) this.addVolume(volume);
    for (const storageClass of this.model.storageClasses) this.addStorageClass(storageClass);
    const seen = new Set<string>();
    const edges = this.edges.filter((edge) => {
      const key = [edge.from, edge.to, edge.kind, edge.label ?? ''].join('\u0000');
      return !seen.has(key) && !!seen.add(key);
    });
    // A workload without volumes has nothing to do with storage: leave it out of the picture.
    const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    const nodes = [...this.nodes.values()].filter(
      (node) => node.kind !== 'Workload' || this.inlineOnly.has(node.id) || linked.has(node.id),
    );
    return { nodes, edges };
  }

  private node(node: Omit<GraphNode, 'id' | 'state' | 'details'> & Partial<Pick<GraphNode, 'id' | 'state' | 'details'>>): string {
    const id = node.id ?? nodeId(node.kind === 'Workload' ? node.type : node.kind, node.namespace, node.name);
    const existing = this.nodes.get(id);
    // Two objects of one name (a base and an overlay) are one object in the cluster: one node with the facts of both.
    if (existing) existing.details.push(...(node.details ?? []).filter((line) => !existing.details.includes(line)));
    else this.nodes.set(id, { details: [], state: 'ok', ...node, id });
    return id;
  }

  /** A reference target that is not in the view: assumed by the configuration, or missing and reported. */
  /** A reference whose target the view lacks: assumed, or missing with the finding that reports it. */
  private absent(
    kind: NodeKind,
    namespace: string | undefined,
    name: string,
    edge: Omit<GraphEdge, 'to'>,
    spans: Span[],
    resolution?: Resolution,
  ): void {
    const broken = this.brokenBy(edge.kind, spans);
    const assumed =
      (resolution ? resolution.outcome === 'assumed' : this.model.isAssumed(kind, name, namespace)) ||
      (!broken && this.brokenBy(edge.kind, spans, this.silenced) !== undefined);
    const id = this.node({
      id: missingId(kind, namespace, name),
      kind,
      type: kind,
      name,
      namespace,
      state: assumed ? 'assumed' : 'missing',
      details: [assumed ? 'assumed in the cluster' : broken ? `missing: ${broken.ruleId}` : 'not in the view'],
      ...(broken && !assumed ? { ruleId: broken.ruleId } : {}),
    });
    this.edges.push({ ...edge, to: id, ...(broken && !assumed ? { broken } : {}) });
  }

  private edge(edge: GraphEdge, spans: Span[]): void {
    const broken = this.brokenBy(edge.kind, spans);
    this.edges.push(broken ? { ...edge, broken } : edge);
  }

  private brokenBy(kind: EdgeKind, spans: Span[], among: readonly Finding[] = this.findings): GraphEdge['broken'] {
    const rules = EDGE_RULES[kind];
    const finding = among.find(
      (f) => rules.includes(f.ruleId) && spans.some((s) => s.file === f.file && f.line >= s.from && f.line <= s.to),
    );
    return finding ? { ruleId: finding.ruleId, message: finding.message } : undefined;
  }

  private addWorkload(workload: Workload): void {
    const zones = podZones(workload.spec);
    const inline = inlineVolumes(workload);
    const from = this.node({
      kind: 'Workload',
      type: workload.kind,
      name: workload.name,
      namespace: workload.namespace,
      details: [
        ...(REPLICATED.includes(workload.kind) ? [`${workload.replicas} replica${workload.replicas === 1 ? '' : 's'}`] : []),
        ...inline,
      ],
      ...(zones ? { zones: [...zones.values].sort() } : {}),
    });
    if (inline.length > 0) this.inlineOnly.add(from);
    for (const use of this.model.volumeClaims(workload)) {
      // Template claims are drawn per ordinal with the StatefulSet; a volume they replace names no claim.
      if (use.naming === 'template' || use.replacedByTemplate) continue;
      const spans = [span(workload.resource, use.volumePath)];
      if (use.naming === 'claimName') {
        const reference = claimNameReference(use);
        const claim = use.claims[0]?.claim;
        const edge = { from, kind: 'mounts' as const, label: use.volumeName };
        if (claim) this.edge({ ...edge, to: this.claimNode(claim) }, spans);
        else if (reference)
          this.absent('PersistentVolumeClaim', workload.namespace, use.name, edge, spans, this.model.resolveReference(reference));
        continue;
      }
      if (!isObject(getIn(workload.resource.object, use.path)) || !use.volumeName) continue;
      if (use.claims.length > 0) {
        for (const { claim } of use.claims) {
          this.shownClaims.add(claim);
          this.edge({ from, to: this.claimNode(claim), kind: 'claims', label: `${use.volumeName} (ephemeral)` }, spans);
        }
      } else {
        // Pods named by a controller get claims named after them: one node stands for all of them.
        const object = use.template!;
        const id = this.node({
          id: `ephemeral:${nodeId(workload.kind, workload.namespace, workload.name)}/${use.volumeName}`,
          kind: 'PersistentVolumeClaim',
          type: 'PersistentVolumeClaim',
          name: `<pod>-${use.volumeName}`,
          namespace: workload.namespace,
          details: ['ephemeral, one per pod', ...claimFacts(object, this.model)],
        });
        this.edge({ from, to: id, kind: 'claims', label: `${use.volumeName} (ephemeral)` }, spans);
        this.templateClass(id, object, spans);
      }
    }
    if (workload.kind === 'StatefulSet') this.addStatefulSet(workload, from);
    for (const reference of configReferences(workload)) this.addConfig(from, reference);
  }

  private addStatefulSet(workload: Workload, from: string): void {
    for (const use of this.model.volumeClaims(workload)) {
      if (use.naming !== 'template' || use.claims.length === 0) continue;
      const generated = use.claims;
      const shown = generated.length > SHOWN_ORDINALS + 1 ? generated.slice(0, SHOWN_ORDINALS) : generated;
      const spans = [span(workload.resource, use.volumePath)];
      for (const { claim, ordinal } of shown) {
        this.shownClaims.add(claim);
        this.edge({ from, to: this.claimNode(claim), kind: 'claims', label: `ordinal ${ordinal}` }, spans);
      }
      if (shown.length < generated.length) {
        const rest = generated.slice(shown.length);
        const [first, last] = [rest[0], rest[rest.length - 1]];
        const id = this.node({
          id: `more:${nodeId('StatefulSet', workload.namespace, workload.name)}/${first.claim.name}`,
          kind: 'More',
          type: 'More',
          name: `${first.claim.name} … ${last.claim.name}`,
          namespace: workload.namespace,
          details: [`${rest.length} more claims of this template`],
        });
        this.edges.push({ from, to: id, kind: 'claims', label: `ordinals ${first.ordinal}–${last.ordinal}` });
      }
    }
    const serviceName = serviceNameOf(workload);
    const service = this.model.governingService(workload);
    const spans = [span(workload.resource, []), ...(service ? [span(service, [])] : [])];
    const edge = { from, kind: 'governs' as const, label: 'serviceName' };
    if (service) {
      const headless = objectOf(service.object.spec).clusterIP === 'None';
      const to = this.node({
        kind: 'Service',
        type: 'Service',
        name: service.name,
        namespace: workload.namespace,
        details: [headless ? 'headless' : 'not headless'],
      });
      this.edge({ ...edge, to }, spans);
    } else if (serviceName) {
      this.absent('Service', workload.namespace, serviceName, edge, spans);
    }
  }

  private addConfig(from: string, reference: ConfigReference): void {
    const { kind, name, workload } = reference;
    const judged = configObjectReference(reference);
    const resolution = judged ? this.model.resolveReference(judged) : undefined;
    const found = resolution?.outcome === 'found' || (!judged && this.model.find(kind, name, workload.namespace));
    // Env references are drawn only when broken: every container's variables would bury the picture.
    if ((reference.source === 'env' || reference.source === 'envFrom') && (found || !resolution)) return;
    const spans = [span(workload.resource, reference.path)];
    const edge = {
      from,
      kind: 'config' as const,
      label: reference.description.replace(/^\w+ volume |^Volume |^CSI volume /, '').replace(/'/g, ''),
    };
    if (found) this.edge({ ...edge, to: this.node({ kind, type: kind, name, namespace: workload.namespace }) }, spans);
    else if (resolution) this.absent(kind, workload.namespace, name, edge, spans, resolution);
  }

  private claimNode(claim: Claim): string {
    const binding = this.model.binding(claim);
    const origin = claim.origin === 'statefulset' ? ['StatefulSet claim'] : claim.origin === 'ephemeral' ? ['ephemeral claim'] : [];
    return this.node({
      kind: 'PersistentVolumeClaim',
      type: 'PersistentVolumeClaim',
      name: claim.name,
      namespace: claim.namespace,
      details: [...origin, ...claimFacts(claim.object, this.model)],
      state: binding.kind === 'pending' || binding.kind === 'prebind-failed' || refused(binding, claim) ? 'pending' : 'ok',
    });
  }

  private addClaimBinding(claim: Claim): void {
    const from = this.claimNode(claim);
    const spans = [claimSpan(claim)];
    const binding = this.model.binding(claim);
    switch (binding.kind) {
      case 'bound':
        this.edge(
          { from, to: this.volumeNode(binding.volume), kind: 'binds', label: binding.via === 'match' ? 'binds' : `binds (${binding.via})` },
          spans,
        );
        return;
      case 'dynamic':
        this.edge(
          {
            from,
            to: this.classNode(binding.classResource),
            kind: 'provisions',
            label: refused(binding, claim)
              ? 'provisioning refused (selector)'
              : binding.delayed
                ? 'provisions on first consumer'
                : 'provisions',
          },
          spans,
        );
        return;
      case 'prebind-failed':
        if (binding.volume) this.edge({ from, to: this.volumeNode(binding.volume), kind: 'binds', label: 'volumeName' }, spans);
        else this.absent('PersistentVolume', undefined, binding.volumeName, { from, kind: 'binds', label: 'volumeName' }, spans);
        return;
      case 'pending': {
        const storageClass = binding.storageClass ? this.model.storageClass(binding.storageClass) : undefined;
        // A class that exists nowhere is the break; the closest PV would only distract from it.
        if (!storageClass && binding.storageClass && this.brokenBy('class', spans)) {
          this.absent('StorageClass', undefined, binding.storageClass, { from, kind: 'class', label: 'class' }, spans);
        } else if (binding.closest) {
          this.edge(
            {
              from,
              to: this.volumeNode(binding.closest),
              kind: 'closest',
              label: `closest, fails ${binding.failure?.kind ?? 'match'}`,
              tentative: true,
            },
            spans,
          );
        } else if (storageClass) {
          this.edge({ from, to: this.classNode(storageClass), kind: 'class', label: 'static only' }, spans);
        }
        return;
      }
      case 'unresolved':
        return;
    }
  }

  /** The class an ephemeral template (with no claim of its own in the model) or a further copy of a claim is provisioned from; for a copy, only a broken class. */
  private templateClass(from: string, object: PersistentVolumeClaim, spans: Span[], onlyBroken = false): void {
    const claimClass = this.model.claimClass(object);
    const storageClass = this.model.storageClassFor(claimClass);
    if (storageClass && !onlyBroken) this.edge({ from, to: this.classNode(storageClass), kind: 'provisions', label: 'provisions' }, spans);
    else if (claimClass.effective && this.brokenBy('class', spans))
      this.absent('StorageClass', undefined, claimClass.effective, { from, kind: 'class', label: 'class' }, spans);
  }

  private volumeNode(volume: Resource): string {
    const pv = volume.object as unknown as PersistentVolume;
    const spec = objectOf(pv.spec);
    const capacity = objectOf(spec.capacity).storage;
    const zones = volumeZones(pv);
    return this.node({
      kind: 'PersistentVolume',
      type: 'PersistentVolume',
      name: volume.name,
      details: [
        [typeof capacity === 'string' || typeof capacity === 'number' ? String(capacity) : '', modesText(spec.accessModes)]
          .filter(Boolean)
          .join(' '),
        volumeClass(pv) ? `class ${volumeClass(pv)}` : 'no class',
      ].filter(Boolean),
      ...(zones ? { zones: formatZones(zones).split(', ') } : {}),
    });
  }

  private addVolume(volume: Resource): void {
    const from = this.volumeNode(volume);
    const pv = volume.object as unknown as PersistentVolume;
    const className = volumeClass(pv);
    const storageClass = className ? this.model.storageClass(className) : undefined;
    if (storageClass) this.edges.push({ from, to: this.classNode(storageClass), kind: 'class', label: 'class' });
    const reserved = claimRefOf(pv);
    if (!reserved) return;
    const claim = this.model.claim(reserved.namespace, reserved.name);
    const spans = [span(volume, [])];
    if (claim) {
      const binding = this.model.binding(claim);
      // A reservation the claim honours is already drawn as its binding.
      if (!(binding.kind === 'bound' && binding.volume === volume)) {
        // An exported claimRef uid reserves the volume for a claim that no longer exists: it goes Released.
        const label = reserved.uid !== undefined ? 'claimRef (uid of an earlier claim)' : 'claimRef';
        this.edge({ from, to: this.claimNode(claim), kind: 'reserves', label, tentative: true }, spans);
      }
    } else {
      this.absent(
        'PersistentVolumeClaim',
        reserved.namespace || undefined,
        reserved.name,
        { from, kind: 'reserves', label: 'claimRef' },
        spans,
      );
    }
  }

  private classNode(storageClass: Resource): string {
    const sc = storageClass.object as unknown as StorageClass;
    const zones = allowedTopologyZones(sc);
    return this.node({
      kind: 'StorageClass',
      type: 'StorageClass',
      name: storageClass.name,
      details: [nonEmptyString(sc.provisioner) ?? 'no provisioner', bindingModeOf(sc) + (isDefaultClass(sc) ? ', default' : '')],
      ...(zones ? { zones: formatZones(zones).split(', ') } : {}),
    });
  }

  private addStorageClass(storageClass: Resource): void {
    this.classNode(storageClass);
  }
}

/** Sources drawn as their own nodes; every other volume is listed inside its workload. */
const DRAWN_SOURCES: readonly string[] = ['persistentVolumeClaim', 'ephemeral', 'configMap', 'secret', 'projected'];
const INLINE_SHOWN = 4;

/** `data: hostPath /srv`, `cache: emptyDir`: the volumes that live in the pod spec itself. */
function inlineVolumes(workload: Workload): string[] {
  const lines = workload.volumes.flatMap(({ volume }) => {
    const raw = volume as unknown as Record<string, unknown>;
    const source = volumeSourceOf(raw);
    if (DRAWN_SOURCES.includes(source)) return [];
    const where = nonEmptyString(objectOf(raw.hostPath).path) ?? nonEmptyString(objectOf(raw.nfs).server);
    return [`${typeof raw.name === 'string' ? raw.name : '?'}: ${source}${where ? ` ${where}` : ''}`];
  });
  return lines.length > INLINE_SHOWN + 1 ? [...lines.slice(0, INLINE_SHOWN), `+${lines.length - INLINE_SHOWN} more volumes`] : lines;
}

/** The lines a finding on this path is reported at: findings and edges meet in the files users see. */
function span(resource: Resource, path: JsonPath): Span {
  const at = reportedPosition(resource.source, path);
  return { file: at.file, from: at.line, to: at.endLine };
}

/** A written claim spans its document; a template claim its template entry (or ephemeral volume). */
function claimSpan(claim: Claim): Span {
  const path = claim.origin === 'ephemeral' ? claim.path.slice(0, -2) : claim.path;
  return span(claim.resource, path);
}

export function buildGraph(model: Model, findings: readonly Finding[]): Graph {
  return new GraphBuilder(model, findings).build();
}
