import type { LoadStats } from '../load/load.js';
import type { Model } from '../model/model.js';
import type { Finding } from '../types.js';

/**
 * What a report shows: the findings, what was loaded, and the model behind the graph and the
 * bindings table. The engine's LintResult has this shape; reports name it themselves so that they
 * depend on the data, not on the engine that produced it.
 */
export interface ReportInput {
  findings: Finding[];
  stats: LoadStats;
  model: Model;
  /** Findings `--quiet` left out, by severity, for the summary to say what it hid. */
  hidden?: HiddenFindings;
}

export interface HiddenFindings {
  warning: number;
  info: number;
}
