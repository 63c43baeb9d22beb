// One file: read it (read-file.ts), lint it, and turn any failure into an error on that file.
import type { ReadingSpec } from '../match/index.js';
import type { LanguageChecks, LanguagePack, WeakChecks } from '../quality/index.js';
import type { Lang, Level, Rule } from '../types.js';
import { lintDocument, type RuleIds } from './engine.js';
import type { Matcher } from './matcher.js';
import { failedOutcome, readJobOf, readTask, type FileOutcome, type FileTask, type ReadOutcome } from './read-file.js';
import type { ReadLimitsOption } from './types.js';

export type { FileOutcome, FileTask } from './read-file.js';

export interface FileJob {
  rules: readonly Rule[];
  /** The reading vocabulary `matcher` was made from (passed on to worker threads). */
  reading: ReadingSpec;
  /** The language packs as loaded (passed on to worker threads). */
  languagePacks: readonly LanguagePack[];
  /** The same, compiled once per thread. */
  language: LanguageChecks;
  /** The weak pack's checks, compiled once per thread; none, no `weak` findings. */
  weak?: WeakChecks;
  /** `--rule` / `--exclude` (see LintDocumentOptions.isReported). */
  isReported: (ruleId: string) => boolean;
  /** `--explain` (see LintDocumentOptions.isExplained). */
  isExplained?: (ruleId: string) => boolean;
  level: Level;
  lang: Lang;
  limits?: ReadLimitsOption;
  matcher: Matcher;
  debug?: boolean;
  /** `--cache`: give each result the key of the bytes linted and the file's settings. */
  cacheKeys?: boolean;
  /** The ids of the rules, language packs and weak checks (see `ruleIdsOf`), made once per thread. */
  ruleIds?: RuleIds;
}

/** The result of one file plus notes for stderr. Never throws for a bad file. */
export async function lintFile(task: FileTask, job: FileJob): Promise<FileOutcome> {
  return lintRead(task, await readTask(task, readJobOf(job)), job);
}

/** Lints a file read here or by a reader thread. Never throws for a bad file. */
export function lintRead(task: FileTask, outcome: ReadOutcome, job: FileJob): FileOutcome {
  if ('done' in outcome) return outcome.done;
  const { doc, source, notices, key } = outcome.read;
  try {
    const linted = lintDocument(doc, job.rules, {
      level: job.level,
      lang: job.lang,
      matcher: job.matcher,
      settings: task.settings,
      language: job.language,
      ...(job.weak ? { weak: job.weak } : {}),
      isReported: job.isReported,
      ...(job.isExplained ? { isExplained: job.isExplained } : {}),
      ...(job.ruleIds ? { ruleIds: job.ruleIds } : {}),
      ...(source !== undefined ? { source } : {}),
    });
    return {
      result: {
        path: task.path,
        format: doc.format,
        lang: linted.lang,
        findings: linted.findings,
        coverage: linted.coverage,
        error: null,
      },
      notices,
      ...(key ? { key } : {}),
    };
  } catch (e) {
    // Our bug, but confined to this file so the rest of the run goes on.
    return failedOutcome(task.path, e, job.debug);
  }
}
