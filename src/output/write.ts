// Writing an output file safely: never over an existing file without --force, atomically (temp
// file in the same directory, fsync, then link or rename), and never leaving a temp file behind.
import { randomBytes } from 'node:crypto';
import { chmod, link, lstat, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Lang } from '../types.js';

const MSG = {
  sv: {
    noDir: 'katalogen {dir} finns inte',
    notDir: '{dir} är inte en katalog',
    isDir: 'är en katalog; ange ett filnamn',
    exists: 'filen finns redan; använd --force för att skriva över den',
    notWritable: 'kan inte skriva i {dir} (saknar behörighet eller skrivskyddat)',
    noSpace: 'det finns inte plats på disken',
    failed: 'kunde inte skriva filen ({code})',
  },
  en: {
    noDir: 'directory {dir} does not exist',
    notDir: '{dir} is not a directory',
    isDir: 'is a directory; give a file name',
    exists: 'the file already exists; use --force to overwrite it',
    notWritable: 'cannot write in {dir} (no permission or read-only)',
    noSpace: 'no space left on the device',
    failed: 'could not write the file ({code})',
  },
} as const;

/** Options of writeOutput. */
export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Language of error messages (default sv). */
  lang?: Lang;
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
export async function sweepStaleTemps(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  swept.add(dir);
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
    return codeOf(e) === 'EPERM';
  }
}

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/**
 * Writes `data` to `path` atomically. Throws a one-line UserError naming `path` when the
 * directory is missing or not writable, the path is a directory, or the file exists and `force`
 * is not set. On any failure the target is untouched and no temp file is left.
 */
export async function writeOutput(path: string, data: Uint8Array | string, opts: WriteOptions = {}): Promise<void> {
  const m = MSG[opts.lang ?? 'sv'];
  const target = resolve(path);
  const dir = dirname(target);
  const error = (text: string) => new UserError(path, text.replace('{dir}', dir));

  try {
    if (!(await stat(dir)).isDirectory()) throw error(m.notDir);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw error(codeOf(e) === 'ENOTDIR' ? m.notDir : m.noDir);
  }
  let existingMode: number | undefined;
  try {
    const st = await lstat(target);
    if (st.isDirectory()) throw error(m.isDir);
    if (!opts.force) throw error(m.exists);
    existingMode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (codeOf(e) !== 'ENOENT') throw error(m.failed.replace('{code}', codeOf(e)));
  }

  await sweepStaleTemps(dir);
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
    if (opts.force) {
      await rename(temp, target);
    } else {
      // link() fails if the target appeared meanwhile, so a file is never replaced without --force.
      try {
        await link(temp, target);
      } catch (e) {
        if (codeOf(e) === 'EEXIST') throw error(m.exists);
        // File systems without hard links (FAT, some network shares): check, then rename.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(codeOf(e))) throw e;
        const exists = await lstat(target).then(() => true, () => false);
        if (exists) throw error(m.exists);
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
    const code = codeOf(e);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw error(m.notWritable);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw error(m.noSpace);
    if (code === 'EISDIR') throw error(m.isDir);
    throw error(m.failed.replace('{code}', code || (e instanceof Error ? e.message : String(e))));
  }
}

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
