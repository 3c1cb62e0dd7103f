import type { Layer } from './check.js';

/** Where the layer check looks: all production code. Tests, scripts and benchmarks may import anything. */
export const CHECKED_FILES = ['src/**/*.ts', 'rules/**/*.ts'] as const;

/**
 * The layer table, bottom first: a file may import files of its own layer and of the layers below
 * it, never above. Every checked file must match exactly one entry.
 */
export const LAYERS: readonly Layer[] = [
  // Shapes and helpers that know nothing of Kubernetes or of the pipeline: shape guards and getIn,
  // the Finding and position types, the two user-facing errors, and Finding-level helpers that the
  // engine, reports and commands all need (so that none of them reaches into the engine for them).
  { name: 'foundation', files: ['src/util/**', 'src/types.ts', 'src/errors.ts', 'src/findings.ts'] },
  // Kubernetes semantics as pure functions of plain values (quantities, selectors, the PV binder):
  // they mirror upstream code and know nothing of files, YAML or the model built from them.
  { name: 'k8s', files: ['src/k8s/**'] },
  // The YAML front end: files (plain, Helm output, kustomize) to located resources. Above k8s so that
  // it may ask Kubernetes questions, never the reverse: k8s stays free of files and positions.
  // src/platform-inputs.ts is a source of input files too: a platform's built-in StorageClasses.
  { name: 'load', files: ['src/load/**', 'src/platform-inputs.ts'] },
  // JSON-schema validation of resources against the built-in and CRD schemas: it needs resources
  // and a few Kubernetes facts (strategic-merge directives), not their meaning together.
  { name: 'schema', files: ['src/schema/**'] },
  // What the manifests mean together: workloads, claims, bindings, references, built from resources.
  // The model owns its derived facts, the schema check among them, so it sits above schema.
  { name: 'model', files: ['src/model/**'] },
  // The contract between rules and engine: defineRule, the rule context and report shapes, the
  // table of renamed rule ids, and rule-kit's helpers that phrase and report findings for several
  // rules alike. The rule context hands rules the model, so it sits above the model.
  { name: 'rule API', files: ['src/rule.ts', 'src/rule-aliases.ts', 'src/rule-kit/**'] },
  // The rules and their generated registry: each reads the model (and schema problems) through the
  // rule API, and nothing but the entry points picks the registry up.
  { name: 'rules', files: ['rules/**'] },
  // Running rules over inputs: the engine, suppressions, baselines, configuration and file
  // discovery. The engine takes rules as values, so it does not import the registry.
  { name: 'engine', files: ['src/engine.ts', 'src/suppress.ts', 'src/baseline.ts', 'src/config.ts', 'src/discover.ts'] },
  // The storage graph drawn from the model and the findings; the HTML report embeds it.
  { name: 'graph', files: ['src/graph/**'] },
  // Output formats: findings, load statistics and the model to text. Reports format results; they
  // never produce them, so they do not import the engine.
  { name: 'report', files: ['src/report/**'] },
  // One module per subcommand, all with one signature: each puts loading, engine and reports together.
  { name: 'commands', files: ['src/commands/**'] },
  // Entry points: argument parsing, dispatch, the error-to-exit-code mapping; the bin and the Action.
  { name: 'cli', files: ['src/cli-main.ts', 'src/cli.ts', 'src/action.ts'] },
  // The test harness (fixture markers against findings) may drive any layer; on top, it can be
  // imported by no production file.
  { name: 'testing', files: ['src/testing/**'] },
];
