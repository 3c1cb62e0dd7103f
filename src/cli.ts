#!/usr/bin/env node
import { runAndExit } from './cli-main.js';

runAndExit(process.argv.slice(2));
