// What lint and --fix share before touching a document: config, packs, rule selection, the
// documents found (one shard of them with --shard), and each document's settings.
import { resolve } from 'node:path';
import { checkConfigRuleIds, loadConfig, noConfig, type LoadedConfig } from '../config/index.js';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { checkFileCount, DEFAULT_RUN_LIMITS, limitsFromConfig, type RunLimits } from '../limits.js';
import type { ReadingSpec } from '../match/index.js';
import { BUILTIN_WEAK_PACK, loadReading, problemsError } from '../packs/index.js';
import { DEFAULT_TENDER_TYPE, fitsTender } from '../packs/fit.js';
import { qualityRules, type LanguagePack, type WeakPack } from '../quality/index.js';
import { selectShard, shardKey } from '../shard.js';
import type { Catalogue, Lang, Level, QualityRule, Rule } from '../types.js';
import { DOCUMENT_EXTENSIONS, discover, type Discovered } from './discover.js';
import type { FileTask } from './lint-file.js';
import { loadLintPacks, loadWeak } from './packs.js';
import { checkRulePatterns, ruleFilter, type RulePatterns } from './select.js';
import { settingsResolver } from './settings.js';
import type { LintOptions } from './types.js';

const T = {
  sv: 'inga dokument hittades (letade efter {ext} i {where})',
  en: 'no documents found (looked for {ext} in {where})',
} as const;

export interface PreparedRun {
  cwd: string;
  lang: Lang;
  loaded: LoadedConfig;
  catalogue: Catalogue;
  languagePacks: LanguagePack[];
  /** The weak pack whose checks run (null: none). */
  weakPack: WeakPack | null;
  /** How sentences are read: who is bound and how (rules/reading.yaml). */
  reading: ReadingSpec;
  level: Level;
  patterns: RulePatterns;
  isReported: (ruleId: string) => boolean;
  /** `--explain` patterns (plain, so they cross to worker threads). */
  explain: readonly string[];
  /** The requirement rules reported (supplier scope, after --rule/--exclude). */
  rules: Rule[];
  /** The writing-quality rules reported. */
  qualityRules: QualityRule[];
  /** Documents and discovery problems of this shard, in the order they were found. */
  entries: Discovered['entries'];
  /** One task per document of `entries`, with its settings. */
  tasks: FileTask[];
  /** Limits in force: the flags, then the config's `limits:`, then the defaults. */
  limits: RunLimits;
  /** Lines for stderr from discovery (links not followed). */
  notices: string[];
}

/**
 * Loads and checks everything a run needs. Throws a UserError for problems with the run as a
 * whole: bad config, unknown pack or rule, no document at all (before sharding: an empty shard
 * is no error, since shards are spread blindly over a CI matrix).
 */
