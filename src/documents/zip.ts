// Zip access for DOCX and ODT: list entries without inflating anything, then inflate only the
// named parts, after checking declared sizes, ratio, entry count and the document's total
// against the limits.
import { fail, type ReadContext } from './context.js';
import { RATIO_FLOOR_BYTES } from '../limits/read.js';
import { formatSize } from '../limits/size.js';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.js';
import { inflateEntry, ZipInflateError } from './zip-inflate.js';

/** The entry names of a zip, or throws a ZipFormatError when the archive is unusable (for sniffing). */
export function listZip(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  return new Map(readZipDirectory(bytes, maxEntries).map((e) => [e.name, e]));
}

/** An opened archive: its entry list, and inflation on demand under the limits. */
export class ZipArchive {
  /** Bytes inflated from this archive so far, all parts together (`maxTotalBytes`). */
  private inflated = 0;

  private constructor(
    private readonly ctx: ReadContext,
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Lists the archive; a corrupt or truncated one, or one with overlapping entries, is a UserError. */
  static open(ctx: ReadContext, bytes: Uint8Array): ZipArchive {
    let entries: Map<string, ZipEntry>;
    try {
      entries = listZip(bytes, ctx.limits.maxEntries);
    } catch (e) {
      if (!(e instanceof ZipFormatError)) throw e;
      if (e.reason === 'tooManyEntries') fail(ctx, 'zipTooManyEntries', { max: ctx.limits.maxEntries });
      if (e.reason === 'overlap') fail(ctx, 'zipOverlap', { part: e.detail, other: e.other });
      fail(ctx, 'zipCorrupt', { detail: e.detail });
    }
    // A nameless entry is no part of any document format; it marks a broken directory.
    if (entries.has('')) fail(ctx, 'zipCorrupt', { detail: 'inconsistent central directory' });
    return new ZipArchive(ctx, bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates the named parts that exist (absent names are simply missing from the result), in
   * directory order. Each part is checked from the central directory before a byte of it is
   * inflated (method, declared size, ratio, what the document has inflated so far), and
   * inflation stops one byte past its declared size.
   */
  read(names: readonly string[]): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    const { ctx } = this;
    for (const entry of this.entries.values()) {
      if (!names.includes(entry.name) || out.has(entry.name)) continue;
      checkPart(ctx, entry, this.inflated);
      const part = entry.name;
      try {
        out.set(part, inflateEntry(this.bytes, entry));
      } catch (e) {
        if (!(e instanceof ZipInflateError)) throw e;
        if (e.reason === 'method') fail(ctx, 'zipCompression', { part, method: e.detail });
        if (e.reason === 'damaged') fail(ctx, 'zipInflate', { part, detail: e.detail });
        if (e.reason === 'larger') fail(ctx, 'zipSizeOver', { part, declared: entry.originalSize });
        fail(ctx, 'zipSizeMismatch', { part, actual: e.detail, declared: entry.originalSize });
      }
      this.inflated += entry.originalSize;
    }
    return out;
  }
}

/** The checks every part passes before it is inflated: size, ratio, the document's total so far. */
function checkPart(ctx: ReadContext, info: ZipEntry, inflatedSoFar: number): void {
  const { maxPartBytes, maxRatio, maxTotalBytes } = ctx.limits;
  const part = info.name;
  if (info.compression !== 0 && info.compression !== 8) fail(ctx, 'zipCompression', { part, method: info.compression });
  if (info.originalSize > maxPartBytes) {
    fail(ctx, 'zipPartTooLarge', { part, size: formatSize(info.originalSize), limit: formatSize(maxPartBytes) });
  }
  const ratio = info.originalSize / Math.max(info.size, 1);
  if (info.compression === 8 && info.originalSize > RATIO_FLOOR_BYTES && ratio > maxRatio) {
    fail(ctx, 'zipRatio', { part, ratio: Math.round(ratio), max: maxRatio });
  }
  if (inflatedSoFar + info.originalSize > maxTotalBytes) {
    fail(ctx, 'zipTotalTooLarge', { part, limit: formatSize(maxTotalBytes) });
  }
}
