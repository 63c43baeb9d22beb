// `--fix` and `--fix-dry-run` on one Markdown or text file: plan the edits, then write them
// atomically (a temporary file in the same folder, renamed over the original) or show the diff.
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_LIMITS } from '../documents/limits.js';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
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
  const bytes = readUserFile(file, { shown, lang: opts.lang ?? 'sv', maxBytes: opts.maxBytes ?? DEFAULT_LIMITS.maxFileBytes, limit: 'maxFileBytes' });
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(shown, fmt(opts.lang ?? 'sv', M.notUtf8));
  }
  const plan = planFixes(source, format, packs, opts.isEnabled ? { isEnabled: opts.isEnabled } : {});
  const diff = unifiedDiff(shown, source, plan.fixed);
  const changed = plan.fixed !== source;
  if (changed && !opts.dryRun) await writeAtomic(file, plan.fixed);
  return { changed, edits: plan.edits, diff };
}

/** Writes `text` to `file` through a temporary file and a rename, keeping the file's mode. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const { mode } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.jamkrav-tmp`);
  try {
    await writeFile(temp, text, { mode });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
