// Inflating one zip entry, never past what it declares: zlib stops one byte after the declared
// size, so a header that lies low costs at most that much work and memory, and is refused.
import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-directory.js';

/** Why an entry cannot be inflated; each reader words it in its own messages. */
export class ZipInflateError extends Error {
  constructor(
    readonly reason: 'method' | 'larger' | 'smaller' | 'damaged',
    /** The method number, the size actually found (`smaller`), or zlib's complaint (`damaged`). */
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * The entry's bytes, exactly `entry.originalSize` of them. Throws a ZipInflateError for an
 * unknown method, a stream that inflates to more or less than declared (`larger` is found after
 * declared + 1 bytes, never later), or a damaged stream.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.size);
  const declared = entry.originalSize;
  if (entry.compression === 0) {
    if (entry.size !== declared)
      throw new ZipInflateError(entry.size > declared ? 'larger' : 'smaller', String(entry.size));
    return data.slice();
  }
  if (entry.compression !== 8) throw new ZipInflateError('method', String(entry.compression));
  if (data.length === 0 && declared === 0) return new Uint8Array(0);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: declared + 1, chunkSize: outputChunk(declared) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipInflateError('larger', '');
    throw new ZipInflateError('damaged', e instanceof Error && e.message ? e.message : String(e));
  }
  if (out.length !== declared)
    throw new ZipInflateError(out.length > declared ? 'larger' : 'smaller', String(out.length));
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/**
 * zlib's output chunk for a part of this declared size: the whole part plus one byte, so that
 * it inflates in one step into one buffer (zlib's default 16 KB chunks cost a dozen steps and
 * a copy to join them; the spare byte spares a last empty chunk). Capped, so that a header
 * lying high costs no large allocation up front.
 */
function outputChunk(declared: number): number {
  return Math.min(Math.max(declared + 1, 64), 8 * 1024 * 1024);
}
