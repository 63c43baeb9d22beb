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

/** Below this many files, starting threads costs more than it saves (~30 ms a thread). */
export const POOL_THRESHOLD = 8;
/** A worker that runs out of this much heap dies alone instead of taking the run with it. */
const WORKER_HEAP_MB = 512;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/** How many threads to use for `files` files when the caller did not say. */
export function defaultWorkers(files: number): number {
  if (files < POOL_THRESHOLD) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4, Math.ceil(files / 4)));
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
  // Under a TypeScript test runner there is no built worker.js: stay in this thread.
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
  return runPool(tasks, init, Math.min(workers, tasks.length));
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

function runPool(tasks: readonly FileTask[], init: WorkerInit, size: number): Promise<RunOutput> {
  const results = new Array<FileResult>(tasks.length);
  const notices: string[][] = tasks.map(() => []);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const start = () => {
      const worker = new Worker(WORKER_FILE, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current = -1;
      const feed = () => {
        if (next >= tasks.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current] });
      };
      worker.on('message', (reply: WorkerReply) => {
        results[reply.id] = reply.result;
        notices[reply.id] = reply.notices;
        current = -1;
        if (++done === tasks.length) resolve({ results, notices: notices.flat() });
        feed();
      });
      worker.on('error', (e: Error) => {
        // A thread that dies (out of memory on a hostile file) fails only the file it held.
        if (current >= 0) {
          const task = tasks[current]!;
          results[current] = { path: task.path, format: null, lang: null, findings: [], coverage: [], error: e.message };
          current = -1;
          if (++done === tasks.length) resolve({ results, notices: notices.flat() });
        }
        if (next < tasks.length) start();
      });
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}
