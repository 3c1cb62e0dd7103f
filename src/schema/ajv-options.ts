import type { Options } from 'ajv';

/**
 * One set of options for the build-time standalone validators and the run-time CRD validators, so
 * both report errors the same way. `allErrors`: every typo of an object at once; `messages: false`:
 * the findings are phrased from the error params, which also keeps the generated code small.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  messages: false,
  inlineRefs: false,
};

/** `apps/v1/Deployment` → `apps_v1_Deployment`: a kind's export in the standalone module. */
export const exportName = (gvk: string) => gvk.replace(/[^A-Za-z0-9]/g, '_');

/** The schemas of every built-in kind share one definitions schema of this id. */
export const DEFINITIONS_ID = 'k8s';
