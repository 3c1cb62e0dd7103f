import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{formatRuleList,rules}from"./chunk-URG3TYOH.js";import"./chunk-4N2ZC3PC.js";import"./chunk-RNIHLFJ6.js";import"./chunk-XZZXEPBR.js";import"./chunk-W5DOQR3K.js";var rulesCommand=async({values},io)=>(io.stdout.write(formatRuleList(rules,values.format==="markdown"?"markdown":"text")),0);export{rulesCommand};
