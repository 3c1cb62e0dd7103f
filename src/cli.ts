#!/usr/bin/env node
import module from 'node:module';
import { runAndExit } from './cli-main.js';

// Node.js 22.1 and newer keep V8's compiled code on disk (NODE_COMPILE_CACHE, by default in the
// temporary folder), so that runs after the first skip most of start-up's parsing. The commands
// are imported after this line (cli-main imports them when they run). Older Node.js has no switch.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

runAndExit(process.argv.slice(2));
