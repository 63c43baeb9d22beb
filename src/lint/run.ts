// lintFiles: config → packs → discovery → read + lint each file → one result.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { isUserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import type { Lang } from '../types.js';
import { digest, ResultCache } from './cache.js';
import type { FileTask } from './lint-file.js';
import { compileWeakPack, LanguageChecks } from '../quality/index.js';
import { ruleIdsOf } from './engine.js';
import { createMatcher } from './matcher.js';
import { runTasks, threadsFor } from './pool.js';
import { prepareRun, type PreparedRun } from './prepare.js';
import { explainFilter } from './select.js';
import { summarize } from './summary.js';
import type { FileResult, LintOptions, LintResult } from './types.js';

/**
 * Lints the documents at `opts.paths`. Throws a UserError for problems with the run as a whole
 * (bad config, unknown pack or rule, no document at all); a file that cannot be read becomes
 * an entry with `error` set, and every other file is still linted.
 */
export async function lintFiles(opts: LintOptions & { debug?: boolean } = {}): Promise<LintResult> {
  const run = await prepareRun(opts);
  const language = new LanguageChecks(run.languagePacks);
  const weak = run.weakPack ? compileWeakPack(run.weakPack) : undefined;
  const job = {
    rules: run.catalogue.rules,
    reading: run.reading,
    languagePacks: run.languagePacks,
    language,
    ...(weak ? { weak } : {}),
    ruleIds: ruleIdsOf(run.catalogue.rules, language, weak),
    isReported: run.isReported,
    level: run.level,
    lang: run.lang,
    matcher: createMatcher(run.reading),
    isExplained: explainFilter(run.explain),
    limits: run.limits,
    debug: opts.debug ?? false,
    ...(opts.cache ? { cacheKeys: true } : {}),
  };
  const cacheNotices: string[] = [];
  const cache = opts.cache
    ? ResultCache.open(resolve(run.cwd, opts.cache), fingerprintOf(run), run.lang, (line) => cacheNotices.push(line))
    : undefined;

  // With --cache an unchanged document (same bytes, same settings) keeps its last result.
  const reused = new Map<string, { result: FileResult; notices: string[] }>();
  const tasks = cache
    ? run.tasks.filter((task) => !reuse(cache, task, reused, run.limits.maxFileBytes, run.lang))
    : run.tasks;
  const out = await runTasks(
    tasks,
    job,
    run.patterns,
    threadsFor(tasks.length, opts.workers === undefined ? undefined : opts.workers + 1),
    run.explain,
    opts.onProgress,
  );
  tasks.forEach((task, i) => {
    const key = out.keys[i];
    if (cache && key) cache.store(task.path, key, out.results[i]!, out.byTask[i] ?? []);
  });
  if (cache) await cache.save();

  // Put problems from discovery and results from reading back in discovery order.
  const byPath = new Map<string, FileResult>(out.results.map((r, i) => [tasks[i]!.abs, r]));
  for (const task of run.tasks) {
    const hit = reused.get(task.abs);
    if (hit) byPath.set(task.abs, hit.result);
  }
  const files: FileResult[] = run.entries.map((entry) =>
    'target' in entry
      ? byPath.get(entry.target.abs)!
      : {
          path: entry.problem.path,
          format: null,
          lang: null,
          findings: [],
          coverage: [],
          error: entry.problem.message,
        },
  );
  const reusedNotices = [...reused.values()].flatMap((h) => h.notices);
  return {
    version: 1,
    files,
    summary: summarize(files),
    rules: run.rules,
    qualityRules: run.qualityRules,
    packs: [
      ...run.catalogue.packs.map((p) => ({ id: p.id, version: p.version, kind: 'requirement' as const })),
      ...run.languagePacks.map((p) => ({ id: p.id, version: p.version, kind: 'language' as const })),
    ],
    config: run.loaded.file === null ? null : run.loaded.name,
    notices: [
      ...run.loaded.warnings.map((w) => `${w.file}:${w.pos.line}:${w.pos.col}: ${w.message}`),
      ...run.notices,
      ...cacheNotices,
      ...reusedNotices,
      ...out.notices,
    ],
  };
}

/**
 * Everything besides a document and its settings that decides its result: jamkrav's version,
 * the rules and packs as loaded (the weak pack too), the reading vocabulary, level, language, rule selection, limits.
 */
function fingerprintOf(run: PreparedRun): string {
  const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  return digest(
    version,
    JSON.stringify({
      rules: run.catalogue.rules,
      languagePacks: run.languagePacks,
      weakPack: run.weakPack,
      reading: run.reading,
      level: run.level,
      lang: run.lang,
      patterns: run.patterns,
      explain: run.explain,
      limits: run.limits,
    }),
  );
}

/**
 * Whether `task` keeps its cached result (put in `reused`): its bytes and settings give the key
 * the cache holds for its path. A file that cannot be read here is left to the run, which says why.
 */
function reuse(
  cache: ResultCache,
  task: FileTask,
  reused: Map<string, { result: FileResult; notices: string[] }>,
  maxBytes: number,
  lang: Lang,
): boolean {
  let bytes: Uint8Array;
  try {
    bytes = readUserFile(task.abs, { lang, maxBytes, limit: 'maxFileBytes' });
  } catch (e) {
    if (isUserError(e)) return false;
    throw e;
  }
  const hit = cache.lookup(task.path, digest(bytes, JSON.stringify(task.settings)));
  if (hit) reused.set(task.abs, hit);
  return hit !== undefined;
}
