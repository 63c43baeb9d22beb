// Runs file tasks: in this thread for a few files, in a small worker pool for many.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LanguagePack } from '../quality/index.js';
import type { Lang, Level, Rule } from '../types.js';
import { lintFile, type FileJob, type FileTask } from './lint-file.js';
import type { RulePatterns } from './select.js';
import type { FileResult, ReadLimitsOption } from './types.js';

/** What every worker is started with (structured-cloned, so plain data only). */
export interface WorkerInit {
  rules: readonly Rule[];
  languagePacks: readonly LanguagePack[];
  /** `--rule` / `--exclude` as patterns: a compiled filter is a function and cannot be cloned. */
  patterns: RulePatterns;
  level: Level;
  lang: Lang;
  limits?: ReadLimitsOption;
  debug?: boolean;
}

export interface WorkerReply {
  id: number;
  result: FileResult;
  notices: string[];
}

/**
 * Below this many files the pool is not started: a worker thread costs 150–200 ms of CPU before
 * its first result (a fresh isolate loads every module, compiles the packs and runs cold code),
 * which only pays off over a few dozen files.
 */
export const POOL_THRESHOLD = 24;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;
/**
 * Room for short-lived objects (the tokens and tags of one document): with the default a
 * worker spends about a tenth of its time collecting them.
 */
const WORKER_YOUNG_MB = 96;
/** Tasks a worker holds at once: the next one is there when it finishes, even while this thread is busy linting. */
const PREFETCH = 2;

const WORKER_FILE = fileURLToPath(new URL('./lint-worker.js', import.meta.url));

/**
 * How many worker threads to start for `files` files when the caller did not say. This thread
 * lints as well, so one core's worth of work needs no worker at all.
 */
export function defaultWorkers(files: number): number {
  if (files < POOL_THRESHOLD) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3, Math.floor(files / POOL_THRESHOLD)));
}

export interface RunOutput {
  results: FileResult[];
  notices: string[];
}

/**
 * Lints every task; results come back in task order whatever order the threads finish in.
 * Files are handled one at a time per thread, so memory holds at most one document per thread.
 */
export async function runTasks(tasks: readonly FileTask[], job: FileJob, patterns: RulePatterns, workers: number): Promise<RunOutput> {
  // Under a TypeScript test runner there is no built lint-worker.js: stay in this thread.
  if (workers <= 0 || tasks.length === 0 || !existsSync(WORKER_FILE)) return runHere(tasks, job);
  const init: WorkerInit = {
    rules: job.rules,
    languagePacks: job.languagePacks,
    patterns,
    level: job.level,
    lang: job.lang,
    ...(job.limits ? { limits: job.limits } : {}),
    ...(job.debug !== undefined ? { debug: job.debug } : {}),
  };
  return runPool(tasks, job, init, Math.min(workers, tasks.length - 1));
}

async function runHere(tasks: readonly FileTask[], job: FileJob): Promise<RunOutput> {
  const results: FileResult[] = [];
  const notices: string[] = [];
  for (const task of tasks) {
    const out = await lintFile(task, job);
    results.push(out.result);
    notices.push(...out.notices);
  }
  return { results, notices };
}

/**
 * This thread and `size` workers take tasks from one queue. A worker holds up to
 * {@link PREFETCH} tasks and lints them one after another (see worker.ts), so when one dies
 * (out of memory on a hostile file) the oldest task it held is the one that killed it: that
 * file fails, the others go back in the queue, and a new worker takes over.
 */
async function runPool(tasks: readonly FileTask[], job: FileJob, init: WorkerInit, size: number): Promise<RunOutput> {
  const results = new Array<FileResult>(tasks.length);
  const notices: string[][] = tasks.map(() => []);
  const queue: number[] = tasks.map((_, i) => i);
  let done = 0;
  let finish: () => void = () => {};
  const allDone = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const record = (id: number, result: FileResult, said: string[]): void => {
    results[id] = result;
    notices[id] = said;
    if (++done === tasks.length) finish();
  };
  const start = (): void => {
    const worker = new Worker(WORKER_FILE, {
      workerData: init,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const held: number[] = [];
    const feed = (): void => {
      while (held.length < PREFETCH && queue.length > 0) {
        const id = queue.shift()!;
        held.push(id);
        worker.postMessage({ id, task: tasks[id] });
      }
      if (held.length === 0) {
        void worker.terminate();
      }
    };
    worker.on('message', (reply: WorkerReply) => {
      held.splice(held.indexOf(reply.id), 1);
      record(reply.id, reply.result, reply.notices);
      feed();
    });
    const lost = (e: Error): void => {
      const [dead, ...others] = held;
      queue.unshift(...others);
      held.length = 0;
      if (dead !== undefined) {
        const task = tasks[dead]!;
        record(dead, { path: task.path, format: null, lang: null, findings: [], coverage: [], error: e.message }, []);
      }
      if (queue.length > 0) start();
    };
    worker.on('error', lost);
    // A worker that stops without an error while holding tasks (it should not) loses them the same way.
    worker.on('exit', (code) => {
      if (held.length > 0) lost(new Error(`worker thread stopped (exit code ${code})`));
    });
    feed();
  };
  for (let i = 0; i < size; i++) start();
  // Meanwhile this thread, whose modules and packs are loaded already, takes tasks too.
  while (queue.length > 0) {
    const id = queue.shift()!;
    const out = await lintFile(tasks[id]!, job);
    record(id, out.result, out.notices);
    // Reading is synchronous, so nothing above gave the event loop a turn: let the workers'
    // replies in, or they would wait with empty hands until this thread had taken every task.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await allDone;
  return { results, notices: notices.flat() };
}
