// Runs file tasks: in this thread for a few files, in a small worker pool for many.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadingSpec } from '../match/index.js';
import type { LanguagePack, WeakPack } from '../quality/index.js';
import type { Lang, Level, Rule } from '../types.js';
import { lintFile, type FileJob, type FileTask } from './lint-file.js';
import type { RulePatterns } from './select.js';
import type { FileResult, ReadLimitsOption } from './types.js';

/** What every worker is started with (structured-cloned, so plain data only). */
export interface WorkerInit {
  rules: readonly Rule[];
  /** The reading vocabulary each thread's match session is built from. */
  reading: ReadingSpec;
  languagePacks: readonly LanguagePack[];
  /** The weak pack as data: each thread compiles its checks. */
  weakPack?: WeakPack;
  /** `--rule` / `--exclude` as patterns: a compiled filter is a function and cannot be cloned. */
  patterns: RulePatterns;
  /** `--explain` patterns, likewise. */
  explain?: readonly string[];
  level: Level;
  lang: Lang;
  limits?: ReadLimitsOption;
  debug?: boolean;
  cacheKeys?: boolean;
}

/** A worker's start: the job, every task of the run, and the claims it shares with the other threads. */
export interface WorkerStart {
  init: WorkerInit;
  tasks: readonly FileTask[];
  /** See {@link Claims}. */
  claims: Int32Array;
  /** This worker's cell in `claims`. */
  slot: number;
}

export interface WorkerReply {
  id: number;
  result: FileResult;
  notices: string[];
  /** With `cacheKeys`: the key of the bytes linted. */
  key?: string;
}

/**
 * Files per worker thread. A worker costs about 300 ms before its first result (a fresh isolate
 * loads the code, compiles the reading vocabulary and the packs' evidence and runs the engine
 * cold), and while it runs each thread is slower where two vCPUs share a host. Measured on the
 * 2-vCPU bench machine with the sentence-reading engine (bench corpus, `-j 1` against `-j 2`,
 * alternating runs): 201 files 1.60 s against 1.65 s wall but 2.1 s against 3.0 s CPU and
 * 140 MB against 230 MB; 400 files 2.96 s against 2.49 s. So a worker breaks even at about 200
 * files there and pays off well before 400: one per 250 files. `--jobs` decides when the user
 * knows better (cores of their own pay off sooner).
 */
export const POOL_THRESHOLD = 250;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;
/**
 * Room for short-lived objects (the tokens and tags of one document): with the default a
 * worker spends about a tenth of its time collecting them.
 */
const WORKER_YOUNG_MB = 96;

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
  /** Per task, with `cacheKeys`: the cache key of the bytes linted (none for a file not read). */
  keys: (string | undefined)[];
  /** Per task, its notes for stderr (the same as `notices`, not flattened). */
  byTask: string[][];
}

/**
 * Which thread lints which file, decided without messages: cell 0 is the next task to take
 * (each thread takes one with Atomics.add, so no task is taken twice and a thread that starts
 * late simply takes fewer), and cell 1 + slot is the task worker `slot` is on (-1 when none),
 * so that when a worker dies the file that killed it is known.
 */
export const Claims = {
  create(workers: number): Int32Array {
    const claims = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
    claims.fill(-1, 1);
    return claims;
  },
  /** The next task for this thread; `count` or more when none is left. */
  take(claims: Int32Array): number {
    return Atomics.add(claims, 0, 1);
  },
  /** Marks what worker `slot` is on (-1: nothing). */
  mark(claims: Int32Array, slot: number, task: number): void {
    Atomics.store(claims, 1 + slot, task);
  },
  current(claims: Int32Array, slot: number): number {
    return Atomics.load(claims, 1 + slot);
  },
};

