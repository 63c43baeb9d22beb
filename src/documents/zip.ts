// Zip access for DOCX and ODT: list entries without inflating anything, then inflate only the
// named parts, after checking declared sizes, ratio and entry count against the limits.
import { inflateRawSync } from 'node:zlib';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { isUserError } from '../errors.js';
import { fail, type ReadContext } from './context.js';
import { formatSize, RATIO_FLOOR_BYTES } from './limits.js';

/** Returns the entries of a zip, or throws a plain Error when the archive is unusable. */
export function listZip(bytes: Uint8Array, maxEntries: number): Map<string, UnzipFileInfo> {
  const entries = new Map<string, UnzipFileInfo>();
  let count = 0;
  unzipSync(bytes, {
    filter: (info) => {
      if (++count > maxEntries) throw new TooManyEntries();
      entries.set(info.name, info);
      return false;
    },
  });
  return entries;
}

export class TooManyEntries extends Error {}

/** An opened archive: its entry list, and inflation on demand under the limits. */
export class ZipArchive {
  private constructor(
    private readonly ctx: ReadContext,
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, UnzipFileInfo>,
  ) {}

  /** Lists the archive; a corrupt or truncated one is a UserError. */
  static open(ctx: ReadContext, bytes: Uint8Array): ZipArchive {
    let entries: Map<string, UnzipFileInfo>;
    try {
      entries = listZip(bytes, ctx.limits.maxEntries);
    } catch (e) {
      if (e instanceof TooManyEntries) fail(ctx, 'zipTooManyEntries', { max: ctx.limits.maxEntries });
      fail(ctx, 'zipCorrupt', { detail: describe(e) });
    }
    // fflate reads whatever a broken central directory points at; a nameless entry gives it away.
    if (entries.has('')) fail(ctx, 'zipCorrupt', { detail: 'inconsistent central directory' });
    return new ZipArchive(ctx, bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates the named parts that exist (absent names are simply missing from the result).
   * Everything is checked from the central directory before a byte is inflated.
   */
  read(names: readonly string[]): Map<string, Uint8Array> {
    const wanted = new Set(names.filter((n) => this.entries.has(n)));
    const out = new Map<string, Uint8Array>();
    if (wanted.size === 0) return out;
    const { ctx } = this;
    const check = (info: UnzipFileInfo): void => checkPart(ctx, info);
    let files: Record<string, Uint8Array> | undefined = this.readNative(wanted, check);
    if (!files) {
      let current = '';
      try {
        files = unzipSync(this.bytes, {
          filter: (info) => {
            if (!wanted.has(info.name)) return false;
            current = info.name;
            check(info);
            return true;
          },
        });
      } catch (e) {
        if (isUserError(e)) throw e;
        if (current) fail(ctx, 'zipInflate', { part: current, detail: describe(e) });
        fail(ctx, 'zipCorrupt', { detail: describe(e) });
      }
    }
    for (const name of wanted) {
      const data = files[name];
      const declared = this.entries.get(name)!.originalSize;
      if (!data) fail(ctx, 'missingPart', { part: name });
      // fflate inflates into a buffer of the declared size: a header that lies low truncates
      // silently (caught later as malformed XML), one that lies high leaves a short result here.
      if (data.length !== declared) fail(ctx, 'zipSizeMismatch', { part: name, actual: data.length, declared });
      out.set(name, data);
    }
    return out;
  }

  /**
   * The wanted parts inflated by zlib (native code, about twice as fast as fflate), checked
   * exactly as the fflate path checks them and in the same order. Undefined when anything is
   * out of the ordinary (zip64, an odd header, a stream zlib will not inflate within the
   * declared size): the caller then takes the fflate path, so a damaged archive fails as before.
   */
  private readNative(wanted: ReadonlySet<string>, check: (info: UnzipFileInfo) => void): Record<string, Uint8Array> | undefined {
    const records = centralDirectory(this.bytes);
    if (!records) return undefined;
    const files: Record<string, Uint8Array> = {};
    for (const r of records) {
      if (!wanted.has(r.name)) continue;
      check({ name: r.name, size: r.size, originalSize: r.originalSize, compression: r.compression });
      const start = localDataStart(this.bytes, r.offset);
      if (start === undefined || start + r.size > this.bytes.length) return undefined;
      const data = this.bytes.subarray(start, start + r.size);
      if (r.compression === 0) {
        files[r.name] = data.slice();
        continue;
      }
      try {
        const inflated = inflateRawSync(data, { maxOutputLength: Math.max(r.originalSize, 1), chunkSize: outputChunk(r.originalSize) });
        files[r.name] = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
      } catch {
        return undefined;
      }
    }
    return files;
  }
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

interface CentralRecord {
  name: string;
  compression: number;
  size: number;
  originalSize: number;
  offset: number;
}

const u16 = (d: Uint8Array, at: number): number => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number): number => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/**
 * The central directory read as fflate reads it (same end-record search, same fields, same
 * name decoding), or undefined for what this short reader leaves to fflate: zip64, a record
 * that is not where the directory says, sizes or offsets marked as stored elsewhere.
 */
function centralDirectory(d: Uint8Array): CentralRecord[] | undefined {
  let e = d.length - 22;
  for (; e >= 0 && u32(d, e) !== 0x06054b50; e--) {
    if (e === 0 || d.length - e > 65558) return undefined;
  }
  if (e < 0 || (e >= 20 && u32(d, e - 20) === 0x07064b50)) return undefined;
  const count = u16(d, e + 8);
  let at = u32(d, e + 16);
  const records: CentralRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > d.length || u32(d, at) !== 0x02014b50) return undefined;
    const nameLength = u16(d, at + 28);
    const extraLength = u16(d, at + 30);
    const commentLength = u16(d, at + 32);
    if (at + 46 + nameLength > d.length) return undefined;
    const size = u32(d, at + 20);
    const originalSize = u32(d, at + 24);
    const offset = u32(d, at + 42);
    if (size === 0xffffffff || originalSize === 0xffffffff || offset === 0xffffffff) return undefined;
    const name = (u16(d, at + 8) & 0x800 ? utf8 : latin1).decode(d.subarray(at + 46, at + 46 + nameLength));
    records.push({ name, compression: u16(d, at + 10), size, originalSize, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return records;
}

/** Where an entry's data starts, after its local header; undefined if no local header is there. */
function localDataStart(d: Uint8Array, offset: number): number | undefined {
  if (offset + 30 > d.length || u32(d, offset) !== 0x04034b50) return undefined;
  return offset + 30 + u16(d, offset + 26) + u16(d, offset + 28);
}

/** The checks every part passes before it is inflated: method, size, ratio, stored size. */
function checkPart(ctx: ReadContext, info: UnzipFileInfo): void {
  const { maxPartBytes, maxRatio } = ctx.limits;
  const part = info.name;
  if (info.compression !== 0 && info.compression !== 8) {
    fail(ctx, 'zipCompression', { part, method: info.compression });
  }
  if (info.originalSize > maxPartBytes) {
    fail(ctx, 'zipPartTooLarge', { part, size: formatSize(info.originalSize), limit: formatSize(maxPartBytes) });
  }
  const ratio = info.originalSize / Math.max(info.size, 1);
  if (info.compression === 8 && info.originalSize > RATIO_FLOOR_BYTES && ratio > maxRatio) {
    fail(ctx, 'zipRatio', { part, ratio: Math.round(ratio), max: maxRatio });
  }
  if (info.compression === 0 && info.size !== info.originalSize) {
    fail(ctx, 'zipSizeMismatch', { part, actual: info.size, declared: info.originalSize });
  }
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg || 'unknown error';
}
