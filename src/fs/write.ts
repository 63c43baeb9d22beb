// Writing an output file safely: never over an existing file without --force, atomically (temp
// file in the same directory, fsync, then link or rename), and never leaving a temp file behind.
// A device or FIFO is written into, never replaced (`-o /dev/null`, `-o /dev/stdout`).
import { randomBytes } from 'node:crypto';
import { chmod, link, lstat, mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { detailOf, errnoOf, failureOf, type FsFailure } from './errno.js';
import type { HeldFolder } from './folder.js';
import { WRITE } from './messages.js';
import { specialTarget, writeThrough } from './special.js';

/** Options of writeOutput. */
export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Language of error messages (default sv). */
  lang?: Lang;
  /**
   * Write into a device or FIFO the path names (the default). When false, such a target is
   * refused: a batch writes files into a folder, and a FIFO there would hang it.
   */
  writeThrough?: boolean;
  /** The folder to write in, held open at the moment of writing (see holdFolderInside). */
  folder?: HeldFolder;
  /** Create the folders the path names when they are missing (a report's `reports/x.sarif`). */
  makeFolders?: boolean;
  /** The name in messages, when `path` is not what the user wrote (a link's target); `path` by default. */
  shown?: string;
}

/**
 * Test seam: how the temp file's bytes are written. Tests replace it to simulate a full disk where
 * no small file system can be mounted; nothing else ever sets it.
 */
export const writeSeam: { writeTemp: (handle: FileHandle, data: Uint8Array | string) => Promise<void> } = {
  writeTemp: (handle, data) => handle.writeFile(data),
};

/**
 * Temp files are `.<name>.<pid>.<8 hex>.tmp` beside the target: hidden, ending in `.tmp` (never an
 * output format, never a document lint reads), so one can never be taken for an output.
 */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

const swept = new Set<string>();

/**
 * Removes temp files that a killed run left in `dir` (their process is gone), once per folder
 * and process. A temp file of a live process (another run writing here now) is left alone.
 */
export async function sweepStaleTemps(dir: string, key: string = dir): Promise<void> {
  // By the folder's name, not `dir`: a folder held open is /proc/self/fd/N, and N is reused.
  if (swept.has(key)) return;
  swept.add(key);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    await unlink(join(dir, name)).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === 'EPERM';
  }
}

/**
 * The problem with an output's name on its own, or undefined: a NUL (which no file system
 * takes, and which Node refuses with an internal error), or the name of one of our temp files
 * (the next write's clean-up would delete it).
 */
export function outputNameProblem(path: string, lang: Lang): string | undefined {
  if (path.includes('\0')) return fmt(lang, WRITE.nul);
  if (TEMP_FILE.test(basename(path))) return fmt(lang, WRITE.tempName);
  return undefined;
}

/**
 * Writes `data` to `path`: into it when it is a device or FIFO, else atomically. Throws a
 * one-line UserError naming `path` when the name is unusable, the directory is missing or not
 * writable, the path is a directory, or the file exists and `force` is not set. On any failure
 * the target is untouched and no temp file is left.
 */
export async function writeOutput(path: string, data: Uint8Array | string, opts: WriteOptions = {}): Promise<void> {
  const lang = opts.lang ?? 'sv';
  const shown = opts.shown ?? path;
  const named = outputNameProblem(path, lang);
  if (named) throw new UserError(shown, named);
  const target = opts.folder ? join(opts.folder.path, basename(path)) : resolve(path);
  const dir = opts.folder ? opts.folder.path : dirname(target);
  const shownDir = opts.folder ? opts.folder.shown : dir;
  const error = (key: keyof typeof WRITE, values: Record<string, string> = {}) =>
    new UserError(shown, fmt(lang, WRITE[key], { dir: shownDir, ...values }));

  const special = specialTarget(target);
  if (special === 'block') throw error('blockDevice');
  if (special !== undefined) {
    if (opts.writeThrough === false) throw error('notRegular');
    return writeThrough(shown, target, special, data, lang);
  }
  if (opts.makeFolders && !opts.folder) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      const failure = failureOf(e);
      if (failure === 'denied') throw error('notWritable');
      // A file where a folder should be is said below, as without the option.
      if (failure !== 'exists' && failure !== 'notDirectory') throw error('failed', { code: errnoOf(e) });
    }
  }
  try {
    if (!(await stat(dir)).isDirectory()) throw error('notDir');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw error(failureOf(e) === 'notDirectory' ? 'notDir' : 'noDir');
  }
  let existingMode: number | undefined;
  try {
    const st = await lstat(target);
    if (st.isDirectory()) throw error('isDir');
    if (!opts.force) throw error('exists');
    existingMode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (failureOf(e) !== 'missing') throw error('failed', { code: errnoOf(e) });
  }

  await sweepStaleTemps(dir, shownDir);
  // The temp file sits beside the target so that rename/link never crosses file systems.
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', 0o666);
    created = true;
    try {
      await writeSeam.writeTemp(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existingMode !== undefined) await chmod(temp, existingMode);
    // Without an opened folder to write through, the last check of where the folder now is.
    if (opts.folder && !opts.folder.stillInside()) throw error('moved');
    if (opts.force) {
      await rename(temp, target);
    } else {
      // link() fails if the target appeared meanwhile, so a file is never replaced without --force.
      try {
        await link(temp, target);
      } catch (e) {
        if (failureOf(e) === 'exists') throw error('exists');
        // File systems without hard links (FAT, some network shares): check, then rename.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errnoOf(e))) throw e;
        const exists = await lstat(target).then(
          () => true,
          () => false,
        );
        if (exists) throw error('exists');
        await rename(temp, target);
        created = false;
      }
      if (created) await unlink(temp);
    }
    created = false;
    await syncDir(dir);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    if (e instanceof UserError) throw e;
    throw error(WRITE_FAILURES[failureOf(e)] ?? 'failed', { code: detailOf(e) });
  }
}

/** The message of each failure a write can meet; the rest are shown with their code. */
const WRITE_FAILURES: Partial<Record<FsFailure, keyof typeof WRITE>> = {
  denied: 'notWritable',
  noSpace: 'noSpace',
  isDirectory: 'isDir',
};

/** Makes the rename durable where the platform allows fsync on a directory. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported everywhere (Windows); the data itself is already synced.
  }
}
