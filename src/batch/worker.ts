// A worker thread of the batch pool: generates the appendices the main thread sends it, with the
// catalogues and templates it was started with, and hands the bytes back without copying.
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogue } from '../types.js';
import { runJob, type Job, type JobResult } from './job.js';

/** What every worker is started with: Map entries, since workerData is structured-cloned. */
export interface BatchWorkerInit {
  catalogues: Array<[string, Catalogue]>;
  templates: Array<[string, Uint8Array]>;
}

const init = workerData as BatchWorkerInit;
const shared = { catalogues: new Map(init.catalogues), templates: new Map(init.templates) };

/** The bytes in a buffer of their own (never a view into a pooled Buffer), so it can be transferred. */
function ownBuffer(data: Uint8Array): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer ? data : new Uint8Array(data);
}

parentPort?.on('message', (job: Job) => {
  void runJob(job, shared).then((result: JobResult) => {
    if (!result.ok) return parentPort?.postMessage(result);
    const data = ownBuffer(result.data);
    parentPort?.postMessage({ ...result, data }, [data.buffer as ArrayBuffer]);
  });
});
