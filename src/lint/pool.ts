// Runs file tasks: in this thread for a few files, in a small worker pool for many.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadingSpec } from '../match/index.js';
import type { LanguagePack, WeakPack } from '../quality/index.js';
import type { Lang, Level, Rule } from '../types.js';
import { lintFile, lintRead, type FileJob, type FileTask } from './lint-file.js';
import { Claims } from './claims.js';
import {
  failedResult,
  fromSent,
  readJobOf,
  type FileOutcome,
  type ReadJob,
  type SentFile,
  type SentOutcome,
} from './read-file.js';
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

/**
 * A worker's start: its part of the job, every task of the run, and the claims it shares with the
 * other threads. A lint worker gets the whole job; a reader thread only what reading needs (its
 * start is on the way to the first document: the rules and packs cost it 5-10 ms to take in).
 */
export interface WorkerStart<Init = WorkerInit> {
  init: Init;
  tasks: readonly FileTask[];
  /** See {@link Claims}. */
  claims: Int32Array;
  /** This worker's cell in `claims`. */
  slot: number;
}

/** A lint worker's reply: one file's outcome (with `cacheKeys`, the key of the bytes linted). */
export interface LintReply extends FileOutcome {
  id: number;
}

/** A reader thread's reply: one file read, or done with (an error, no text). */
export interface ReadReply {
  id: number;
  read: SentOutcome;
}

export type WorkerReply = LintReply | ReadReply;

/**
 * Files per linting worker thread (from two of them; see threadsFor). A worker that reads and
 * lints costs about 300 ms before its first result (a fresh isolate loads the code, compiles the
 * reading vocabulary and the packs' evidence and runs the engine cold), and while it runs each
 * thread is slower where two vCPUs share a host. Measured on the 2-vCPU bench machine with the
 * sentence-reading engine (bench corpus, one thread against one linting worker beside it,
 * alternating runs): 201 files 1.60 s against 1.65 s wall but 2.1 s against 3.0 s CPU and 140 MB
 * against 230 MB; 400 files 2.96 s against 2.49 s. So a linting worker breaks even at about 200
 * files there and pays off well before 400 (a reader thread pays off sooner: READER_THRESHOLD).
 */
export const POOL_THRESHOLD = 250;
/**
 * From this many files a run has a reader thread beside this one (see {@link threadsFor}). A
 * reader starts in about 100 ms and reads cold, and while it reads this thread lints slower on
 * a shared host. On the 2-vCPU bench machine (bench documents, `-j 1` against `-j 2`, 3 runs
 * each): 32 files 0.70-0.73 s against 0.74-0.77 s, 64 files 0.81-0.87 s against 0.81-0.85 s,
 * 100 files 0.99-1.03 s against 0.93-1.02 s, 140 files 1.21-1.24 s against 1.05-1.07 s.
 */
export const READER_THRESHOLD = 100;
/**
 * From this many files this thread also reads, beside a reader thread, when it has nothing to
 * lint. Reading here compiles the reading code in this isolate too and runs it cold, which only
 * a long run earns back. On the 2-vCPU bench machine (bench documents, alternating runs, minima)
 * leaving all reading to the reader took 100 files 0.96 s against 1.02 s, 201 files 1.30 s
 * against 1.37 s (CPU 0.92x), 400 files 1.98 s against 2.04 s, 600 files 2.69 s against 2.68 s,
 * but 1,000 files 4.7 s against 4.0 s.
 */
export const READ_HERE_THRESHOLD = 500;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;
/**
 * Room for short-lived objects (the tokens and tags of one document): with the default a
 * worker spends about a tenth of its time collecting them.
 */
const WORKER_YOUNG_MB = 96;

const LINT_WORKER = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
const READ_WORKER = fileURLToPath(new URL('./read-worker.js', import.meta.url));

/**
 * The threads beside this one: none; one reader, which reads files while this thread lints
 * them (and on long runs reads too when it has nothing to lint, see {@link READ_HERE_THRESHOLD}),
 * so the engine runs warm in one thread; or workers that each read and lint, which scale with
 * cores but each run the engine cold.
 */
export type Helpers = { kind: 'none' } | { kind: 'reader' } | { kind: 'linters'; count: number };

/**
 * The helpers for `files` files and `threads` threads in all (`--jobs`; this one included), or
 * the default for the cores there are. Two threads do best as reader and linter: on the 2-vCPU
 * bench machine, 1,000 bench documents took 3.9 s so against 4.2 s with a worker that reads and
 * lints (6.0 s in one thread); 201 documents 1.45 s against 1.57 s (1.65 s). Linting workers
 * pay off once there are cores for two of them with {@link POOL_THRESHOLD} files each.
 */
