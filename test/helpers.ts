import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { parse } from 'yaml';
import { CONFIG_NAMES, type Config } from '../src/config.js';
import { objectOf } from '../src/util/shape.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION, type LintOptions, type LintResult } from '../src/engine.js';
import type { Example } from '../src/rule.js';

export const repoRoot = path.resolve(import.meta.dirname, '..');

export function lintTexts(files: Readonly<Record<string, string>>, options: Partial<LintOptions> = {}): LintResult {
  const inputs = Object.entries(files).map(([file, text]) => ({ file, text }));
  const result = lint(inputs, { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION, freezeModel: true, ...options });
  // A rule that throws would otherwise just look like a rule that found nothing.
  if (result.internalErrors.length > 0) throw new Error(result.internalErrors.join('\n'));
  return result;
}

export const exampleFiles = (example: Example): Record<string, string> =>
  typeof example === 'string' ? { 'example.yaml': example } : { ...example };

/**
 * A fixture view: a file is a view of its own; a folder is one view of all the files below it
 * (subfolders too, for cases about where objects sit), for cases whose objects live in several
 * files. A folder may hold a `.kstorelint.yaml`, read as the CLI reads it, for cases that need a
 * setting (an older `kubeVersion`, a `defaultStorageClass`).
 */
export interface FixtureView {
  name: string;
  files: Record<string, string>;
  configFile?: string;
}

export function fixtureViews(dir: string): FixtureView[] {
  const views: FixtureView[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const files: Record<string, string> = {};
      let configFile: string | undefined;
      // The whole tree is one view: folder-aware rules need examples in nested folders.
      for (const file of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
        if (CONFIG_NAMES.includes(file)) configFile = path.join(full, file);
        else if (/\.(ya?ml|json)$/.test(file) && statSync(path.join(full, file)).isFile())
          files[path.relative(repoRoot, path.join(full, file))] = readFileSync(path.join(full, file), 'utf8');
      }
      views.push({ name: path.relative(repoRoot, full), files, ...(configFile ? { configFile } : {}) });
    } else if (/\.(ya?ml|json)$/.test(entry)) {
      const file = path.relative(repoRoot, full);
      views.push({ name: file, files: { [file]: readFileSync(full, 'utf8') } });
    }
  }
  return views;
}

const VIEW_SETTINGS = ['kubeVersion', 'namespace', 'defaultStorageClass', 'assume', 'rules'];

/**
 * Lints a fixture view with the settings of its `.kstorelint.yaml`, if it has one. Read here, not
 * with src/config.ts's loadConfig, which finds its JSON schema only from dist/; a key this does not
 * apply fails the test rather than being ignored.
 */
export function lintView(view: FixtureView): LintResult {
  if (!view.configFile) return lintTexts(view.files);
  const config = objectOf(parse(readFileSync(view.configFile, 'utf8')));
  const unsupported = Object.keys(config).filter((key) => !VIEW_SETTINGS.includes(key));
  if (unsupported.length > 0)
    throw new Error(`${view.configFile}: fixtures support ${VIEW_SETTINGS.join(', ')}, not ${unsupported.join(', ')}`);
  const settings = config as Pick<Config, 'kubeVersion' | 'namespace' | 'defaultStorageClass' | 'assume' | 'rules'>;
  return lintTexts(view.files, {
    ...(settings.kubeVersion ? { kubeVersion: settings.kubeVersion } : {}),
    ...(settings.namespace ? { namespace: settings.namespace } : {}),
    defaultStorageClass: settings.defaultStorageClass,
    assume: settings.assume,
    ruleSeverity: settings.rules,
  });
}
