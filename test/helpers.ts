import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION, type LintResult } from '../src/engine.js';
import type { Example } from '../src/rule.js';

export const repoRoot = path.resolve(import.meta.dirname, '..');

export function lintTexts(files: Readonly<Record<string, string>>): LintResult {
  const inputs = Object.entries(files).map(([file, text]) => ({ file, text }));
  const result = lint(inputs, { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION, freezeModel: true });
  // A rule that throws would otherwise just look like a rule that found nothing.
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return result;
}

export const exampleFiles = (example: Example): Record<string, string> =>
  typeof example === 'string' ? { 'example.yaml': example } : { ...example };

/**
 * A fixture view: a file is a view of its own; a folder is one view of all the files below it,
 * for cases whose objects live in several files.
 */
export interface FixtureView {
  name: string;
  files: Record<string, string>;
}

export function fixtureViews(dir: string): FixtureView[] {
  const views: FixtureView[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const files: Record<string, string> = {};
      for (const file of readdirSync(full).sort()) {
        if (/\.(ya?ml|json)$/.test(file))
          files[path.relative(repoRoot, path.join(full, file))] = readFileSync(path.join(full, file), 'utf8');
      }
      views.push({ name: path.relative(repoRoot, full), files });
    } else if (/\.(ya?ml|json)$/.test(entry)) {
      const file = path.relative(repoRoot, full);
      views.push({ name: file, files: { [file]: readFileSync(full, 'utf8') } });
    }
  }
  return views;
}
