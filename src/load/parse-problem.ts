/** A problem with a whole document, found while reading it, before there is any resource to blame. */
export type ParseProblemKind = 'syntax' | 'duplicate-key' | 'alias-bomb' | 'helm-template';

export interface ParseProblem {
  kind: ParseProblemKind;
  code: string;
  message: string;
  offset: number;
  endOffset: number;
}
