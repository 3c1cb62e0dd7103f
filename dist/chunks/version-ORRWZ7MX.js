import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{packageVersion,versionCommand}from"./chunk-D5KCAAFF.js";import"./chunk-W5DOQR3K.js";export{packageVersion,versionCommand};
