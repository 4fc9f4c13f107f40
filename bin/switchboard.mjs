#!/usr/bin/env node
// The switchboard command. Sources are TypeScript, loaded through tsx's ESM hook.
import { createRequire, register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

// V8's compiled code for CommonJS modules, kept between runs: the generator loads two copies
// of the TypeScript compiler (openapi-typescript's and ts-morph's), a third of its start-up.
createRequire(import.meta.url)('v8-compile-cache');

registerHooks('./typescript-hook.mjs', import.meta.url);
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
