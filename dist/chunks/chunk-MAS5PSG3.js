import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
var UsageError=class extends Error{},ConfigError=class extends Error{};export{UsageError,ConfigError};
