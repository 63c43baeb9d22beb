// Writing one appendix of a batch: the same atomic writeOutput as `jamkrav generate`, but an
// existing file with the same bytes is left alone, so a re-run changes nothing git can see.
// The folder is made and opened at the moment of writing, inside --out and through no link
// (src/output/folder.ts), whatever happened to it since the plan was checked.
import { lstatSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { fmt } from '../i18n.js';
import { holdFolderInside, makeOutFolder } from '../output/folder.js';
import { WRITE } from '../output/messages.js';
import { writeOutput } from '../output/write.js';
import type { Lang } from '../types.js';
import { OUTPUT } from './messages.js';

/** What happened to the file. */
export type WriteStatus = 'written' | 'unchanged' | 'kept';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/**
 * Writes `data` to `target` (absolute, inside `out`), creating folders inside --out as needed.
 * An existing file with the same bytes is `unchanged`; one with other bytes is `kept` unless
 * `force`. Throws a UserError naming the file (relative to the working directory) when it
 * cannot be written, or when it is a link, a device or a FIFO (never read, never replaced).
 */
export async function writeAppendix(target: string, data: Uint8Array, opts: { force: boolean; lang: Lang; out: string }): Promise<WriteStatus> {
  const shown = relative(process.cwd(), target) || target;
  const realOut = makeOutFolder(opts.out, opts.lang);
  const folder = holdFolderInside(realOut, relative(opts.out, dirname(target)), opts.lang);
  try {
    const existing = existingBytes(join(folder.path, basename(target)), data.byteLength, shown, opts.lang);
    if (existing && sameBytes(existing, data)) return 'unchanged';
    if (existing && !opts.force) return 'kept';
    await writeOutput(shown, data, { force: opts.force, lang: opts.lang, writeThrough: false, folder });
    return 'written';
  } finally {
    folder.close();
  }
}

/**
 * The bytes of the file already at `path` when it might equal `size` bytes of new data; an empty
 * array stands for "there, with other bytes"; undefined for nothing there (or a folder, which
 * the write refuses). A link, device or FIFO is refused without being opened.
 */
function existingBytes(path: string, size: number, shown: string, lang: Lang): Uint8Array | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) throw new UserError(shown, fmt(lang, OUTPUT.isLink, { output: shown }));
  if (st.isDirectory()) return undefined;
  if (!st.isFile()) throw new UserError(shown, fmt(lang, WRITE.notRegular));
  if (st.size !== size) return new Uint8Array(0);
  return readUserFile(path, { shown, lang, maxBytes: size });
}
