// Runs batch jobs: in this thread for a few tenders or `--jobs 1`, otherwise on a pool of worker
// threads (one per core by default). Results are handed to `onResult` as they come, so the
// main thread writes each appendix while the workers make the next ones.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fmt } from '../i18n.js';
import { runJob, type Job, type JobResult, type JobShared } from './job.js';
import { TENDER } from './messages.js';
import type { BatchWorkerInit } from './worker.js';

/** Below this many tenders, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 4;
/** Jobs queued per worker, so a worker never waits for the main thread between two appendices. */
const IN_FLIGHT = 2;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;

/**
 * The worker script beside this module: dist/batch/worker.js in the built CLI. Under vitest this
 * module is TypeScript in src/ and there is no worker.js beside it: jobs then run in this thread
 * (the pool itself is tested through the built CLI).
 */
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Whether a worker pool can run here (false under a TypeScript test runner). */
export function poolAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** How many threads to use: 0 means this thread. `jobs` is `--jobs`, default every core. */
export function threadsFor(count: number, jobs: number | undefined): number {
  const wanted = jobs ?? availableParallelism();
  if (wanted <= 1 || count < POOL_THRESHOLD || !poolAvailable()) return 0;
  return Math.min(wanted, count);
}

/** Runs every job; `onResult` is awaited before the run counts as finished. */
export async function runJobs(
  jobs: readonly Job[],
  shared: JobShared,
  threads: number,
  onResult: (result: JobResult) => Promise<void>,
): Promise<void> {
  if (jobs.length === 0) return;
  if (threads <= 0) {
    // One at a time, but the write of one appendix overlaps the making of the next.
    const pending: Promise<void>[] = [];
    for (const job of jobs) pending.push(onResult(await runJob(job, shared)));
    await Promise.all(pending);
    return;
  }
  await runPool(jobs, shared, threads, onResult);
}

function runPool(jobs: readonly Job[], shared: JobShared, size: number, onResult: (r: JobResult) => Promise<void>): Promise<void> {
  // Each worker gets only what the jobs use, once, at start-up.
  const used = { catalogues: new Set(jobs.map((j) => j.catalogue)), templates: new Set(jobs.flatMap((j) => (j.template ? [j.template] : []))) };
  const init: BatchWorkerInit = {
    catalogues: [...shared.catalogues].filter(([k]) => used.catalogues.has(k)),
    templates: [...shared.templates].filter(([k]) => used.templates.has(k)),
  };
  const pending: Promise<void>[] = [];
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (result: JobResult) => {
      pending.push(onResult(result));
      if (++done === jobs.length) void Promise.all(pending).then(() => resolve());
    };
    const start = () => {
      const worker = new Worker(WORKER_FILE, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const held = new Set<number>();
      const feed = () => {
        while (held.size < IN_FLIGHT && next < jobs.length) {
          const job = jobs[next++]!;
          held.add(job.index);
          worker.postMessage(job);
        }
        if (held.size === 0) void worker.terminate();
      };
      worker.on('message', (result: JobResult) => {
        held.delete(result.index);
        finish(result);
        feed();
      });
      worker.on('error', (e: Error) => {
        // A thread that dies (out of memory on a hostile template) fails only the jobs it held.
        for (const index of held) {
          const job = jobs.find((j) => j.index === index)!;
          finish({ index, ok: false, error: fmt(job.lang, TENDER.crashed, { message: e.message }) });
        }
        held.clear();
        if (next < jobs.length) start();
      });
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}
