// One appendix of a batch, as plain data that can cross to a worker thread, and the call that
// makes it: exactly the `generate()` call `jamkrav generate` makes for the same inputs.
import { isUserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { generate } from '../generate/index.js';
import type { GenerateOptions } from '../generate/index.js';
import type { Catalogue, Lang } from '../types.js';
import { TENDER } from './messages.js';

/** What one tender needs besides the shared catalogue and template (structured-clone safe). */
export interface Job {
  /** The tender's 0-based position in the manifest. */
  index: number;
  /** Which loaded catalogue (one per distinct pack set). */
  catalogue: string;
  /** Which loaded template, if the tender has its own. */
  template?: string;
  options: Omit<GenerateOptions, 'catalogue' | 'template'>;
  /** Language of messages about the run. */
  lang: Lang;
}

/** The outcome of one job: the appendix bytes, or one line saying what went wrong. */
export type JobResult =
  | {
      index: number;
      ok: true;
      data: Uint8Array;
      warnings: string[];
      rules: string[];
      answerForm?: Uint8Array;
      annex?: Uint8Array;
    }
  | { index: number; ok: false; error: string };

/** Catalogues and templates, loaded once and shared by every job. */
export interface JobShared {
  catalogues: ReadonlyMap<string, Catalogue>;
  templates: ReadonlyMap<string, Uint8Array>;
}

/** Runs one job. Never throws: a UserError becomes its one line, anything else an "unexpected error". */
export async function runJob(job: Job, shared: JobShared): Promise<JobResult> {
  try {
    const catalogue = shared.catalogues.get(job.catalogue);
    if (!catalogue) throw new Error(`catalogue ${job.catalogue} not loaded`);
    const template = job.template === undefined ? undefined : shared.templates.get(job.template);
    const result = await generate({ catalogue, ...job.options, ...(template ? { template } : {}) });
    return {
      index: job.index,
      ok: true,
      data: result.data,
      warnings: result.warnings,
      rules: result.rules,
      ...(result.answerForm ? { answerForm: result.answerForm } : {}),
      ...(result.annex ? { annex: result.annex } : {}),
    };
  } catch (e) {
    if (isUserError(e)) return { index: job.index, ok: false, error: e.toLine() };
    return {
      index: job.index,
      ok: false,
      error: fmt(job.lang, TENDER.crashed, { message: e instanceof Error ? e.message : String(e) }),
    };
  }
}
