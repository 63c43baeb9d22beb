// The reading half of linting one file: bytes to document, or the file's error. A reader thread
// (read-worker.ts) runs only this half, so it loads no rules and no matching code.
import { isUserError } from '../errors.js';
import {
  DEFAULT_LIMITS,
  decodeSourceText,
  fromWire,
  readDocumentBytes,
  toWire,
  type WireDocument,
} from '../documents/index.js';
import { readUserFile } from '../fs/read.js';
import type { Document, Lang } from '../types.js';
import { digest } from './cache.js';
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

/** What reading needs (plain data: it crosses to a reader thread as it is). */
export interface ReadJob {
  lang: Lang;
  limits?: ReadLimitsOption;
  debug?: boolean;
  /** `--cache`: give each result the key of the bytes linted and the file's settings. */
  cacheKeys?: boolean;
  /** Whether Markdown and text also need their source text (for the writing checks' line numbers). */
  sources: boolean;
}

/** What linting one file gives: its result, notes for stderr and (with `cacheKeys`) its cache key. */
export interface FileOutcome {
  result: FileResult;
  notices: string[];
  key?: string;
}

/** A file read and ready to lint: its document and, for Markdown and text, its source text. */
export interface ReadFile {
  doc: Document;
  source?: string;
  notices: string[];
  key?: string;
}

/** A file read (`read`) or already done with (`done`: an error, or no text to lint). */
export type ReadOutcome = { read: ReadFile } | { done: FileOutcome };

/** A file read as a reader thread sends it: its document compact (see documents/wire.ts). */
export type SentFile = Omit<ReadFile, 'doc'> & { doc: WireDocument };
export type SentOutcome = { read: SentFile } | { done: FileOutcome };

export function toSent(outcome: ReadOutcome): SentOutcome {
  return 'done' in outcome ? outcome : { read: { ...outcome.read, doc: toWire(outcome.read.doc) } };
}

export function fromSent(file: SentFile): ReadFile {
  return { ...file, doc: fromWire(file.doc) };
}

/** The result of a file that could not be linted. */
export function failedResult(path: string, error: string): FileResult {
  return { path, format: null, lang: null, findings: [], coverage: [], error };
}

/** The part of a lint job that reading needs, as plain data (a reader thread gets it from its start). */
export function readJobOf(job: {
  lang: Lang;
  languagePacks: readonly unknown[];
  limits?: ReadLimitsOption;
  debug?: boolean;
  cacheKeys?: boolean;
}): ReadJob {
  return {
    lang: job.lang,
    sources: job.languagePacks.length > 0,
    ...(job.limits ? { limits: job.limits } : {}),
    ...(job.debug !== undefined ? { debug: job.debug } : {}),
    ...(job.cacheKeys ? { cacheKeys: true } : {}),
  };
}

/** A file's outcome when something went wrong with it: a reader's UserError, or a bug confined to the file. */
export function failedOutcome(path: string, e: unknown, debug: boolean | undefined): FileOutcome {
  const text = isUserError(e) ? e.message : e instanceof Error ? e.message : String(e);
  const notices = debug && !isUserError(e) && e instanceof Error && e.stack ? [e.stack] : [];
  return { result: failedResult(path, text), notices };
}

/** Reads one file. Never throws for a bad file. */
export async function readTask(task: FileTask, job: ReadJob): Promise<ReadOutcome> {
  let key: string | undefined;
  try {
    // Read once: the readers and the writing checks' line numbers work on the same bytes, and
    // the cache key (--cache) is of the bytes linted. Reader messages follow --lang.
    const maxBytes = job.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
    const bytes = task.bytes ?? readUserFile(task.abs, { lang: job.lang, maxBytes, limit: 'maxFileBytes' });
    if (job.cacheKeys) key = digest(bytes, JSON.stringify(task.settings));
    const doc = await readDocumentBytes(task.path, bytes, { ...job.limits, lang: job.lang });
    const notices = doc.warnings.map((w) => `${task.path}: ${w}`);
    if (!doc.blocks.some((b) => b.text.trim() !== '')) {
      const error = message(job.lang, doc.format === 'pdf' ? 'noTextPdf' : 'noText');
      const result = { ...failedResult(task.path, error), format: doc.format };
      return { done: { result, notices, ...(key ? { key } : {}) } };
    }
    // Markdown and text have lines a flagged word can point at.
    const textual = job.sources && (doc.format === 'markdown' || doc.format === 'text');
    const source = textual ? decodeSourceText(bytes) : undefined;
    return { read: { doc, notices, ...(source !== undefined ? { source } : {}), ...(key ? { key } : {}) } };
  } catch (e) {
    return { done: failedOutcome(task.path, e, job.debug) };
  }
}
