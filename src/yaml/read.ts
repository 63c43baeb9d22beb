// Reading one YAML file we check (rule packs, language packs): its text, or the positioned problem
// saying why it cannot be read, so that a loader reports it like any other problem and never throws.
import { isUserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang, SourceProblem } from '../types.js';

/**
 * The file's UTF-8 text, or one problem at 1:1 saying why it cannot be read (missing, not a
 * regular file, over `maxBytes` …), in the words every reader of user files uses.
 */
export async function readSourceFile(
  file: string,
  lang: Lang,
  maxBytes?: number,
): Promise<{ source: string } | { problems: SourceProblem[] }> {
  try {
    // A limit given is lint's (a flag or the config can raise it, and the message says how);
    // otherwise the default, which the other commands do not let a user change.
    const limit = maxBytes !== undefined ? { limit: 'maxDataFileBytes' as const } : {};
    return {
      source: readUserFile(file, {
        lang,
        maxBytes: maxBytes ?? DEFAULT_RUN_LIMITS.maxDataFileBytes,
        ...limit,
      }).toString('utf8'),
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { problems: [{ file, pos: { line: 1, col: 1 }, severity: 'error', message: e.message }] };
  }
}
