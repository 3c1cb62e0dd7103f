import type { Resource } from '../load/resource.js';
import type { JsonPath } from '../types.js';

/** JSON has no octal literals: a mode there can only be written in decimal. */
export const isJsonFile = (resource: Resource) => /\.json$/i.test(resource.source.file);

/** ['projected', 'sources', 0, 'configMap'] → `projected.sources[0].configMap`. */
export const fieldLabel = (path: JsonPath) =>
  path.reduce<string>(
    (label, segment) => (typeof segment === 'number' ? `${label}[${segment}]` : label ? `${label}.${segment}` : segment),
    '',
  );
