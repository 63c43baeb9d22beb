// A worker thread of the lint pool: reads and lints the files the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileTask } from './lint-file.js';
import { createMatcher } from './matcher.js';
import type { WorkerInit, WorkerReply } from './pool.js';
import { ruleFilter } from './select.js';

const init = workerData as WorkerInit;
// One matcher per thread, so each rule's evidence (and each language pack) is compiled once per thread.
const job = { ...init, matcher: createMatcher(), isReported: ruleFilter(init.patterns) };

parentPort?.on('message', (msg: { id: number; task: FileTask }) => {
  void lintFile(msg.task, job).then(({ result, notices }) => {
    const reply: WorkerReply = { id: msg.id, result, notices };
    parentPort?.postMessage(reply);
  });
});
