// lintFiles: config → packs → discovery → read + lint each file → one result.
import { createMatcher } from './matcher.js';
import { defaultWorkers, runTasks } from './pool.js';
import { prepareRun } from './prepare.js';
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
  const job = {
    rules: run.catalogue.rules,
    reading: run.reading,
    languagePacks: run.languagePacks,
    isReported: run.isReported,
    level: run.level,
    lang: run.lang,
    matcher: createMatcher(run.reading),
    isExplained: explainFilter(run.explain),
    limits: run.limits,
    debug: opts.debug ?? false,
  };
  const out = await runTasks(run.tasks, job, run.patterns, opts.workers ?? defaultWorkers(run.tasks.length), run.explain, opts.onProgress);

  // Put problems from discovery and results from reading back in discovery order.
  const byPath = new Map(out.results.map((r, i) => [run.tasks[i]!.abs, r]));
  const files: FileResult[] = run.entries.map((entry) =>
    'target' in entry
      ? byPath.get(entry.target.abs)!
      : { path: entry.problem.path, format: null, lang: null, findings: [], coverage: [], error: entry.problem.message },
  );
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
    notices: [...run.loaded.warnings.map((w) => `${w.file}:${w.pos.line}:${w.pos.col}: ${w.message}`), ...run.notices, ...out.notices],
  };
}
