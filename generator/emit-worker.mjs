// Worker-thread entry for parallel generation: TypeScript sources load through tsx's hook,
// registered here because loader hooks do not cross into worker threads.
import { createRequire, register as registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

createRequire(import.meta.url)('v8-compile-cache'); // see bin/switchboard.mjs
registerHooks('../bin/typescript-hook.mjs', import.meta.url);
register();
const { processFiles } = await import('./process-files.ts');
parentPort.postMessage(await processFiles(workerData.files, workerData.root, workerData.emit));