export async function prepareRun(opts: LintOptions): Promise<PreparedRun> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const lang: Lang = opts.lang ?? 'sv';
  const flagged = definedOnly(opts.limits);
  // --no-config: every default, whatever jamkrav.config.yaml says.
  const loaded = opts.noConfig
    ? noConfig(cwd)
    : await loadConfig({
        cwd,
        lang,
        ...(opts.config ? { file: opts.config } : {}),
        ...(flagged.maxDataFileBytes ? { maxBytes: flagged.maxDataFileBytes } : {}),
      });
  const { config } = loaded;
  const limits: RunLimits = {
    ...DEFAULT_RUN_LIMITS,
    ...limitsFromConfig(config.limits, loaded.name, lang),
    ...flagged,
  };
  // Pack paths on the command line are relative to where the user stands; in the config,
  // to the config file. A given catalogue replaces pack loading altogether.
  const { catalogue, languagePacks, weakPack } = opts.catalogue
    ? {
        catalogue: opts.catalogue,
        languagePacks: opts.languagePacks ?? [],
        weakPack: opts.weakPack === undefined ? await loadWeak(BUILTIN_WEAK_PACK, cwd, lang) : opts.weakPack,
      }
    : await loadLintPacks(
        opts.packs ?? config.packs,
        opts.packs ? cwd : config.packs ? loaded.dir : cwd,
        lang,
        limits.maxDataFileBytes,
      );
  const quality = qualityRules(languagePacks, weakPack);
  const read = await loadReading(undefined, lang);
  if (!read.spec) throw problemsError(read.problems, lang);
  const reading = read.spec;
  checkConfigRuleIds(loaded, catalogue, lang, quality);
  const patterns: RulePatterns = { only: opts.rules ?? [], exclude: opts.exclude ?? [] };
  checkRulePatterns([...catalogue.rules.map((r) => r.id), ...quality.map((r) => r.id)], patterns.only, lang);
  const isReported = ruleFilter(patterns);
  const explain = opts.explain ?? [];
  if (explain.length > 0)
    checkRulePatterns(
      catalogue.rules.map((r) => r.id),
      explain,
      lang,
      '--explain',
    );

  // Only the rules that fit the tender's contract type (a goods tender is not asked for the
  // supplier's staff duties); the checks above still know every rule's id.
  const fit = { type: opts.type ?? config.type ?? DEFAULT_TENDER_TYPE };
  const fitted: Catalogue = { ...catalogue, rules: catalogue.rules.filter((r) => fitsTender(r, fit)) };

  const paths = opts.paths ?? [];
  // A document on standard input is the run's one document: nothing to discover.
  const found: Discovered = opts.stdin
    ? { entries: [{ target: { abs: resolve(cwd, opts.stdin.name), path: opts.stdin.name } }], notices: [] }
    : await discover(paths, {
        cwd,
        lang,
        // --no-ignore: every document is walked (node_modules and .git still are not).
        ignore: opts.noIgnore
          ? []
          : [
              { patterns: config.ignore ?? [], base: loaded.dir },
              { patterns: opts.ignorePatterns ?? [], base: cwd },
            ],
        ignoreFiles: !opts.noIgnore,
        maxDataFileBytes: limits.maxDataFileBytes,
        followSymlinks: opts.followSymlinks ?? false,
      });
  const where = (paths.length > 0 ? paths : ['.']).join(', ');
  const none = fmt(lang, T, { ext: DOCUMENT_EXTENSIONS.join(' '), where });
  // Paths named that hold no document are an error; a repository with no tender yet (a fresh
  // `jamkrav init`, whose own README is ignored) passes its first CI run with a notice.
  if (found.entries.length === 0 && paths.length > 0) throw new UserError(where, none);
  if (found.entries.length === 0) found.notices.push(none);
  // Counted before sharding, so every part of a CI matrix agrees on whether the run is too big.
  checkFileCount(found.entries.filter((e) => 'target' in e).length, limits.maxFiles, where, lang);
  // Each entry's shard depends on its own path only, so shards stay put as files come and go.
  const entries = selectShard(
    found.entries,
    (e) => shardKey(resolve(cwd, 'target' in e ? e.target.abs : e.problem.path), cwd),
    opts.shard,
  );

  const resolveSettings = settingsResolver(config, loaded.dir);
  const tasks: FileTask[] = entries.flatMap((e) =>
    'target' in e
      ? [{ ...e.target, settings: resolveSettings(e.target.abs), ...(opts.stdin ? { bytes: opts.stdin.bytes } : {}) }]
      : [],
  );
  return {
    cwd,
    lang,
    loaded,
    catalogue: fitted,
    languagePacks,
    weakPack,
    reading,
    level: opts.level ?? config.level ?? 'base',
    patterns,
    isReported,
    explain,
    rules: fitted.rules.filter((r) => r.scope === 'supplier' && isReported(r.id)),
    qualityRules: quality.filter((r) => isReported(r.id)),
    entries,
    tasks,
    limits,
    notices: found.notices,
  };
}

/** The given limits without undefined values, so they never hide a config or default value. */
function definedOnly(limits: Partial<RunLimits> | undefined): Partial<RunLimits> {
  return Object.fromEntries(
    Object.entries(limits ?? {}).filter(([, v]) => typeof v === 'number'),
  ) as Partial<RunLimits>;
}
