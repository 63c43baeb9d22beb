// Zip access for DOCX and ODT: list entries without inflating anything, then inflate only the
// named parts, after checking declared sizes, ratio and entry count against the limits.
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
    const { maxPartBytes, maxRatio } = ctx.limits;
    let current = '';
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (info) => {
          if (!wanted.has(info.name)) return false;
          current = info.name;
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
          return true;
        },
      });
    } catch (e) {
      if (isUserError(e)) throw e;
      if (current) fail(ctx, 'zipInflate', { part: current, detail: describe(e) });
      fail(ctx, 'zipCorrupt', { detail: describe(e) });
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
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg || 'unknown error';
}
