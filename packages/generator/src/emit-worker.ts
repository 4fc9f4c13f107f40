// Worker-thread entry for parallel generation: one share of the registry, processed and posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { processFiles } from './process-files.js';

const data = workerData as { files: string[]; root: string; emit: boolean };
parentPort?.postMessage(await processFiles(data.files, data.root, data.emit));
