/**
 * Environment variable names and ConfigMap/Secret keys, as apimachinery
 * pkg/util/validation/validation.go checks them (`IsEnvVarName`, `IsRelaxedEnvVarName`,
 * `IsConfigMapKey`) and `ValidateConfigMap`/`ValidateSecret` bound them.
 */

const STRICT_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

/** Max key length (`IsConfigMapKey` uses the DNS subdomain limit). */
export const MAX_CONFIG_KEY_LENGTH = 253;
/** Max total size of a ConfigMap's or Secret's data (`MaxSecretSize`, `validateConfigMapSize`). */
export const MAX_CONFIG_DATA_BYTES = 1024 * 1024;

/** `.`, `..` and names starting with `..` would escape the directory a volume projects into. */
const dotProblem = (value: string): string | undefined => {
  if (value === '.') return "must not be '.'";
  if (value === '..') return "must not be '..'";
  if (value.startsWith('..')) return "must not start with '..'";
  return undefined;
};

/** Why `name` fails the strict rule (`IsEnvVarName`), or undefined when it passes. */
export function strictEnvNameProblem(name: string): string | undefined {
  if (!STRICT_ENV_NAME.test(name)) {
    return "must consist of letters, digits, '_', '-' or '.', and must not start with a digit";
  }
  return dotProblem(name);
}

/** Why `name` fails the relaxed rule (`IsRelaxedEnvVarName`): printable ASCII except '='. */
export function relaxedEnvNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty';
  if (name.includes('=')) return "must not contain '='";
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 32 || code > 126) return `must consist of printable ASCII characters (not ${JSON.stringify(char)})`;
  }
  return undefined;
}

export const envNameProblem = (name: string, relaxed: boolean) => (relaxed ? relaxedEnvNameProblem(name) : strictEnvNameProblem(name));

/** Why `key` is not a valid ConfigMap/Secret data key (`IsConfigMapKey`), or undefined. */
export function configKeyProblem(key: string): string | undefined {
  if (key.length === 0) return 'must not be empty';
  if (key.length > MAX_CONFIG_KEY_LENGTH) return `must be no more than ${MAX_CONFIG_KEY_LENGTH} characters (has ${key.length})`;
  if (!CONFIG_KEY.test(key)) return "must consist of letters, digits, '-', '_' or '.'";
  return dotProblem(key);
}
