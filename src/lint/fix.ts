// `--fix` / `--fix-dry-run`: rewrite the flagged words of Markdown and text documents with their
// replacements (or only show the diff). DOCX, ODT and PDF are never rewritten.
import { isUserError } from '../errors.js';
import { readDocument } from '../documents/index.js';
import { fixFile } from '../quality/index.js';
import type { FixEdit } from '../quality/index.js';
import type { Document } from '../types.js';
import { prepareRun } from './prepare.js';
import type { FileSettings, LintOptions } from './types.js';

/** What `--fix` did, or would do, to one document. */
export interface FixedFile {
  /** As reports show it: relative to the working directory, with `/`. */
  path: string;
  edits: FixEdit[];
  /** The unified diff of the change ('' when none). */
  diff: string;
  /**
   * Why the file could not be fixed, or null. `read`: it could not be read at all (lint says so
   * too); `fix`: it was read but is not rewritten (e.g. not UTF-8).
   */
  error: { stage: 'read' | 'fix'; message: string } | null;
}

export interface FixResult {
  /** Markdown and text documents, and every file that could not be read, in discovery order. */
  files: FixedFile[];
}

/**
 * Whether a rule may be fixed in a document: reported (`--rule`/`--exclude`), not `off`, and
 * not suppressed in the config or, with a reason, in the document itself.
 */
function fixable(doc: Document, settings: FileSettings, isReported: (id: string) => boolean): (id: string) => boolean {
  const suppressed = new Set([
    ...Object.keys(settings.suppress),
    ...doc.suppressions.filter((s) => s.reason.trim() !== '').map((s) => s.ruleId),
  ]);
  return (id) => isReported(id) && settings.severity[id] !== 'off' && !suppressed.has(id);
}

/**
 * Fixes (or with `dryRun` only diffs) every Markdown and text document the run finds, with the
 * run's language packs, config and `--shard`. Files are independent: one that fails is reported
 * and the others are still fixed. Throws a UserError only for problems with the run as a whole.
 */
export async function fixFiles(opts: LintOptions & { dryRun?: boolean } = {}): Promise<FixResult> {
  const run = await prepareRun(opts);
  const files: FixedFile[] = [];
  const settingsOf = new Map(run.tasks.map((t) => [t.abs, t.settings]));
  for (const entry of run.entries) {
    if (!('target' in entry)) {
      files.push({
        path: entry.problem.path,
        edits: [],
        diff: '',
        error: { stage: 'read', message: entry.problem.message },
      });
      continue;
    }
    const { abs, path } = entry.target;
    let doc: Document;
    try {
      doc = await readDocument(abs, { ...run.limits, lang: run.lang });
    } catch (e) {
      files.push({
        path,
        edits: [],
        diff: '',
        error: { stage: 'read', message: e instanceof Error ? e.message : String(e) },
      });
      continue;
    }
    if (doc.format !== 'markdown' && doc.format !== 'text') continue;
    try {
      const isEnabled = fixable(doc, settingsOf.get(abs)!, run.isReported);
      const out = await fixFile(abs, doc.format, run.languagePacks, {
        dryRun: opts.dryRun ?? false,
        displayPath: path,
        isEnabled,
        lang: run.lang,
        maxBytes: run.limits.maxFileBytes,
      });
      files.push({ path, edits: out.edits, diff: out.diff, error: null });
    } catch (e) {
      if (!isUserError(e) && !(e instanceof Error && 'code' in e)) throw e;
      files.push({ path, edits: [], diff: '', error: { stage: 'fix', message: e.message } });
    }
  }
  return { files };
}
