// Reading a user's file, the one way every reader does it (documents, templates, configs, packs,
// metadata, manifests, .gitignore). A repository anyone can send a pull request to may hold a
// symbolic link to /dev/zero or /dev/urandom (endless), a FIFO (a read that never returns) or a
// file of gigabytes: each is refused with one line before a byte of it is read.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { formatSize } from '../limits/size.js';
import { raiseHint, type RunLimits } from '../limits.js';
import type { Lang } from '../types.js';
import { detailOf, failureOf, type FsFailure } from './errno.js';
import { READ } from './messages.js';

export interface ReadUserFileOptions {
  /** The name in messages (as the user wrote it); the path by default. */
  shown?: string;
  lang: Lang;
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** The limit `maxBytes` comes from, so the message can say how to raise it. */
  limit?: keyof RunLimits;
}

/** O_NONBLOCK where the platform has it: opening a FIFO for reading then never waits for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path` (symbolic links followed), at most `maxBytes` of them.
 * The file is looked at before it is opened (so no device is ever opened), opened without
 * blocking, looked at again through the open descriptor (so a file swapped for a FIFO meanwhile
 * is caught), and read only up to one byte past the limit (so a file that grows, or reports no
 * size as /proc files do, cannot run on).
 * @throws UserError naming the file: missing, a directory, not a regular file, a link loop,
 *   unreadable, or over the limit
 */
export function readUserFile(path: string, opts: ReadUserFileOptions): Buffer {
  const shown = opts.shown ?? path;
  const fail = (key: keyof typeof READ, values: Record<string, string | number> = {}): never => {
    throw new UserError(shown, fmt(opts.lang, READ[key], values));
  };
  const tooLarge = (size: number | undefined): never => {
    const raise = opts.limit ? raiseHint(opts.limit, opts.lang) : undefined;
    const limit = formatSize(opts.maxBytes);
    if (size === undefined)
      return fail(raise ? 'tooLargeAtLeastRaise' : 'tooLargeAtLeast', { limit, raise: raise ?? '' });
    return fail(raise ? 'tooLargeRaise' : 'tooLarge', { size: formatSize(size), limit, raise: raise ?? '' });
  };
  let fd: number | undefined;
  try {
    const before = statSync(path);
    checkKind(before, fail);
    if (before.size > opts.maxBytes) tooLarge(before.size);
    fd = openSync(path, OPEN_FLAGS);
    const now = fstatSync(fd);
    checkKind(now, fail);
    if (now.dev !== before.dev || now.ino !== before.ino) fail('changed');
    if (now.size > opts.maxBytes) tooLarge(now.size);
    return readAtMost(fd, opts.maxBytes, now.size) ?? tooLarge(undefined);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw readFailure(e, shown, opts.lang);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file could not be read, as the UserError naming it (`shown`) that every reader throws. */
export function readFailure(e: unknown, shown: string, lang: Lang): UserError {
  const key = READ_FAILURES[failureOf(e)];
  return new UserError(shown, key ? fmt(lang, READ[key]) : fmt(lang, READ.readFailed, { detail: detailOf(e) }));
}

/** The message of each failure a read can meet; the rest are shown with their code. */
const READ_FAILURES: Partial<Record<FsFailure, keyof typeof READ>> = {
  missing: 'notFound',
  notDirectory: 'notFound',
  denied: 'permissionDenied',
  isDirectory: 'isDirectory',
  loop: 'loop',
  // O_NONBLOCK on a FIFO or device that has nothing to give.
  wouldBlock: 'notRegular',
};

function checkKind(st: Stats, fail: (key: keyof typeof READ) => never): void {
  if (st.isDirectory()) fail('isDirectory');
  if (!st.isFile()) fail('notRegular');
}

/** Reads to the end, or undefined once more than `max` bytes came. `hint` sizes the first buffer. */
function readAtMost(fd: number, max: number, hint: number): Buffer | undefined {
  let buf = Buffer.allocUnsafe(Math.min(max + 1, Math.max(hint + 1, 64 * 1024)));
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > max) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(max + 1, buf.length * 2));
      buf.copy(grown, 0, 0, length);
      buf = grown;
    }
    const n = readSync(fd, buf, length, buf.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > max) return undefined;
  return buf.subarray(0, length);
}

/**
 * Standard input, whole, at most `maxBytes` of it (a document an editor or a pre-commit hook
 * pipes in: `jamkrav lint - --stdin-filename anbud.md`). Reading stops one chunk past the limit.
 * @throws UserError naming `shown` when more than `maxBytes` arrive
 */
export async function readStandardInput(input: NodeJS.ReadableStream, opts: ReadUserFileOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > opts.maxBytes) {
      const raise = opts.limit ? raiseHint(opts.limit, opts.lang) : undefined;
      const key = raise ? 'tooLargeAtLeastRaise' : 'tooLargeAtLeast';
      throw new UserError(
        opts.shown ?? '-',
        fmt(opts.lang, READ[key], { limit: formatSize(opts.maxBytes), raise: raise ?? '' }),
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
