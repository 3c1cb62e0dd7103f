import type { FileProblem } from './load/load.js';
import type { RelatedReport, Resource } from './load/resource.js';
import type { Model } from './model/model.js';
import type { JsonPath, Severity } from './types.js';

export const CATEGORIES = [
  'yaml',
  'binding',
  'restore',
  'storageclass',
  'multi-attach',
  'statefulset',
  'topology',
  'pod-volumes',
  'validity',
  'deprecation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Multi-document YAML, or `{ 'pvc.yaml': …, 'pv.yaml': … }` when the example spans files. */
export type Example = string | Readonly<Record<string, string>>;

/**
 * A check of another tool that finds the same mistake, so users coming from that tool can map it.
 * Kubernetes itself counts where the API server rejects or warns about the mistake on apply.
 */
export interface RuleSource {
  /** The tool as its users know it: `kube-score`, `KubeLinter`, `Monokle`, `Kubernetes API server`, … */
  tool: string;
  /**
   * The tool's own id for the check, verbatim; for a tool without ids, the flag, command or upstream
   * function that performs it, with the message it prints where that is what users search for.
   */
  check: string;
  /** Where the check is documented or implemented. */
  url?: string;
}

export interface RuleDocs {
  /** One line: what the rule finds. Feeds tables, so no trailing period. */
  summary: string;
  /** What breaks in a real cluster. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** Bad examples carry `# expect: <rule-id>/<messageId>@<column>` markers; both are run by the test suite. */
  examples: { bad: Example; good: Example };
  /** Upstream Kubernetes source or docs the rule mirrors. */
  references: readonly string[];
  /** The peer checks this rule corresponds to; `[]` when no peer checks this. */
  sources: readonly RuleSource[];
  /** When a team would reasonably turn the rule off, in full sentences. */
  whenNotToUse: string;
}

/** `'Claim {claim} …'` → `'claim'`: the data keys a message template needs, checked by tsc. */
export type Placeholders<S extends string> = S extends `${string}{${infer Key}}${infer Rest}` ? Key | Placeholders<Rest> : never;
export type MessageData<S extends string> = [Placeholders<S>] extends [never]
  ? Record<string, never>
  : Record<Placeholders<S>, string | number>;

/** Defined next to Resource so that model analyses can build one without reaching up to the rule API. */
export type { RelatedReport };

export type ResourceReport<M extends Record<string, string>> = {
  [K in keyof M & string]: {
    messageId: K;
    data: MessageData<M[K]>;
    resource: Resource;
    path: JsonPath;
    related?: readonly RelatedReport[];
    /** A one-line hint for this finding, when the rule can be concrete. */
    fix?: string;
    /** For rules whose severity depends on the case (e.g. RWO warning, RWOP error). */
    severity?: Severity;
  };
}[keyof M & string];

export type FileReport<M extends Record<string, string>> = {
  [K in keyof M & string]: { messageId: K; data: MessageData<M[K]>; problem: FileProblem; severity?: Severity };
}[keyof M & string];

export interface RuleContext<M extends Record<string, string>> {
  readonly model: Model;
  /** The scalar at `path` as written in the file, e.g. `0644` or `yes`; undefined if not a scalar. */
  scalarSource(resource: Resource, path: JsonPath): string | undefined;
  /** The comment ending the line of the value at `path`, without `#`; read only when asked (a parse of the document). */
  trailingComment(resource: Resource, path: JsonPath): string | undefined;
  report(report: ResourceReport<M>): void;
  reportFile(report: FileReport<M>): void;
}

export interface Rule<M extends Record<string, string> = Record<string, string>> {
  id: string;
  severity: Severity;
  category: Category;
  status: 'stable' | 'preview';
  since: string;
  recommended: boolean;
  /**
   * A generic rule (schema validation) gives way to a specific one: where a specific rule reports
   * the same line, the generic finding is dropped, so one mistake is one finding with the better message.
   */
  generic?: boolean;
  docs: RuleDocs;
  messages: M;
  check(context: RuleContext<M>): void;
}

/**
 * A rule of any message set, as the registry and the engine hold it. `check` is contravariant in M,
 * so a `Rule<{ missing: string }>` is not a `Rule<Record<string, string>>`; the engine only passes a
 * context built from the rule's own messages, which makes `any` sound here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Identity at runtime; at compile time it ties every report's data to its message template. */
export function defineRule<const M extends Record<string, string>>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export const docsUrl = (id: string) => `https://github.com/kstorelint/kstorelint/blob/main/docs/rules.md#${id}`;
