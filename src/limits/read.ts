// Resource limits for reading untrusted documents: every reader checks them before allocating.
// They sit below every folder that reads a file (fs, documents, quality, generate).

/** Upper bounds a reader enforces; exceeding one is a UserError, never a crash or a hang. */
export interface ReadLimits {
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Largest inflated size of one zip part, in bytes (checked from the header before inflating). */
  maxPartBytes: number;
  /**
   * Most bytes inflated from one document, all its parts together: parts that are each under
   * `maxPartBytes` (or one stream listed under many names) cannot add up without end.
   */
  maxTotalBytes: number;
  /** Largest compression ratio of a zip part above {@link RATIO_FLOOR_BYTES} inflated. */
  maxRatio: number;
  /** Most entries a zip archive may list. */
  maxEntries: number;
  /** Deepest XML element nesting. */
  maxXmlDepth: number;
  /**
   * Most memory reading one PDF may take: the heap of the thread pdf.js runs in, and (with twice
   * `maxTotalBytes` for its buffers) how much the process may grow meanwhile.
   */
  maxPdfMemory: number;
  /** Longest time reading one PDF may take, in seconds. */
  maxPdfSeconds: number;
  /** Longest single block (paragraph, cell, note), in UTF-16 code units. */
  maxBlockChars: number;
}

const MB = 1024 * 1024;

/** Generous for real tenders (the largest real DOCX we have seen is well under 50 MB). */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * MB,
  maxPartBytes: 100 * MB,
  maxTotalBytes: 256 * MB,
  maxRatio: 200,
  maxEntries: 2000,
  maxXmlDepth: 256,
  maxBlockChars: 1_000_000,
  maxPdfMemory: 512 * MB,
  maxPdfSeconds: 60,
});

/**
 * Parts that inflate to less than this are never refused for their ratio: a 20-byte empty
 * header part can legitimately compress 300:1, and a megabyte costs nothing to inflate.
 */
export const RATIO_FLOOR_BYTES = MB;

/** The defaults with the given overrides. */
export function resolveLimits(partial: Partial<ReadLimits> = {}): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const v = partial[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}
