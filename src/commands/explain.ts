import { rules } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import { formatExplain } from '../report/rules.js';
import { currentRuleId } from '../rule-aliases.js';
import type { Command } from './command.js';

/** `kstorelint explain <rule-id>`: a rule's documentation; a renamed id still finds its rule. */
export const explainCommand: Command = async ({ operands }, io) => {
  const rule = rules.find((r) => r.id === currentRuleId(operands[0] ?? ''));
  if (!rule) throw new UsageError(`unknown rule '${operands[0] ?? ''}'; see 'kstorelint rules'`);
  io.stdout.write(formatExplain(rule));
  return 0;
};
