// A worker thread of the lint pool: takes tasks from the counter it shares with the other
// threads (see claims.ts) and lints them one after another until none is left.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from './lint-file.js';
import { compileWeakPack, LanguageChecks } from '../quality/index.js';
import { ruleIdsOf } from './engine.js';
import { createMatcher } from './matcher.js';
import { Claims } from './claims.js';
import type { LintReply, WorkerStart } from './pool.js';
import { explainFilter, ruleFilter } from './select.js';

const { init, tasks, claims, slot } = workerData as WorkerStart;
// One matcher per thread, so each rule's evidence (and each language pack, and the weak checks) is
// compiled once per thread.
const language = new LanguageChecks(init.languagePacks);
const weak = init.weakPack ? compileWeakPack(init.weakPack) : undefined;
const job = {
  ...init,
  matcher: createMatcher(init.reading),
  language,
  ...(weak ? { weak } : {}),
  ruleIds: ruleIdsOf(init.rules, language, weak),
  isReported: ruleFilter(init.patterns),
  isExplained: explainFilter(init.explain ?? []),
};

for (let id = Claims.take(claims); id < tasks.length; id = Claims.take(claims)) {
  // Marked before the work, so that if this thread dies the pool knows which file killed it.
  Claims.mark(claims, slot, id);
  const { result, notices, key } = await lintFile(tasks[id]!, job);
  const reply: LintReply = { id, result, notices, ...(key ? { key } : {}) };
  parentPort?.postMessage(reply);
  Claims.mark(claims, slot, -1);
}
