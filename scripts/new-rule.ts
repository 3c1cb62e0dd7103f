/**
 * `npm run new-rule -- <category>/<id>`: writes rules/<category>/<id>.ts and fixtures/rules/<id>/ from a
 * template that already runs end to end (its bad example reports, its good example does not), then
 * regenerates rules/index.ts, docs/rules.md and the README table with `npm run gen`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../src/rule.js';
import { RENAMED_RULES } from '../src/rule-aliases.js';

/**
 * Every text the template leaves for the author ends with this note; the docs test fails while one
 * is left, so a scaffold cannot be committed as a finished rule.
 */
export const SCAFFOLD_NOTE = '(written by npm run new-rule)';

/** The template reports objects carrying this annotation, so its examples and fixtures run before the real check exists. */
export const SCAFFOLD_ANNOTATION = 'kstorelint.io/scaffold';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface NewRule {
  category: Category;
  id: string;
}

/** `<category>/<id>` → the rule to create, or the reason it cannot be created. */
export function parseTarget(argument: string | undefined, root: string): NewRule | { error: string } {
  const match = argument?.match(/^([^/]+)\/([^/]+)$/);
  if (!match) return { error: 'usage: npm run new-rule -- <category>/<rule-id>' };
  const [, category, id] = match;
  if (!(CATEGORIES as readonly string[]).includes(category))
    return { error: `unknown category '${category}'; one of: ${CATEGORIES.join(', ')}` };
  if (!ID_PATTERN.test(id)) return { error: `rule id '${id}' must be kebab-case: lower-case letters and digits joined by '-'` };
  const existing = existingRuleFile(root, id);
  if (existing) return { error: `rule '${id}' already exists: ${existing}` };
  if (id in RENAMED_RULES) return { error: `'${id}' is the old id of '${RENAMED_RULES[id]}' and stays reserved for it` };
  if (existsSync(path.join(root, 'fixtures', 'rules', id))) return { error: `fixtures/rules/${id}/ already exists` };
  return { category: category as Category, id };
}

function existingRuleFile(root: string, id: string): string | undefined {
  const rulesDir = path.join(root, 'rules');
  for (const entry of readdirSync(rulesDir, { withFileTypes: true })) {
    const file = path.join('rules', entry.name, `${id}.ts`);
    if (entry.isDirectory() && existsSync(path.join(root, file))) return file;
  }
  return undefined;
}

/** A claim that passes every other rule, so only the scaffold annotation makes the difference. */
const claim = (name: string, annotation: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}${annotation}
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;

/** The marker of the scaffold finding: it points at the annotation's value. */
const scaffoldMarker = (id: string) => ` # expect: ${id}/scaffold@${'    '.length + SCAFFOLD_ANNOTATION.length + ': '.length + 1}`;

const scaffolded = (id: string, marker: string) => `\n  annotations:\n    ${SCAFFOLD_ANNOTATION}: ${id}${marker}`;

export function ruleSource({ category, id }: NewRule, version: string): string {
  return `import { describe } from '../../src/load/resource.js';
import { defineRule } from '../../src/rule.js';
import { objectOf } from '../../src/util/shape.js';

// Replace the annotation test below with the real check; ask src/k8s/ or src/model/ the Kubernetes question.
const SCAFFOLD_ANNOTATION = '${SCAFFOLD_ANNOTATION}';

export default defineRule({
  id: '${id}',
  severity: 'warning',
  category: '${category}',
  status: 'preview',
  since: '${version}',
  recommended: false,
  docs: {
    summary: 'Say in one line what ${id} finds ${SCAFFOLD_NOTE}',
    why: 'Say what breaks in a real cluster when this mistake reaches it, with the error or event users see ${SCAFFOLD_NOTE}.',
    fix: 'Say what to change in the manifest ${SCAFFOLD_NOTE}.',
    examples: {
      bad: \`${claim('data', scaffolded(id, scaffoldMarker(id)))}\`,
      good: \`${claim('data', '')}\`,
    },
    references: ['https://kubernetes.io/docs/concepts/storage/persistent-volumes/'],
    sources: [],
    whenNotToUse: 'Say when a team would turn this rule off ${SCAFFOLD_NOTE}.',
  },
  messages: {
    scaffold: '{object} carries the {annotation} annotation',
  },
  check(context) {
    for (const resource of context.model.resources) {
      const annotations = objectOf(objectOf(resource.object.metadata).annotations);
      if (annotations[SCAFFOLD_ANNOTATION] !== '${id}') continue;
      context.report({
        messageId: 'scaffold',
        data: { object: describe(resource), annotation: SCAFFOLD_ANNOTATION },
        resource,
        path: ['metadata', 'annotations', SCAFFOLD_ANNOTATION],
        fix: \`remove the \${SCAFFOLD_ANNOTATION} annotation\`,
      });
    }
  },
});
`;
}

export const invalidFixture = (id: string) =>
  `# Each document is a case ${id} must report, on the line of its marker.\n${claim('scaffold-invalid', scaffolded(id, scaffoldMarker(id)))}`;

export const validFixture = (id: string) => `# Each document is a case ${id} must leave alone.\n${claim('scaffold-valid', '')}`;

/** Writes the rule and its fixtures; returns the files written, relative to root. */
export function writeRule(root: string, rule: NewRule, version: string): string[] {
  const files: [string, string][] = [
    [path.join('rules', rule.category, `${rule.id}.ts`), ruleSource(rule, version)],
    [path.join('fixtures', 'rules', rule.id, 'invalid-cases.yaml'), invalidFixture(rule.id)],
    [path.join('fixtures', 'rules', rule.id, 'valid-cases.yaml'), validFixture(rule.id)],
  ];
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text, { flag: 'wx' });
  }
  return files.map(([file]) => file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const target = parseTarget(process.argv[2], root);
  if ('error' in target || process.argv.length > 3) {
    console.error('error' in target ? target.error : 'usage: npm run new-rule -- <category>/<rule-id>');
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const written = writeRule(root, target, version);
  // A fresh process: the docs generator imports rules/index.ts, which the index generator rewrites first.
  execFileSync('npm', ['run', '--silent', 'gen'], { cwd: root, stdio: 'inherit' });
  console.log(
    [
      ...written.map((file) => `wrote ${file}`),
      'regenerated rules/index.ts, docs/rules.md and the README rule table',
      '',
      `Next: write the check, the docs (every text ending in '${SCAFFOLD_NOTE}', plus sources and`,
      'whenNotToUse) and real bad/good examples; replace the fixtures with cases from real manifests;',
      `then run npm run gen and npx vitest run test/rule-docs.test.ts test/fixtures.test.ts.`,
    ].join('\n'),
  );
}
