// The result of a lint run: the JSON contract of DESIGN.md (version 1) and the options.
import type {
  Catalogue,
  Coverage,
  DocumentFormat,
  Finding,
  Lang,
  Level,
  QualityRule,
  Rule,
  Severity,
  TenderType,
} from '../types.js';
import type { readDocument } from '../documents/index.js';
import type { LanguagePack, WeakPack } from '../quality/index.js';
import type { RunLimits } from '../limits.js';
import type { ShardSpec } from '../shard.js';

/** Reader limits (sizes, counts, depth), as the document readers take them. */
export type ReadLimitsOption = Parameters<typeof readDocument>[1];

/** Limits of a run: the reader limits and `maxFiles` (flags and the config's `limits:`, merged). */
export type RunLimitsOption = Partial<RunLimits>;

/** One linted (or unreadable) file. Exactly the fields of the JSON contract. */
export interface FileResult {
  /** Relative to the working directory, with `/`. */
  path: string;
  /** null when the file could not be read. */
  format: DocumentFormat | null;
  /** The document's own language, detected; null when the file could not be read. */
  lang: Lang | null;
  findings: Finding[];
  coverage: Coverage[];
  /** Why the file could not be linted, or null. */
  error: string | null;
}

/** Counts of findings by severity (file errors are in `files[].error`, not counted here). */
export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * What `lintFiles` returns: the JSON contract (`version`, `files`, `summary`) plus, for the
 * formatters and the CLI, the rules that were checked and notices for stderr.
 */
export interface LintResult {
  version: 1;
  files: FileResult[];
  summary: LintSummary;
  /** The rules checked in this run (supplier scope, after --rule/--exclude), for rule metadata. */
  rules: Rule[];
  /** The writing-quality rules checked (language packs' words, weak checks), for rule metadata. */
  qualityRules: QualityRule[];
  /** Non-fatal notes for stderr, e.g. a reader's encoding fallback. */
  notices: string[];
  /** The packs loaded, requirement packs first, for a report that says what it was made with. */
  packs?: PackInfo[];
  /** The config file as messages name it (relative to the working directory), or null for none. */
  config?: string | null;
}

/** A pack of a run, as a report names it. */
export interface PackInfo {
  id: string;
  version: string;
  kind: 'requirement' | 'language';
}

export interface LintOptions {
  /** Files, folders and globs; default the working directory. */
  paths?: string[];
  cwd?: string;
  /**
   * Requirement and language pack ids or paths; default the config's packs, else every built-in
   * requirement pack and both built-in language packs.
   */
  packs?: string[];
  /** Only rules whose id matches one of these (ids or globs like `diskrl3.*`). */
  rules?: string[];
  /** Leave out rules whose id matches one of these. */
  exclude?: string[];
  /** `--explain`: rules (ids or globs) whose missing findings carry the passages that came closest. */
  explain?: string[];
  /** The level whose clause is suggested; default the config's, else `base`. */
  level?: Level;
  /** The tender's contract type: only the rules that fit it are checked; default the config's, else `services`. */
  type?: TenderType;
  /** Language of messages (default sv). */
  lang?: Lang;
  /** An explicit config file; otherwise jamkrav.config.yaml is looked up from `cwd`. */
  config?: string;
  /**
   * Threads beside this one: 0 for none; one reads files while this one lints (up to 500 files);
   * more each read and lint. Default chosen by the number of files and cores (see threadsFor).
   */
  workers?: number;
  /** Limits that win over the config's `limits:` (the flags); the rest come from the defaults. */
  limits?: RunLimitsOption;
  /** A catalogue to use instead of loading packs (tests, embedding); then no language pack by default. */
  catalogue?: Catalogue;
  /** With `catalogue`: the language packs to use. */
  languagePacks?: LanguagePack[];
  /** With `catalogue`: the weak pack whose checks run (default the built-in one; null for none). */
  weakPack?: WeakPack | null;
  /** `--shard i/n`: lint only this shard of the documents found (see src/shard.ts). */
  shard?: ShardSpec;
  /** `--follow-symlinks`: follow links that lead out of the folders named (not followed otherwise). */
  followSymlinks?: boolean;
  /** `--ignore-pattern`: globs (relative to `cwd`) left out of the walk, beside the config's `ignore`. */
  ignorePatterns?: string[];
  /** `--no-ignore`: no `.gitignore`, `.jamkravignore`, config `ignore` or `--ignore-pattern`. */
  noIgnore?: boolean;
  /** `--no-config`: no jamkrav.config.yaml, every default. */
  noConfig?: boolean;
  /** `--cache`: the cache file (relative to `cwd`) whose results unchanged documents keep. */
  cache?: string;
  /** Called as each document is done (how many of how many): the CLI's progress line. */
  onProgress?: (done: number, total: number) => void;
  /**
   * `lint -`: one document read from standard input instead of `paths`. `name` stands for it in
   * the report and decides its config overrides and, by its extension, Markdown or text.
   */
  stdin?: { name: string; bytes: Uint8Array };
}

/** Which `--fail-on` threshold a run uses. */
export type FailOn = Severity | 'never';

/** Per-file settings from the config: severity per rule id and config suppressions. */
export interface FileSettings {
  severity: Record<string, 'off' | Severity>;
  /** Rule id → reason, from `overrides[].suppress`. */
  suppress: Record<string, string>;
}
