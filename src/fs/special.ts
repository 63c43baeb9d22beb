// Outputs that are not files: `-o /dev/null`, `-o /dev/stdout`, a terminal, a FIFO a reader
// waits on. They are written into, as a shell redirection would; replacing one (renaming a
// temp file over it) turned /dev/null into a world-writable report when run as root.
import { closeSync, constants, fstatSync, lstatSync, openSync, statSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { errnoOf, failureOf } from './errno.js';
import { WRITE } from './messages.js';

/** What a target that is no regular file is; `block` is never written. */
export type SpecialTarget = 'stdout' | 'stderr' | 'device' | 'fifo' | 'socket' | 'block';

/**
 * What `target` is when it is not a regular file or a folder (links followed), else undefined.
 * A link to this process's own standard output or error (`/dev/stdout`, `/dev/fd/2`) is that
 * stream, even when it is a file the shell redirected to: writing goes on where the stream is.
 * (Only through a link: `-o out.txt` with standard output also sent to out.txt replaces it.)
 */
export function specialTarget(target: string): SpecialTarget | undefined {
  let st;
  try {
    st = statSync(target);
  } catch {
    return undefined;
  }
  // Whatever the stream is (a file, a pipe, or a socket, which cannot be opened by name).
  if (isLink(target)) {
    if (sameAs(st, 1)) return 'stdout';
    if (sameAs(st, 2)) return 'stderr';
  }
  if (st.isFile() || st.isDirectory()) return undefined;
  if (st.isBlockDevice()) return 'block';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'device';
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function sameAs(st: { dev: number; ino: number }, fd: number): boolean {
  try {
    const other = fstatSync(fd);
    return other.dev === st.dev && other.ino === st.ino;
  } catch {
    return false;
  }
}

/** Room for a pipe to drain when it is full, between two tries. */
const WAIT_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `data` into the device, FIFO or stream `kind` at `target` (named `path` in messages). */
export function writeThrough(
  path: string,
  target: string,
  kind: SpecialTarget,
  data: Uint8Array | string,
  lang: Lang,
): void {
  const fail = (key: keyof typeof WRITE, values: Record<string, string> = {}): never => {
    throw new UserError(path, fmt(lang, WRITE[key], values));
  };
  if (kind === 'block' || kind === 'socket') fail('notRegular');
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (kind === 'stdout' || kind === 'stderr') {
    writeAll(kind === 'stdout' ? 1 : 2, bytes, path, lang);
    return;
  }
  let fd: number | undefined;
  try {
    // Non-blocking, so that a FIFO nobody reads fails at once (ENXIO) rather than waiting for ever.
    fd = openSync(target, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
    writeAll(fd, bytes, path, lang);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const failure = failureOf(e);
    if (failure === 'noReader') fail('noReader');
    if (failure === 'denied') fail('notWritable', { dir: path });
    fail('failed', { code: errnoOf(e) || String(e) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes every byte, waiting while a non-blocking pipe is full. */
function writeAll(fd: number, bytes: Uint8Array, path: string, lang: Lang): void {
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if (failureOf(e) !== 'wouldBlock') {
        if (errnoOf(e) === 'EPIPE') throw new UserError(path, fmt(lang, WRITE.noReader));
        throw e;
      }
      Atomics.wait(pause, 0, 0, WAIT_MS);
    }
  }
}
