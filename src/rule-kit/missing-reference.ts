/**
 * The one flow of every "the object this names is missing" rule: resolve the reference, say nothing
 * when it is found or assumed, and otherwise report on the referring field with the rule's wording
 * and the places `related` points at.
 */
import type { NearMiss, Reference, ReferenceTarget } from '../model/references.js';
import type { MessageData, RelatedReport, RuleContext } from '../rule.js';

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
  otherNamespace?(elsewhere: OtherNamespace): Phrase<M>;
  otherKind?(mixUp: OtherKind): Phrase<M>;
}

/** Related locations of targets; objects every cluster has are nowhere in the files and are left out. */
export const relatedOf = (targets: readonly ReferenceTarget[]): RelatedReport[] =>
  targets.flatMap((target) => (target.resource ? [{ resource: target.resource, path: target.path, message: target.label }] : []));

export const namespacesPhrase = (namespaces: readonly string[]) =>
  `${namespaces.length === 1 ? 'namespace' : 'namespaces'} '${namespaces.join("', '")}'`;

/** Reports the reference unless the model finds it (or the configuration assumes it). */
export function reportMissingReference<M extends Record<string, string>>(
  context: RuleContext<M>,
  reference: Reference,
  wording: MissingReferenceWording<M>,
): void {
  const resolution = context.model.resolveReference(reference);
  let phrase: Phrase<M>;
  let related: readonly RelatedReport[] = [];
  switch (resolution.outcome) {
    case 'found':
    case 'assumed':
      return;
    case 'other-kind': {
      const { kind, targets } = resolution;
      phrase = wording.otherKind ? wording.otherKind({ kind, targets }) : wording.notFound({});
      related = relatedOf(targets);
      break;
    }
    case 'other-namespace': {
      const { namespaces, targets } = resolution;
      phrase = wording.otherNamespace
        ? wording.otherNamespace({ namespaces, where: namespacesPhrase(namespaces), targets })
        : wording.notFound({});
      related = relatedOf(targets);
      break;
    }
    case 'near-miss': {
      const [nearest] = resolution.candidates;
      phrase = wording.notFound({ nearest, didYouMean: `did you mean '${nearest.name}'?` });
      break;
    }
    case 'not-in-view':
      phrase = wording.notFound({});
      break;
  }
  context.report({ ...phrase, related: phrase.related ?? related, resource: reference.from.resource, path: reference.from.path });
}
