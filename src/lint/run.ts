// lintFiles: config → catalogue → discovery → read + lint each file → one result.
import { resolve } from 'node:path';
import { checkConfigRuleIds, loadConfig } from '../config/index.js';
import { UserError } from '../errors.js';
import { loadCatalogue } from '../packs/index.js';
import type { Lang } from '../types.js';
import { DOCUMENT_EXTENSIONS, discover } from './discover.js';
import { createMatcher } from './matcher.js';
import { defaultWorkers, runTasks } from './pool.js';
import { selectRules } from './select.js';
import { settingsResolver } from './settings.js';
import { summarize } from './summary.js';
import type { FileResult, LintOptions, LintResult } from './types.js';
import type { FileTask } from './lint-file.js';

const T = {
  sv: 'inga dokument hittades (letade efter {ext} i {where})',
  en: 'no documents found (looked for {ext} in {where})',
} as const;

/**
 * Lints the documents at `opts.paths`. Throws a UserError for problems with the run as a whole
 * (bad config, unknown pack or rule, no document at all); a file that cannot be read becomes
 * an entry with `error` set, and every other file is still linted.
 */
export async function lintFiles(opts: LintOptions & { debug?: boolean } = {}): Promise<LintResult> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const lang: Lang = opts.lang ?? 'sv';
  const loaded = await loadConfig({ cwd, lang, ...(opts.config ? { file: opts.config } : {}) });
  const { config } = loaded;
  // Pack paths on the command line are relative to where the user stands; in the config,
  // to the config file.
  const catalogue =
    opts.catalogue ??
    (await loadCatalogue(
      opts.packs ? { packs: opts.packs, cwd, lang } : config.packs ? { packs: config.packs, cwd: loaded.dir, lang } : { cwd, lang },
    ));
  checkConfigRuleIds(loaded, catalogue, lang);
  const selected = new Set(selectRules(catalogue.rules, opts.rules ?? [], opts.exclude ?? [], lang).map((r) => r.id));
  const level = opts.level ?? config.level ?? 'base';

  const paths = opts.paths ?? [];
  const found = await discover(paths, { cwd, lang, ignore: { patterns: config.ignore ?? [], base: loaded.dir } });
  if (found.entries.length === 0) {
    const where = (paths.length > 0 ? paths : ['.']).join(', ');
    throw new UserError(where, T[lang].replace('{ext}', DOCUMENT_EXTENSIONS.join(' ')).replace('{where}', where));
  }

  const resolveSettings = settingsResolver(config, loaded.dir);
  const tasks: FileTask[] = [];
  for (const entry of found.entries) {
    if (!('target' in entry)) continue;
    const settings = resolveSettings(entry.target.abs);
    // Rules left out by --rule/--exclude are off, not unknown: a suppression of one in a
    // document is then quietly unused rather than reported as naming no rule.
    for (const rule of catalogue.rules) if (!selected.has(rule.id)) settings.severity[rule.id] = 'off';
    tasks.push({ ...entry.target, settings });
  }
  const job = { rules: catalogue.rules, level, lang, matcher: createMatcher(), ...(opts.limits ? { limits: opts.limits } : {}), debug: opts.debug ?? false };
  const run = await runTasks(tasks, job, opts.workers ?? defaultWorkers(tasks.length));

  // Put problems from discovery and results from reading back in discovery order.
  const byPath = new Map(run.results.map((r, i) => [tasks[i]!.abs, r]));
  const files: FileResult[] = found.entries.map((entry) =>
    'target' in entry
      ? byPath.get(entry.target.abs)!
      : { path: entry.problem.path, format: null, lang: null, findings: [], coverage: [], error: entry.problem.message },
  );
  return {
    version: 1,
    files,
    summary: summarize(files),
    rules: catalogue.rules.filter((r) => selected.has(r.id)),
    notices: [...loaded.warnings.map((w) => `${w.file}:${w.pos.line}:${w.pos.col}: ${w.message}`), ...run.notices],
  };
}
