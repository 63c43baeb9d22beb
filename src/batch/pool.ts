// Runs batch jobs: in this thread for a few tenders or `--jobs 1`, otherwise on a pool of worker
// threads (one per core by default). The pool is started before the catalogues are loaded, so
// the threads boot while the main thread reads packs and templates. Results are handed to
// `onResult` as they come, so the main thread writes each appendix while workers make the next.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fmt } from '../i18n.js';
import { runJob, type Job, type JobResult, type JobShared } from './job.js';
import { TENDER } from './messages.js';
import type { WorkerMessage } from './batch-worker.js';

/**
 * Below this many tenders no thread is started unless `--jobs` asks for them. A worker costs
 * about 300 ms before its first appendix, and where two vCPUs share a core it slows the main
 * thread while it boots. Measured on the 2-vCPU bench machine, `--jobs 1` against `--jobs 2`:
 * 10 tenders 0.29 s against 0.40 s, 60 tenders 0.54 against 0.64, 100 tenders 0.71 against 0.80,
 * 200 tenders 1.15 against 1.13, 500 tenders 2.41 against 1.98. On cores of their own workers
 * pay off sooner; a hundred is the compromise.
 */
export const POOL_THRESHOLD = 100;
/** Jobs queued per worker, so a worker never waits for the main thread between two appendices. */
const IN_FLIGHT = 3;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;

/**
 * The worker script beside this module: dist/batch/batch-worker.js (dist/bundle/batch-worker.js in the
 * CLI). Under vitest this module is TypeScript in src/ and there is no batch-worker.js beside it: jobs
 * then run in this thread (the pool itself is tested through the built CLI).
 */
const WORKER_FILE = fileURLToPath(new URL('./batch-worker.js', import.meta.url));

/** Whether a worker pool can run here (false under a TypeScript test runner). */
export function poolAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** How many threads to use: 0 means this thread. `jobs` is `--jobs`, default every core. */
export function threadsFor(count: number, jobs: number | undefined): number {
  const wanted = jobs ?? availableParallelism();
  if (wanted <= 1 || (jobs === undefined && count < POOL_THRESHOLD) || !poolAvailable()) return 0;
  return Math.min(wanted, count);
}

/** Runs every job in this thread; the write of one appendix overlaps the making of the next. */
export async function runHere(
  jobs: readonly Job[],
  shared: JobShared,
  onResult: (r: JobResult) => Promise<void>,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const job of jobs) {
    pending.push(onResult(await runJob(job, shared)));
    // Let finished writes run their callbacks, so they do not all pile up at the end.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
}

/** A set of worker threads, booting from the moment it is made. */
export class BatchPool {
  private readonly workers: Worker[] = [];

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): Worker {
    return new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  }

  /** Stops every thread (idempotent). */
  close(): void {
    for (const w of this.workers) void w.terminate();
  }

  /** Runs every job; resolves once every `onResult` has settled. Closes the pool at the end. */
  run(jobs: readonly Job[], shared: JobShared, onResult: (r: JobResult) => Promise<void>): Promise<void> {
    if (jobs.length === 0) {
      this.close();
      return Promise.resolve();
    }
    // Each worker gets only what the jobs use, once, before its first job.
    const used = {
      catalogues: new Set(jobs.map((j) => j.catalogue)),
      templates: new Set(jobs.flatMap((j) => (j.template ? [j.template] : []))),
    };
    const init: WorkerMessage = {
      type: 'init',
      catalogues: [...shared.catalogues].filter(([k]) => used.catalogues.has(k)),
      templates: [...shared.templates].filter(([k]) => used.templates.has(k)),
    };
    const byIndex = new Map(jobs.map((j) => [j.index, j]));
    const pending: Promise<void>[] = [];
    let next = 0;
    let done = 0;
    return new Promise((resolve) => {
      const finish = (result: JobResult) => {
        pending.push(onResult(result));
        if (++done === jobs.length) void Promise.all(pending).then(() => resolve());
      };
      const drive = (worker: Worker) => {
        const held = new Set<number>();
        const feed = () => {
          while (held.size < IN_FLIGHT && next < jobs.length) {
            const job = jobs[next++]!;
            held.add(job.index);
            worker.postMessage({ type: 'job', job } satisfies WorkerMessage);
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
          for (const index of held)
            finish({ index, ok: false, error: fmt(byIndex.get(index)!.lang, TENDER.crashed, { message: e.message }) });
          held.clear();
          if (next < jobs.length) {
            const fresh = this.spawn();
            this.workers.push(fresh);
            drive(fresh);
          }
        });
        worker.postMessage(init);
        feed();
      };
      for (const worker of this.workers) drive(worker);
    });
  }
}
