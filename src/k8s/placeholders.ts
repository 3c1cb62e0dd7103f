/**
 * Values a person or tool substitutes before applying: Helm/Go actions (`{{ .Values.x }}`),
 * envsubst variables (`${SIZE}`, `$APP_INSTANCE_NAME`), documentation placeholders
 * (`<mongodb-name>`). Validity rules skip them: the rendered value, not the template, is applied.
 */
const TEMPLATE = /\{\{|\$\{[A-Za-z_]|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z][-A-Za-z0-9_ .]*>/;

export const isPlaceholderText = (text: string) => TEMPLATE.test(text);

/** `FILESTORE_CAPACITY`, `SIZE`: an all-caps name where a number belongs is a sed-style placeholder. */
export const isPlaceholderName = (text: string) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/.test(text.trim());
