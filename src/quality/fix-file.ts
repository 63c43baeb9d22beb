// `--fix` and `--fix-dry-run` on one Markdown or text file: plan the edits, then write them
// through the one atomic writer (src/fs/write.ts) or show the diff.
import { realpath } from 'node:fs/promises';
import { DEFAULT_LIMITS } from '../limits/read.js';
import { UserError } from '../errors.js';
import { readFailure, readUserFile } from '../fs/read.js';
import { writeOutput } from '../fs/write.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { planFixes } from './fix.js';
import { unifiedDiff } from './diff.js';
import type { FixEdit, LanguagePack } from './types.js';

export interface FixFileOptions {
  /** Show the diff, write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
  /** The path as diffs and messages name it (relative, with `/`); default the file as given. */
  displayPath?: string;
  /** Rules for which this returns false are not fixed (config `off`, suppressions in the file). */
  isEnabled?: (ruleId: string) => boolean;
  /** Language of error messages. */
  lang?: Lang;
  /** Largest file read (`--max-file-size`); the default otherwise. */
  maxBytes?: number;
}

export interface FixFileResult {
  changed: boolean;
  edits: FixEdit[];
  /** The unified diff of the planned change ('' when none). */
  diff: string;
}

const M = {
  notUtf8: {
    sv: 'filen är inte UTF-8 och skrivs inte om av --fix (spara den som UTF-8 först)',
    en: 'the file is not UTF-8 and is not rewritten by --fix (save it as UTF-8 first)',
  },
} satisfies Record<string, Text>;

/**
 * Fixes one Markdown or text file in place (or only diffs it with `dryRun`). Only UTF-8 files
 * are rewritten, so that no byte outside the edited words changes; anything else is a UserError.
 */
export async function fixFile(
  file: string,
  format: 'markdown' | 'text',
  packs: readonly LanguagePack[],
  opts: FixFileOptions = {},
): Promise<FixFileResult> {
  const shown = opts.displayPath ?? file;
  const bytes = readUserFile(file, {
    shown,
    lang: opts.lang ?? 'sv',
    maxBytes: opts.maxBytes ?? DEFAULT_LIMITS.maxFileBytes,
    limit: 'maxFileBytes',
  });
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(shown, fmt(opts.lang ?? 'sv', M.notUtf8));
  }
  const plan = planFixes(source, format, packs, opts.isEnabled ? { isEnabled: opts.isEnabled } : {});
  const diff = unifiedDiff(shown, source, plan.fixed);
  const changed = plan.fixed !== source;
  if (changed && !opts.dryRun) await rewrite(file, shown, plan.fixed, opts.lang ?? 'sv');
  return { changed, edits: plan.edits, diff };
}

/**
 * Replaces the file's contents atomically, keeping its mode. A symbolic link is written through:
 * the file it leads to is replaced and the link stays a link, as an editor saving through it
 * would do (replacing the link itself with a regular file silently cut a shared document loose
 * from the copy it was linked to). Discovery already refuses links that lead out of the folders
 * being checked unless --follow-symlinks, so this reaches no file the run was not asked to read.
 */
async function rewrite(file: string, shown: string, text: string, lang: Lang): Promise<void> {
  // Gone or replaced since it was read: said as any reader says it.
  const target = await realpath(file).catch((e: unknown) => {
    throw readFailure(e, shown, lang);
  });
  // writeThrough false: the file was regular when read; a FIFO put in its place is refused, not fed.
  await writeOutput(target, text, { force: true, writeThrough: false, lang, shown });
}
