/** Writes docs/rules.md and the README rule table from rule metadata; a test fails when they are stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { renderRulesMarkdown, withRuleTable } from '../src/report/rule-docs.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, 'docs', 'rules.md'), renderRulesMarkdown(rules));
const readme = path.join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), rules));