/**
 * Lints every task; results come back in task order whatever order the threads finish in.
 * Files are handled one at a time per thread, so memory holds at most one document per thread.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  job: FileJob,
  patterns: RulePatterns,
  workers: number,
  explain: readonly string[] = [],
  onDone?: (done: number, total: number) => void,
): Promise<RunOutput> {
  // Under a TypeScript test runner there is no built lint-worker.js: stay in this thread.
  if (workers <= 0 || tasks.length < 2 || !existsSync(WORKER_FILE)) return runHere(tasks, job, onDone);
  const init: WorkerInit = {
    rules: job.rules,
    reading: job.reading,
    languagePacks: job.languagePacks,
    ...(job.weak ? { weakPack: job.weak.pack } : {}),
    patterns,
    ...(explain.length > 0 ? { explain } : {}),
    level: job.level,
    lang: job.lang,
    ...(job.limits ? { limits: job.limits } : {}),
    ...(job.debug !== undefined ? { debug: job.debug } : {}),
    ...(job.cacheKeys ? { cacheKeys: true } : {}),
  };
  return runPool(tasks, job, init, Math.min(workers, tasks.length - 1), WORKER_FILE, true, onDone);
}

async function runHere(
  tasks: readonly FileTask[],
  job: FileJob,
  onDone?: (done: number, total: number) => void,
): Promise<RunOutput> {
  const results: FileResult[] = [];
  const notices: string[] = [];
  const keys: (string | undefined)[] = [];
  const byTask: string[][] = [];
  for (const task of tasks) {
    const out = await lintFile(task, job);
    results.push(out.result);
    notices.push(...out.notices);
    keys.push(out.key);
    byTask.push(out.notices);
    onDone?.(results.length, tasks.length);
  }
  return { results, notices, keys, byTask };
}

/**
 * This thread and `size` workers take tasks from one shared counter (see {@link Claims}) until
 * none is left. A worker that dies (out of memory on a hostile file) fails the file it was on;
 * a new worker takes its place while tasks remain. Any task still without a result once every
 * thread has stopped (a worker that died between taking a task and marking it) is linted here.
 * `workerFile` and `here` are parameters so the tests can run the pool with a worker that dies
 * on purpose, and leave every task to it.
 */
export async function runPool(
  tasks: readonly FileTask[],
  job: FileJob,
  init: WorkerInit,
  size: number,
  workerFile: string,
  here = true,
  onDone?: (done: number, total: number) => void,
): Promise<RunOutput> {
  const results = new Array<FileResult | undefined>(tasks.length);
  const notices: string[][] = tasks.map(() => []);
  const claims = Claims.create(size);
  const keys = new Array<string | undefined>(tasks.length);
  let done = 0;
  const record = (id: number, result: FileResult, said: string[], key?: string): void => {
    if (results[id] !== undefined) return;
    results[id] = result;
    notices[id] = said;
    keys[id] = key;
    onDone?.(++done, tasks.length);
  };
  const failed = (id: number, error: string): FileResult => ({
    path: tasks[id]!.path,
    format: null,
    lang: null,
    findings: [],
    coverage: [],
    error,
  });

  let running = 0;
  let stopped: () => void = () => {};
  const allStopped = new Promise<void>((resolve) => {
    stopped = resolve;
  });
  const start = (slot: number): void => {
    running++;
    const data: WorkerStart = { init, tasks, claims, slot };
    const worker = new Worker(workerFile, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    let error: Error | undefined;
    worker.on('message', (reply: WorkerReply) => record(reply.id, reply.result, reply.notices, reply.key));
    worker.on('error', (e: Error) => {
      error = e;
    });
    worker.on('exit', (code) => {
      running--;
      const on = Claims.current(claims, slot);
      Claims.mark(claims, slot, -1);
      if (on >= 0 && (error || code !== 0)) {
        record(on, failed(on, (error ?? new Error(`worker thread stopped (exit code ${code})`)).message), []);
        // Only a worker that died on a file is replaced: one that cannot even start would fail again.
        if (Atomics.load(claims, 0) < tasks.length) start(slot);
      }
      if (running === 0) stopped();
    });
  };
  for (let slot = 0; slot < size; slot++) start(slot);

  // Meanwhile this thread, whose modules and packs are loaded already, takes tasks too.
  for (let id = here ? Claims.take(claims) : tasks.length; id < tasks.length; id = Claims.take(claims)) {
    const out = await lintFile(tasks[id]!, job);
    record(id, out.result, out.notices, out.key);
    // Reading is synchronous, so nothing above gave the event loop a turn: let the workers'
    // replies in as they come rather than all at the end.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await allStopped;
  for (let id = 0; id < tasks.length; id++) {
    if (results[id] === undefined) {
      const out = await lintFile(tasks[id]!, job);
      record(id, out.result, out.notices, out.key);
    }
  }
  return { results: results as FileResult[], notices: notices.flat(), keys, byTask: notices };
}
