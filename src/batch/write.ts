// Writing one appendix of a batch: the same atomic writeOutput as `jamkrav generate`, but an
// existing file with the same bytes is left alone, so a re-run changes nothing git can see.
// The folder is made and opened at the moment of writing, inside --out and through no link
// (src/fs/folder.ts), whatever happened to it since the plan was checked. A dry run asks
// predictAppendix instead, which makes the same checks and reads the same bytes, writing nothing.
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import { inside } from '../fs/inside.js';
import { readUserFile } from '../fs/read.js';
import { fmt } from '../i18n.js';
import { holdFolderInside, makeOutFolder } from '../fs/folder.js';
import { WRITE } from '../fs/messages.js';
import { writeOutput } from '../fs/write.js';
import type { Lang } from '../types.js';
import { OUTPUT } from './messages.js';

/** What happened to the file. */
export type WriteStatus = 'written' | 'unchanged' | 'kept';

/** What writing does (or would do) to a file, and whether one was there. */
export interface Prediction {
  status: WriteStatus;
  /** Whether a file is there already (`written` over it takes --force). */
  exists: boolean;
}

/** How a batch writes: replace differing files or not, the language of errors, the --out folder. */
export interface WriteOptions {
  force: boolean;
  lang: Lang;
  /** The absolute --out folder. */
  out: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.byteLength === b.byteLength &&
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
  );
}

const shownOf = (target: string) => relative(process.cwd(), target) || target;

/** The status of `data` against the bytes already there (undefined: no file). */
function verdict(existing: Uint8Array | undefined, data: Uint8Array, force: boolean): Prediction {
  if (!existing) return { status: 'written', exists: false };
  if (sameBytes(existing, data)) return { status: 'unchanged', exists: true };
  return { status: force ? 'written' : 'kept', exists: true };
}

/**
 * Writes `data` to `target` (absolute, inside `out`), creating folders inside --out as needed.
 * An existing file with the same bytes is `unchanged`; one with other bytes is `kept` unless
 * `force`. Throws a UserError naming the file (relative to the working directory) when it
 * cannot be written, or when it is a link, a device or a FIFO (never read, never replaced).
 */
export async function writeAppendix(target: string, data: Uint8Array, opts: WriteOptions): Promise<Prediction> {
  const shown = shownOf(target);
  const realOut = makeOutFolder(opts.out, opts.lang);
  const folder = holdFolderInside(realOut, relative(opts.out, dirname(target)), opts.lang);
  try {
    const done = verdict(
      existingBytes(join(folder.path, basename(target)), data.byteLength, shown, opts.lang),
      data,
      opts.force,
    );
    if (done.status === 'written')
      await writeOutput(shown, data, { force: opts.force, lang: opts.lang, writeThrough: false, folder });
    return done;
  } finally {
    folder.close();
  }
}

/**
 * What writeAppendix would do with `data` at `target`, found without writing or making anything:
 * the folders on the way are walked as holdFolderInside walks them (a link leading out of --out,
 * or a file where a folder should be, is the same error), and the file there is refused or
 * compared as writeAppendix refuses or compares it.
 */
export function predictAppendix(target: string, data: Uint8Array, opts: WriteOptions): Prediction {
  const shown = shownOf(target);
  const folder = existingFolder(opts.out, relative(opts.out, dirname(target)), opts.lang);
  if (folder === undefined) return { status: 'written', exists: false };
  const path = join(folder, basename(target));
  const st = lstatOrUndefined(path);
  if (st?.isDirectory()) throw new UserError(shown, fmt(opts.lang, WRITE.isDir));
  return verdict(existingBytes(path, data.byteLength, shown, opts.lang), data, opts.force);
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The real path of folder `rel` inside `out`, or undefined when it (or a folder on the way) does
 * not exist yet, so the write would make it. Links are followed only where they stay inside --out.
 */
function existingFolder(out: string, rel: string, lang: Lang): string | undefined {
  if (!lstatOrUndefined(out)) return undefined;
  const realOut = realpathSync(out);
  let real = realOut;
  for (const step of rel.split(/[\\/]/).filter((s) => s !== '' && s !== '.')) {
    const at = join(real, step);
    const st = lstatOrUndefined(at);
    if (!st) return undefined;
    if (st.isSymbolicLink()) {
      const target = (() => {
        try {
          return realpathSync(at);
        } catch {
          return undefined;
        }
      })();
      if (target === undefined || !inside(realOut, target))
        throw new UserError(at, fmt(lang, WRITE.linkOnWay, { dir: at }));
      if (!lstatSync(target).isDirectory()) throw new UserError(at, fmt(lang, WRITE.notDir, { dir: at }));
      real = target;
    } else if (st.isDirectory()) {
      real = at;
    } else {
      throw new UserError(at, fmt(lang, WRITE.notDir, { dir: at }));
    }
  }
  return real;
}

/**
 * The bytes of the file already at `path` when it might equal `size` bytes of new data; an empty
 * array stands for "there, with other bytes"; undefined for nothing there (or a folder, which
 * the write refuses). A link, device or FIFO is refused without being opened.
 */
function existingBytes(path: string, size: number, shown: string, lang: Lang): Uint8Array | undefined {
  const st = lstatOrUndefined(path);
  if (!st) return undefined;
  if (st.isSymbolicLink()) throw new UserError(shown, fmt(lang, OUTPUT.isLink, { output: shown }));
  if (st.isDirectory()) return undefined;
  if (!st.isFile()) throw new UserError(shown, fmt(lang, WRITE.notRegular));
  if (st.size !== size) return new Uint8Array(0);
  return readUserFile(path, { shown, lang, maxBytes: size });
}
