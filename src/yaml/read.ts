// Reading one YAML file we check (rule packs, language packs): its text, or the positioned problem
// saying why it cannot be read, so that a loader reports it like any other problem and never throws.
import { readFile } from 'node:fs/promises';
import { fmt } from '../i18n.js';
import type { Lang, SourceProblem } from '../types.js';

const UNREADABLE = { sv: 'kan inte läsa filen: {reason}', en: 'cannot read the file: {reason}' };

/** The file's UTF-8 text, or one problem at 1:1 naming the system's reason (ENOENT, EACCES …). */
export async function readSourceFile(file: string, lang: Lang): Promise<{ source: string } | { problems: SourceProblem[] }> {
  try {
    return { source: await readFile(file, 'utf8') };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { problems: [{ file, pos: { line: 1, col: 1 }, severity: 'error', message: fmt(lang, UNREADABLE, { reason }) }] };
  }
}
