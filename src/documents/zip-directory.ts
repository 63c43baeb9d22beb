// The central directory of a zip, read without inflating anything: each entry's name, method,
// declared sizes and where its data lies. Shared by the document readers (lint) and the template
// reader (generate, batch), so that both refuse the same hostile archives the same way.

/** One entry as the central directory lists it, with where its data starts in the file. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  compression: number;
  /** Compressed size, as declared. */
  size: number;
  /** Uncompressed size, as declared: inflation stops one byte past it. */
  originalSize: number;
  /** Offset of the entry's local header. */
  offset: number;
  /** Offset of the entry's data, after its local header. */
  dataStart: number;
}

/** Why an archive cannot be listed; each reader words it in its own messages. */
export class ZipFormatError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'tooManyEntries' | 'overlap',
    /** For `corrupt`, what is wrong; for `overlap`, the two entry names. */
    readonly detail: string,
    readonly other = '',
  ) {
    super(detail);
  }
}

const u16 = (d: Uint8Array, at: number): number => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number): number =>
  (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
/** A 64-bit field as a number; a value past 2^53 cannot be a real offset or size in memory. */
const u64 = (d: Uint8Array, at: number): number => u32(d, at) + u32(d, at + 4) * 2 ** 32;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

const corrupt = (detail: string): never => {
  throw new ZipFormatError('corrupt', detail);
};

/**
 * The entries of the zip in `d`, in directory order. Reads the end record the way fflate and
 * most readers find it (the last signature within the comment's reach), zip64 included.
 * Refuses, with a ZipFormatError: a missing or damaged directory, more than `maxEntries`
 * entries, an entry without its local header or running past the end of the file, and two
 * entries whose data overlap. Overlap is how a small archive lists one compressed stream under
 * many names so that it is inflated many times; no zip writer ever makes it.
 */
export function readZipDirectory(d: Uint8Array, maxEntries: number): ZipEntry[] {
  let e = d.length - 22;
  for (; e >= 0 && u32(d, e) !== 0x06054b50; e--) {
    if (e === 0 || d.length - e > 65558) corrupt('no end of central directory');
  }
  if (e < 0) corrupt('no end of central directory');
  let count = u16(d, e + 8);
  let at = u32(d, e + 16);
  let zip64 = false;
  if (e >= 20 && u32(d, e - 20) === 0x07064b50) {
    const z = u64(d, e - 12);
    if (z + 56 > d.length || u32(d, z) !== 0x06064b50) corrupt('damaged zip64 end record');
    zip64 = true;
    count = u64(d, z + 32);
    at = u64(d, z + 48);
  }
  if (count > maxEntries) throw new ZipFormatError('tooManyEntries', String(count));
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > d.length || u32(d, at) !== 0x02014b50) corrupt('damaged central directory');
    const nameLength = u16(d, at + 28);
    const extraLength = u16(d, at + 30);
    const commentLength = u16(d, at + 32);
    const extraStart = at + 46 + nameLength;
    if (extraStart + extraLength > d.length) corrupt('damaged central directory');
    let size = u32(d, at + 20);
    let originalSize = u32(d, at + 24);
    let offset = u32(d, at + 42);
    if (zip64 || size === 0xffffffff || originalSize === 0xffffffff || offset === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the fields marked 0xffffffff.
      const z = zip64Extra(d, extraStart, extraLength);
      let k = 0;
      const next = (): number => {
        if (z < 0 || k + 8 > u16(d, z + 2)) corrupt('missing zip64 sizes');
        const v = u64(d, z + 4 + k);
        k += 8;
        return v;
      };
      if (originalSize === 0xffffffff) originalSize = next();
      if (size === 0xffffffff) size = next();
      if (offset === 0xffffffff) offset = next();
    }
    const name = (u16(d, at + 8) & 0x800 ? utf8 : latin1).decode(d.subarray(at + 46, extraStart));
    if (offset + 30 > d.length || u32(d, offset) !== 0x04034b50) corrupt(`no local header for ${name}`);
    const dataStart = offset + 30 + u16(d, offset + 26) + u16(d, offset + 28);
    if (!Number.isSafeInteger(dataStart + size) || dataStart + size > d.length)
      corrupt(`${name} runs past the end of the archive`);
    entries.push({ name, compression: u16(d, at + 10), size, originalSize, offset, dataStart });
    at = extraStart + extraLength + commentLength;
  }
  checkOverlap(entries);
  return entries;
}

/** Where the zip64 extended-information extra field starts, or -1. */
function zip64Extra(d: Uint8Array, from: number, length: number): number {
  for (let i = from; i + 4 <= from + length; ) {
    const id = u16(d, i);
    const len = u16(d, i + 2);
    if (id === 0x0001) return i + 4 + len <= from + length ? i : -1;
    i += 4 + len;
  }
  return -1;
}

/** Throws an `overlap` ZipFormatError when two entries' records and data share any byte. */
function checkOverlap(entries: readonly ZipEntry[]): void {
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    if (cur.offset < prev.dataStart + prev.size) throw new ZipFormatError('overlap', cur.name, prev.name);
  }
}