export function threadsFor(files: number, threads?: number, cores = availableParallelism()): Helpers {
  if (files < 2) return { kind: 'none' };
  if (threads === undefined) {
    if (cores < 2 || files < READER_THRESHOLD) return { kind: 'none' };
    const linters = Math.min(cores - 1, 3, Math.floor(files / POOL_THRESHOLD));
    return linters >= 2 ? { kind: 'linters', count: linters } : { kind: 'reader' };
  }
  if (threads <= 1) return { kind: 'none' };
  if (threads === 2) return { kind: 'reader' };
  return { kind: 'linters', count: Math.min(threads - 1, files - 1) };
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
 * Lints every task; results come back in task order whatever order the threads finish in.
 * Memory holds at most one document per linting thread and READ_AHEAD (claims.ts) from a reader.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  job: FileJob,
  patterns: RulePatterns,
  helpers: Helpers,
  explain: readonly string[] = [],
  onDone?: (done: number, total: number) => void,
): Promise<RunOutput> {
  const file = helpers.kind === 'reader' ? READ_WORKER : LINT_WORKER;
  // Under a TypeScript test runner there are no built workers: stay in this thread.
  if (helpers.kind === 'none' || tasks.length < 2 || !existsSync(file)) return runHere(tasks, job, onDone);
  if (helpers.kind === 'reader') {
    const here = tasks.length >= READ_HERE_THRESHOLD;
    return runPool(tasks, job, readJobOf(job), 1, file, here, onDone);
  }
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
  return runPool(tasks, job, init, Math.min(helpers.count, tasks.length - 1), file, true, onDone);
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
 * none is left. A lint worker replies with a file's outcome; a reader with the file read, which
 * this thread lints before it takes a task of its own. A worker that dies (out of memory on a
 * hostile file) fails the file it was on; a new worker takes its place while tasks remain. Any
 * task still without a result once every thread has stopped (a worker that died between taking
 * a task and marking it) is linted here. Without `here` this thread takes no task of its own
 * while a worker runs (a reader on a short run; the tests, to leave every task to a worker that
 * dies on purpose). `workerFile` is a parameter for those tests.
 */
export async function runPool(
  tasks: readonly FileTask[],
  job: FileJob,
  init: WorkerInit | ReadJob,
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
  const record = (id: number, out: FileOutcome): void => {
    if (results[id] !== undefined) return;
    results[id] = out.result;
    notices[id] = out.notices;
    keys[id] = out.key;
    onDone?.(++done, tasks.length);
  };
  /** Files a reader read, waiting for this thread to lint them. */
  const read: { id: number; read: SentFile }[] = [];
  let wake: (() => void) | null = null;
  const poke = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  let running = 0;
  const start = (slot: number): void => {
    running++;
    const data: WorkerStart<WorkerInit | ReadJob> = { init, tasks, claims, slot };
    const worker = new Worker(workerFile, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    let error: Error | undefined;
    worker.on('message', (reply: WorkerReply) => {
      if (!('read' in reply)) record(reply.id, reply);
      else if ('done' in reply.read) {
        Claims.taken(claims);
        record(reply.id, reply.read.done);
      } else read.push({ id: reply.id, read: reply.read.read });
      poke();
    });
    worker.on('error', (e: Error) => {
      error = e;
    });
    worker.on('exit', (code) => {
      running--;
      const on = Claims.current(claims, slot);
      Claims.mark(claims, slot, -1);
      if (on >= 0 && (error || code !== 0)) {
        const why = (error ?? new Error(`worker thread stopped (exit code ${code})`)).message;
        record(on, { result: failedResult(tasks[on]!.path, why), notices: [] });
        // Only a worker that died on a file is replaced: one that cannot even start would fail again.
        if (Atomics.load(claims, 0) < tasks.length) start(slot);
      }
      poke();
    });
  };
  for (let slot = 0; slot < size; slot++) start(slot);
  // While the workers start and read their first files (a reader's first arrives after about
  // 150 ms), this thread compiles the rules' evidence, which its first document would wait for.
  job.matcher.compile?.(job.rules);

  // Meanwhile this thread, whose modules and packs are loaded already, lints what readers read
  // and (with `here`) takes tasks of its own when there is nothing to lint.
  for (;;) {
    const next = read.shift();
    if (next !== undefined) {
      Claims.taken(claims);
      record(next.id, lintRead(tasks[next.id]!, { read: fromSent(next.read) }, job));
    } else {
      const id = here ? Claims.take(claims) : tasks.length;
      if (id < tasks.length) record(id, await lintFile(tasks[id]!, job));
      else if (running === 0) break;
      else {
        // Nothing to do until a worker replies or stops.
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
    }
    // Reading and linting are synchronous, so nothing above gave the event loop a turn: let the
    // workers' replies in as they come rather than all at the end.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  for (let id = 0; id < tasks.length; id++) {
    if (results[id] === undefined) record(id, await lintFile(tasks[id]!, job));
  }
  return { results: results as FileResult[], notices: notices.flat(), keys, byTask: notices };
}
