#!/usr/bin/env node
// The switchboard command: compiled JavaScript (npm ci runs `npm run compile`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
