// One file: read it, lint it, and turn any failure into an error on that file.
import { isUserError } from '../errors.js';
import { DEFAULT_LIMITS, decodeSourceText, readDocumentBytes } from '../documents/index.js';
import { digest } from './cache.js';
import { readUserFile } from '../fs/read.js';
import type { ReadingSpec } from '../match/index.js';
import type { LanguagePack, WeakChecks } from '../quality/index.js';
import type { Lang, Level, Rule } from '../types.js';
import { lintDocument } from './engine.js';
import type { Matcher } from './matcher.js';
import { message } from './messages.js';
import type { FileResult, FileSettings, ReadLimitsOption } from './types.js';

/** Everything needed to lint one file, in a form that can cross to a worker thread. */
export interface FileTask {
  abs: string;
  path: string;
  settings: FileSettings;
  /** The document itself, when it came on standard input rather than from `abs`. */
  bytes?: Uint8Array;
}

export interface FileJob {
  rules: readonly Rule[];
  /** The reading vocabulary `matcher` was made from (passed on to worker threads). */
  reading: ReadingSpec;
  languagePacks: readonly LanguagePack[];
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
}

/** What linting one file gives: its result, notes for stderr and (with `cacheKeys`) its cache key. */
export interface FileOutcome {
  result: FileResult;
  notices: string[];
  key?: string;
}

/** The result of one file plus notes for stderr. Never throws for a bad file. */
export async function lintFile(task: FileTask, job: FileJob): Promise<FileOutcome> {
  let key: string | undefined;
  const failed = (error: string): FileResult => ({
    path: task.path,
    format: null,
    lang: null,
    findings: [],
    coverage: [],
    error,
  });
  try {
    // Read once: the readers and the writing checks' line numbers work on the same bytes, and
    // the cache key (--cache) is of the bytes linted. Reader messages follow --lang.
    const maxBytes = job.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
    const bytes = task.bytes ?? readUserFile(task.abs, { lang: job.lang, maxBytes, limit: 'maxFileBytes' });
    if (job.cacheKeys) key = digest(bytes, JSON.stringify(task.settings));
    const doc = await readDocumentBytes(task.path, bytes, { ...job.limits, lang: job.lang });
    const notices = doc.warnings.map((w) => `${task.path}: ${w}`);
    if (!doc.blocks.some((b) => b.text.trim() !== '')) {
      return {
        result: { ...failed(message(job.lang, doc.format === 'pdf' ? 'noTextPdf' : 'noText')), format: doc.format },
        notices,
        ...(key ? { key } : {}),
      };
    }
    // Markdown and text have lines a flagged word can point at.
    const textual = job.languagePacks.length > 0 && (doc.format === 'markdown' || doc.format === 'text');
    const source = textual ? decodeSourceText(bytes) : undefined;
    const linted = lintDocument(doc, job.rules, {
      level: job.level,
      lang: job.lang,
      matcher: job.matcher,
      settings: task.settings,
      languagePacks: job.languagePacks,
      ...(job.weak ? { weak: job.weak } : {}),
      isReported: job.isReported,
      ...(job.isExplained ? { isExplained: job.isExplained } : {}),
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
    // A reader's UserError is the user's problem with the file; anything else is our bug, but
    // still confined to this file so the rest of the run goes on.
    const text = isUserError(e) ? e.message : e instanceof Error ? e.message : String(e);
    const notices = job.debug && !isUserError(e) && e instanceof Error && e.stack ? [e.stack] : [];
    return { result: failed(text), notices };
  }
}
