// Worker-thread entry for parallel emission: TypeScript sources load through tsx's hook,
// registered here because loader hooks do not cross into worker threads.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { emitProviderFiles } = await import('./emit/provider-files.ts');
const outputs = [];
for (const provider of workerData.providers) outputs.push(...emitProviderFiles(provider));
parentPort.postMessage(outputs);
