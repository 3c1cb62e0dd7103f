/**
 * The one flow of every "the object this names is missing" rule: resolve the reference, say nothing
 * when it is found or assumed, and otherwise report on the referring field with the rule's wording
 * and the places `related` points at.
 */
import path from 'node:path';
import { declaredNamespace, describe, isClusterScoped, type Resource } from '../load/resource.js';
import type { NearMiss, Reference, ReferenceTarget } from '../model/references.js';
import type { MessageData, RelatedReport, RuleContext } from '../rule.js';
import type { Severity } from '../types.js';
import { asFillIn, fillInComment } from './fill-in.js';

/** One finding's wording: a message of the rule with its data, and when the rule can be concrete a fix and related locations. */
export type Phrase<M extends Record<string, string>> = {
  [K in keyof M & string]: { messageId: K; data: MessageData<M[K]>; fix?: string; related?: readonly RelatedReport[] };
}[keyof M & string];

export interface NotFound {
  /** The closest name in scope, when one is close enough to be a typo. */
  nearest?: NearMiss;
  /** `did you mean 'x'?` for `nearest`. */
  didYouMean?: string;
}

export interface OtherNamespace {
  namespaces: readonly string[];
  /** `namespace 'a'` or `namespaces 'a', 'b'`. */
  where: string;
  targets: readonly ReferenceTarget[];
}

export interface OtherKind {
  kind: string;
  targets: readonly ReferenceTarget[];
}

/**
 * A rule's wording per outcome. An outcome the rule has no wording for is reported with
 * `notFound`'s, pointing at what was found instead. `related` defaults to the objects found
 * instead (none for not-found).
 */
export interface MissingReferenceWording<M extends Record<string, string>> {
  notFound(miss: NotFound): Phrase<M>;
  /**
   * For a target that is nowhere in the files and that the cluster may well hold: how to tell
   * kstorelint it exists. Defaults to the `assume:` entry for it.
   */
  declareHint?: string;
  /**
   * Set when the name is one that clusters commonly provide (a platform's built-in StorageClass):
   * a target not in the view is then only a hint, saying how to declare the platform.
   */
  providedByClusters?: string;
  otherNamespace?(elsewhere: OtherNamespace): Phrase<M>;
  otherKind?(mixUp: OtherKind): Phrase<M>;
  /**
   * The highest severity the finding may have, for a reference whose absence nothing in the files
   * would notice (a governing Service whose per-pod DNS names nobody uses): the wording then says
   * what would break.
   */
  atMost?: Severity;
}

/** Related locations of targets; objects every cluster has are nowhere in the files and are left out. */
export const relatedOf = (targets: readonly ReferenceTarget[]): RelatedReport[] =>
  targets.flatMap((target) => (target.resource ? [{ resource: target.resource, path: target.path, message: target.label }] : []));

export const namespacesPhrase = (namespaces: readonly string[]) =>
  `${namespaces.length === 1 ? 'namespace' : 'namespaces'} '${namespaces.join("', '")}'`;

const kindOf = (reference: Reference) => (typeof reference.kind === 'string' ? reference.kind : reference.kind[0]);

/** `assume: [Secret/shop/db-credentials]`: the configuration entry that declares the target exists. */
export function assumeHint(reference: Reference): string {
  const kind = kindOf(reference);
  const id =
    isClusterScoped(kind) || reference.namespace === undefined
      ? `${kind}/${reference.name}`
      : `${kind}/${reference.namespace}/${reference.name}`;
  return `if it exists in the cluster, declare it in .kstorelint.yaml (assume: [${id}]) or pass its manifest with --cluster`;
}

/**
 * Kinds whose objects a folder's other objects of the kind say nothing about: Secrets by design
 * often live outside the repository, and PersistentVolumes are made by administrators and
 * provisioners (a folder with one hand-made local PV does not hold every PV its claims bind).
 */
const OFTEN_OUTSIDE_THE_FILES = new Set(['Secret', 'PersistentVolume']);

/**
 * Whether the files evidently declare this kind of object for the referrer: its own folder defines
 * others of the kind (in its namespace), so one missing there is more likely a slip than an object
 * of the cluster.
 */
