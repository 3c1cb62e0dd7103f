import { yamlAmbiguity, type Ambiguity } from '../../src/k8s/yaml-versions.js';
import { describe, type Resource } from '../../src/load/resource.js';
import { isJsonFile } from '../../src/model/pod-files.js';
import { getIn } from '../../src/util/get-in.js';
import { isObject } from '../../src/util/shape.js';
import { defineRule, type RuleContext } from '../../src/rule.js';
import { pathText } from '../../src/schema/describe.js';
import type { JsonPath, Severity } from '../../src/types.js';

/** File modes are octal on purpose; file-mode-decimal-literal and file-mode-out-of-range cover them. */
const MODE_KEYS = new Set(['defaultMode', 'mode']);

const messages = {
  boolean:
    "{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as the boolean {yaml11} and YAML 1.2 tools as the string '{written}'{outcome}",
  octal:
    "{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as octal, i.e. {yaml11}, and YAML 1.2 tools as {yaml12}{outcome}",
  number: "{object}: '{path}' is written {written}, which YAML reads as the number {yaml11}, not the string '{written}'{outcome}",
} as const;

type Context = RuleContext<typeof messages>;
const REJECTED = '; the API server rejects it because the field is a string';

const pathKey = (path: JsonPath) => path.join('\u0000');

/** Scalars that may not be what they look like: YAML booleans and numbers. */
function* candidates(value: unknown, path: JsonPath): Generator<JsonPath> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* candidates(value[i], [...path, i]);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) yield* candidates(child, [...path, key]);
  } else if (typeof value === 'boolean' || typeof value === 'number') {
    yield path;
  }
}

/** What to write in place of the value: `key: value`, or `- value` for a list item. */
const entry = (path: JsonPath, value: string) => (typeof path.at(-1) === 'number' ? `- ${value}` : `${String(path.at(-1))}: ${value}`);

/** A list whose other items are strings (`enum: [S, N, B]`) wants a string here too. */
function listOfStrings(resource: Resource, path: JsonPath): boolean {
  if (typeof path.at(-1) !== 'number') return false;
  const list = getIn(resource.object, path.slice(0, -1));
  return Array.isArray(list) && list.some((item, i) => i !== path.at(-1) && typeof item === 'string');
}

function report(context: Context, resource: Resource, path: JsonPath, written: string, ambiguity: Ambiguity, stringField: boolean) {
  const key = String(path.at(-1));
  const base = { object: describe(resource), path: pathText(path), written };
  const severity: Severity = stringField ? 'error' : 'warning';
  const outcome = stringField ? REJECTED : '';
  const quoted = entry(path, `"${written}"`);
  switch (ambiguity.kind) {
    case 'boolean':
      context.report({
        messageId: 'boolean',
        data: { ...base, yaml11: String(ambiguity.yaml11), outcome },
        resource,
        path,
        severity,
        fix: stringField || listOfStrings(resource, path) ? quoted : entry(path, String(ambiguity.yaml11)),
      });
      return;
    case 'octal':
      if (MODE_KEYS.has(key)) return;
      context.report({
        messageId: 'octal',
        data: { ...base, yaml11: ambiguity.yaml11, yaml12: ambiguity.yaml12, outcome },
        resource,
        path,
        severity,
        fix: stringField
          ? quoted
          : `${entry(path, String(ambiguity.yaml11))} (or ${entry(path, String(ambiguity.yaml12))} if that was meant)`,
      });
      return;
    case 'leading-zero':
    case 'float':
      // In a number field 1.10 and 1.1, or 08 and 8, are the same value.
      if (stringField)
        context.report({
          messageId: 'number',
          data: { ...base, yaml11: ambiguity.yaml11, outcome },
          resource,
          path,
          severity,
          fix: quoted,
        });
  }
}

export default defineRule({
  id: 'yaml-version-ambiguity',
  severity: 'warning',
  category: 'yaml',
  status: 'stable',
  since: '0.1.0',
  recommended: true,
  docs: {
    summary: 'A plain YAML value that kubectl (YAML 1.1) and YAML 1.2 tools read differently, or that is not the string it looks like',
    why: 'kubectl decodes manifests with YAML 1.1 rules, most other tools in a pipeline (yq, linters, the `yaml` npm package, kustomize for booleans) with YAML 1.2. Unquoted `yes`, `no`, `on`, `off`, `y` and `n` are booleans for kubectl and strings for YAML 1.2; `0755` is octal 493 for kubectl and 755 for YAML 1.2; and `08` and `1.10` are the numbers 8 and 1.1 for both. Where the field is a string (env values, labels, annotations, ConfigMap data, image tags) kubectl sends a boolean or number and the API server rejects the object (`cannot unmarshal bool into Go struct field … of type string`): error. Elsewhere the object works with kubectl but means something else to the other tools: warning. File modes (`defaultMode: 0644`) are octal on purpose and left to the file-mode rules; JSON files are not checked.',
    fix: 'Quote values meant as strings (`value: "yes"`, `version: "1.10"`), write booleans as `true`/`false`, and write octal numbers as `0o755` (the same for YAML 1.1 and 1.2) or in decimal.',
    examples: {
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags
  labels:
    release: 1.10 # expect: yaml-version-ambiguity/number@14
data:
  ENABLE_CACHE: yes # expect: yaml-version-ambiguity/boolean@17
`,
      good: `apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags
  labels:
    release: "1.10"
data:
  ENABLE_CACHE: "yes"
`,
    },
    references: [
      'https://yaml.org/type/bool.html (YAML 1.1 booleans)',
      'https://yaml.org/spec/1.2.2/#1032-tag-resolution (YAML 1.2 core schema)',
      'https://github.com/kubernetes-sigs/yaml (go-yaml v2 resolution used by kubectl)',
      'https://kubernetes.io/docs/concepts/configuration/configmap/',
    ],
    sources: [
      { tool: 'yamllint', check: 'truthy', url: 'https://yamllint.readthedocs.io/en/stable/rules.html#module-yamllint.rules.truthy' },
    ],
    whenNotToUse:
      'Turn it off when kubectl is the only reader of the manifests and the values are right as kubectl reads them: the warnings are about YAML 1.2 tools elsewhere in the pipeline, while the errors (kubectl sends a boolean where a string belongs) stay real.',
  },
  messages,
  check(context) {
    const { model } = context;
    const stringFields = new Map<Resource, Set<string>>();
    for (const problem of model.schemaCheck.problems) {
      if (problem.kind !== 'type' || !problem.expected.includes('string')) continue;
      const set = stringFields.get(problem.resource) ?? new Set<string>();
      set.add(pathKey(problem.path));
      stringFields.set(problem.resource, set);
    }
    for (const resource of model.resources) {
      if (isJsonFile(resource)) continue;
      for (const path of candidates(resource.object, [])) {
        const written = context.scalarSource(resource, path);
        const ambiguity = written === undefined ? undefined : yamlAmbiguity(written);
        if (!written || !ambiguity) continue;
        report(context, resource, path, written, ambiguity, stringFields.get(resource)?.has(pathKey(path)) ?? false);
      }
    }
  },
});
