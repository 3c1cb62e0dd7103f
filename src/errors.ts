/** The user asked for something the CLI cannot do (bad flag, missing path): exit code 2, no stack. */
export class UsageError extends Error {}

/** The configuration file is unreadable or invalid: exit code 2, each problem with its line. */
export class ConfigError extends Error {}