function definedNearby(model: RuleContext<Record<string, string>>['model'], reference: Reference): boolean {
  const kind = kindOf(reference);
  if (OFTEN_OUTSIDE_THE_FILES.has(kind)) return false;
  const folder = path.dirname(reference.from.resource.source.file);
  return model
    .ofKind(kind)
    .some(
      (resource: Resource) =>
        path.dirname(resource.source.file) === folder && (reference.namespace === undefined || resource.namespace === reference.namespace),
    );
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * How to declare a target the cluster may hold. Also used when what was found instead is written in an
 * unrelated part of the repository (another example, another chapter): it hints at a slip but proves
 * none, so the finding depends on the cluster like an absent target (a warning).
 */
const withDeclareHint = <M extends Record<string, string>>(
  phrase: Phrase<M>,
  reference: Reference,
  wording: MissingReferenceWording<M>,
) => ({
  ...phrase,
  fix: phrase.fix ?? wording.declareHint ?? assumeHint(reference),
});

const KUSTOMIZE_NAMESPACE_HINT =
  'a kustomize patch takes the namespace of the object it patches; lint the rendered kustomization (kubectl on PATH) to check the reference';

/** A kustomize patch that names no namespace: which namespace it lands in is decided by its kustomization. */
const isUnplacedPatch = (model: RuleContext<Record<string, string>>['model'], resource: Resource) =>
  model.isFragment(resource) === 'kustomize-patch' && declaredNamespace(resource) === undefined;

/**
 * Reports the reference unless the model finds it (or the configuration assumes it). The severity
 * follows the evidence: a near miss, the name as another kind or in another namespace, or a folder
 * that declares its other objects of the kind make it an error; a target that is simply not in the
 * files is a warning that says how to declare it; a custom resource named like it is a hint. A name
 * its line's comment marks as a fill-in (`# change to your claim`) is a hint too, and the wording's
 * `atMost` caps the rest.
 */
export function reportMissingReference<M extends Record<string, string>>(
  context: RuleContext<M>,
  reference: Reference,
  wording: MissingReferenceWording<M>,
): void {
  const resolution = context.model.resolveReference(reference);
  let phrase: Phrase<M>;
  let related: readonly RelatedReport[] = [];
  let severity: Severity = 'error';
  switch (resolution.outcome) {
    case 'found':
    case 'assumed':
      return;
    case 'other-kind': {
      const { kind, targets } = resolution;
      phrase = wording.otherKind ? wording.otherKind({ kind, targets }) : wording.notFound({});
      related = relatedOf(targets);
      if (!resolution.related) [severity, phrase] = ['warning', withDeclareHint(phrase, reference, wording)];
      break;
    }
    case 'other-namespace': {
      const { namespaces, targets } = resolution;
      phrase = wording.otherNamespace
        ? wording.otherNamespace({ namespaces, where: namespacesPhrase(namespaces), targets })
        : wording.notFound({});
      related = relatedOf(targets);
      if (isUnplacedPatch(context.model, reference.from.resource)) {
        severity = 'info';
        phrase = { ...phrase, fix: KUSTOMIZE_NAMESPACE_HINT };
      } else if (!resolution.related) [severity, phrase] = ['warning', withDeclareHint(phrase, reference, wording)];
      break;
    }
    case 'near-miss': {
      const [nearest] = resolution.candidates;
      phrase = wording.notFound({ nearest, didYouMean: `did you mean '${nearest.name}'?` });
      if (!nearest.related) [severity, phrase] = ['warning', withDeclareHint(phrase, reference, wording)];
      break;
    }
    case 'broken-definition': {
      // The syntax finding on that document is the error; this reference only follows from it.
      const { file, line } = resolution.definition;
      phrase = { ...wording.notFound({}), fix: `defined in a document that does not parse (${file}:${line}); fix that document` };
      severity = 'info';
      break;
    }
    case 'probable-producer': {
      const { producer } = resolution;
      const base = wording.notFound({});
      phrase = { ...base, fix: `probably created by ${describe(producer)}; ${wording.declareHint ?? assumeHint(reference)}` };
      related = [{ resource: producer, path: ['metadata', 'name'], message: `${describe(producer)} may create it` }];
      severity = 'info';
      break;
    }
    case 'not-in-view': {
      phrase = wording.notFound({});
      if (wording.providedByClusters) {
        severity = 'info';
        phrase = { ...phrase, fix: wording.providedByClusters };
      } else if (!definedNearby(context.model, reference)) {
        severity = 'warning';
        phrase = withDeclareHint(phrase, reference, wording);
      }
      break;
    }
  }
  if (wording.atMost && RANK[severity] > RANK[wording.atMost]) severity = wording.atMost;
  const report = {
    ...phrase,
    related: phrase.related ?? related,
    resource: reference.from.resource,
    path: reference.from.path,
    severity,
  };
  const fillIn = fillInComment(context, reference.from.resource, reference.from.path);
  context.report(fillIn === undefined ? report : asFillIn(report, fillIn));
}
