import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{existsSync,readFileSync}from"node:fs";function packageVersion(){for(let dir=new URL(".",import.meta.url);;dir=new URL("..",dir)){let file=new URL("package.json",dir);if(existsSync(file))return JSON.parse(readFileSync(file,"utf8")).version;if(dir.pathname==="/")throw new Error(`no package.json above ${import.meta.url}`)}}var versionCommand=async(_args,io)=>(io.stdout.write(`${packageVersion()}
`),0);export{packageVersion,versionCommand};
