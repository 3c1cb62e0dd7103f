import { isObject } from '../util/shape.js';

/**
 * Values a person or tool substitutes before applying: Helm/Go and ERB actions (`{{ .Values.x }}`,
 * `<%= x %>`), envsubst variables (`${SIZE}`, `$APP_INSTANCE_NAME`), documentation placeholders
 * (`<mongodb-name>`, `<ADD LUN ID Here>`) and sed markers (`__MONTH__`). Name, type and value rules
 * skip them: the rendered value, not the template, is what the API server sees.
 */
const TEMPLATE = /\{\{|\}\}|<%|%>|\$\{[A-Za-z_]|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z][^<>]*>|__[A-Za-z0-9]+__/;

export const isPlaceholderText = (text: string) => TEMPLATE.test(text);

/** `FILESTORE_CAPACITY`, `SIZE`, `PORT`: an all-caps name where a number or name belongs is a sed-style placeholder. */
export const isPlaceholderName = (text: string) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/.test(text.trim());

/**
 * A value left for someone to fill in: placeholder text or name, or what an unquoted `{{ X }}`
 * parses to (a map keyed by a map, which the loader has stringified into `[`/`{` keys).
 */
export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value === 'string') return isPlaceholderText(value) || isPlaceholderName(value);
  return isObject(value) && Object.keys(value).length > 0 && Object.keys(value).some((key) => /^[[{]/.test(key));
}

/**
 * A StorageClass name documentation writes for "your class here": the Kubernetes StatefulSet
 * tutorial's `my-storage-class`, `your-storage-class`, `<your-class>`, `$STORAGE_CLASS`. Only class
 * names: `my-pvc` or `my-config` are ordinary example names that other objects of the view define.
 */
export const isPlaceholderClassName = (name: string) =>
  isPlaceholderValue(name) || /(^|[-_.])your([-_.]|$)/i.test(name) || /^my-?storage-?class(-name)?$/i.test(name);

/**
 * A comment that tells the reader to put their own value where it stands, the way examples mark a
 * fill-in: `# change to data target pvc`, `# insert AWS EBS volumeID here`, `# replace with your
 * bucket`, `# use your nfs server`, `# your-claim`, `# TODO`, `# <claim name>`. Advice about a real
 * value (`# Set to true to allow Kueue to control the Job`, `# Update the replicas from 2 to 4`) is
 * none: it neither addresses "your" value nor says what to change it to.
 */
const FILL_IN_COMMENT = [
  /^(todo|fixme|tbd)\b/i,
  /^<[^<>]+>/,
  /^your\b/i,
  /^(change|replace|modify|substitute)\b(\s+(this|it|the \w+))?\s+(to|with)\b/i,
  /^(change|replace|modify|substitute|insert|put|fill( in)?|set|update|enter|specify|edit|use|add)\b.*\b(your|here)\b/i,
];

export const isFillInComment = (comment: string) => {
  const text = comment.trim();
  return FILL_IN_COMMENT.some((pattern) => pattern.test(text));
};
