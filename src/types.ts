export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const severityRank = (s: Severity): number => (s === 'error' ? 3 : s === 'warning' ? 2 : 1);

/** A path inside an object, e.g. ['spec', 'volumes', 0, 'name']. */
export type JsonPath = readonly (string | number)[];

export interface SourcePosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ResourceId {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Finding extends SourcePosition {
  ruleId: string;
  /** The key of the rule's message template this finding was rendered from; tests match on it. */
  messageId: string;
  severity: Severity;
  message: string;
  file: string;
  resource?: ResourceId;
  related: RelatedLocation[];
  fix?: string;
  /** Stable across unrelated edits: rule, object identity and path in the object (not the line). */
  fingerprint: string;
  /** Present when a directive or annotation silenced the finding; it then counts for nothing. */
  suppressed?: { kind: 'comment' | 'annotation' | 'baseline'; justification?: string };
}
