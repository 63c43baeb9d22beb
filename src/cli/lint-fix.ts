// `jamkrav lint --fix` and `--fix-dry-run`: run the fixes, say what happened on stderr.
import { oneLine } from '../errors.js';
import { fmt } from '../i18n.js';
import { fixFiles, type FixResult } from '../lint/index.js';
import type { LintOptions } from '../lint/types.js';
import type { Lang, Text } from '../types.js';

const M = {
  fixed: {
    sv: '--fix: ersatte {words} ord i {files} {fileWord}',
    en: '--fix: replaced {words} {wordWord} in {files} {fileWord}',
  },
  planned: {
    sv: '--fix-dry-run: {words} ord i {files} {fileWord} skulle ersättas; ingenting skrevs',
    en: '--fix-dry-run: {words} {wordWord} in {files} {fileWord} would be replaced; nothing was written',
  },
  file: { sv: 'fil', en: 'file' },
  files: { sv: 'filer', en: 'files' },
} satisfies Record<string, Text>;

/** One stderr line about the whole fix run. */
function summary(result: FixResult, lang: Lang, dryRun: boolean): string {
  const changed = result.files.filter((f) => f.edits.length > 0);
  const words = changed.reduce((n, f) => n + f.edits.length, 0);
  return fmt(lang, dryRun ? M.planned : M.fixed, {
    words,
    wordWord: words === 1 ? 'word' : 'words',
    files: changed.length,
    fileWord: fmt(lang, changed.length === 1 ? M.file : M.files),
  });
}

/**
 * Runs the fixes. Writes one line per file that could not be fixed to stderr (with `--fix`
 * only those read but not rewritten: the lint that follows reports unreadable files itself)
 * and a summary line when anything changed or would. Returns the result and whether a file
 * could not be used.
 */
export async function runFixes(
  opts: LintOptions,
  dryRun: boolean,
  lang: Lang,
): Promise<{ result: FixResult; failed: boolean }> {
  const result = await fixFiles({ ...opts, dryRun });
  let failed = false;
  for (const f of result.files) {
    if (!f.error || (!dryRun && f.error.stage === 'read')) continue;
    process.stderr.write(`jamkrav: ${oneLine(`${f.path}: ${f.error.message}`)}\n`);
    failed = true;
  }
  if (result.files.some((f) => f.edits.length > 0)) process.stderr.write(`jamkrav: ${summary(result, lang, dryRun)}\n`);
  return { result, failed };
}
