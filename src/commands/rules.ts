import { rules } from '../../rules/index.js';
import { formatRuleList } from '../report/rules.js';
import type { Command } from './command.js';

/** `kstorelint rules`: every rule with its severity, category and summary, as text or a Markdown table. */
export const rulesCommand: Command = async ({ values }, io) => {
  io.stdout.write(formatRuleList(rules, values.format === 'markdown' ? 'markdown' : 'text'));
  return 0;
};
