#!/usr/bin/env node
import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{runAndExit}from"./chunks/chunk-VQABCGLB.js";import"./chunks/chunk-MAS5PSG3.js";import"./chunks/chunk-W5DOQR3K.js";runAndExit(process.argv.slice(2));
