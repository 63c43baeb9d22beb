// A worker thread of the lint pool: reads and lints the files the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileTask } from './lint-file.js';
import { createMatcher } from './matcher.js';
import type { WorkerInit, WorkerReply } from './pool.js';
import { ruleFilter } from './select.js';

const init = workerData as WorkerInit;
// One matcher per thread, so each rule's evidence (and each language pack) is compiled once per thread.
const job = { ...init, matcher: createMatcher(), isReported: ruleFilter(init.patterns) };

// Tasks are linted one after another, never interleaved: the pool sends the next task ahead
// (so there is no wait between files), and relies on the oldest unanswered task being the one
// in progress if this thread dies.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (msg: { id: number; task: FileTask }) => {
  chain = chain.then(async () => {
    const { result, notices } = await lintFile(msg.task, job);
    const reply: WorkerReply = { id: msg.id, result, notices };
    parentPort?.postMessage(reply);
  });
});
