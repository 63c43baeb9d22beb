// A worker thread of the batch pool: receives the catalogues and templates once, then generates
// the appendices the main thread sends it and hands the bytes back without copying.
import { parentPort } from 'node:worker_threads';
import type { Catalogue } from '../types.js';
import { runJob, type Job, type JobShared } from './job.js';

/** What the main thread sends: the shared inputs first (Map entries: plain data), then jobs. */
export type WorkerMessage =
  | { type: 'init'; catalogues: Array<[string, Catalogue]>; templates: Array<[string, Uint8Array]> }
  | { type: 'job'; job: Job };

let shared: JobShared = { catalogues: new Map(), templates: new Map() };

/** The bytes in a buffer of their own (never a view into a pooled Buffer), so it can be transferred. */
function ownBuffer(data: Uint8Array): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer
    ? data
    : new Uint8Array(data);
}

parentPort?.on('message', (msg: WorkerMessage) => {
  if (msg.type === 'init') {
    shared = { catalogues: new Map(msg.catalogues), templates: new Map(msg.templates) };
    return;
  }
  void runJob(msg.job, shared).then((result) => {
    if (!result.ok) return parentPort?.postMessage(result);
    const data = ownBuffer(result.data);
    parentPort?.postMessage({ ...result, data }, [data.buffer as ArrayBuffer]);
  });
});
