// The resource limits a user can raise: one table naming each limit's flag, config key and reader
// field, so that flags, `limits:` in jamkrav.config.yaml, messages and the README agree.
import type { ConfigLimits } from './config/types.js';
import { UserError } from './errors.js';
import { DEFAULT_LIMITS, type ReadLimits } from './documents/limits.js';
export { formatSize } from './documents/limits.js';
import { fmt } from './i18n.js';
import type { Lang, Text } from './types.js';

/** Limits of a whole run: the reader limits per file, and how many files one run reads. */
export interface RunLimits extends ReadLimits {
  /** Most documents one `lint` run reads (after discovery, before sharding). */
  maxFiles: number;
  /** Largest config, pack, metadata, manifest or .gitignore file, in bytes. */
  maxDataFileBytes: number;
}

/** Generous: a whole tender archive of a municipality fits; a runaway glob over `/` does not. */
export const DEFAULT_RUN_LIMITS: RunLimits = Object.freeze({ ...DEFAULT_LIMITS, maxFiles: 10_000, maxDataFileBytes: 2 * 1024 * 1024 });

/** One limit as the user sees it. */
export interface LimitSpec {
  key: keyof RunLimits;
  /** Command-line flag. */
  flag: string;
  /** Key under `limits:` in jamkrav.config.yaml. */
  config: string;
  /** Sizes take units (`50MB`, `200KB`); counts are whole numbers. */
  unit: 'size' | 'count';
}

export const LIMIT_SPECS: readonly LimitSpec[] = [
  { key: 'maxFileBytes', flag: '--max-file-size', config: 'maxFileSize', unit: 'size' },
  { key: 'maxPartBytes', flag: '--max-inflated-size', config: 'maxInflatedSize', unit: 'size' },
  { key: 'maxTotalBytes', flag: '--max-total-inflated', config: 'maxTotalInflated', unit: 'size' },
  { key: 'maxRatio', flag: '--max-ratio', config: 'maxRatio', unit: 'count' },
  { key: 'maxEntries', flag: '--max-zip-entries', config: 'maxZipEntries', unit: 'count' },
  { key: 'maxXmlDepth', flag: '--max-xml-depth', config: 'maxXmlDepth', unit: 'count' },
  { key: 'maxBlockChars', flag: '--max-paragraph', config: 'maxParagraph', unit: 'count' },
  { key: 'maxPdfMemory', flag: '--max-pdf-memory', config: 'maxPdfMemory', unit: 'size' },
  { key: 'maxPdfSeconds', flag: '--max-pdf-time', config: 'maxPdfTime', unit: 'count' },
  { key: 'maxFiles', flag: '--max-files', config: 'maxFiles', unit: 'count' },
  { key: 'maxDataFileBytes', flag: '--max-data-file-size', config: 'maxDataFileSize', unit: 'size' },
];

const UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, KB: 1024, KIB: 1024, M: 1024 ** 2, MB: 1024 ** 2, MIB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3, GIB: 1024 ** 3 };

/** `50MB`, `200 KB`, `1.5G`, `4096` (bytes) → bytes; undefined when it is no size. Units are 1024-based. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toUpperCase();
  if (!Object.hasOwn(UNITS, unit)) return undefined;
  const bytes = Math.round(Number(m[1]) * UNITS[unit]!);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

const T = {
  size: {
    sv: 'ska vara en storlek som 50MB, 200KB eller 4096 (byte), inte "{value}"',
    en: 'must be a size such as 50MB, 200KB or 4096 (bytes), not "{value}"',
  },
  count: {
    sv: 'ska vara ett heltal större än 0, inte "{value}"',
    en: 'must be a whole number greater than 0, not "{value}"',
  },
  raise: {
    sv: 'höj gränsen med {flag} eller limits.{config} i jamkrav.config.yaml',
    en: 'raise it with {flag} or limits.{config} in jamkrav.config.yaml',
  },
  tooManyFiles: {
    sv: '{count} dokument hittades; gränsen är {max} per körning ({raise})',
    en: '{count} documents found; the limit is {max} a run ({raise})',
  },
} satisfies Record<string, Text>;

/** "raise it with --max-file-size or limits.maxFileSize in jamkrav.config.yaml". */
export function raiseHint(key: keyof RunLimits, lang: Lang): string {
  const spec = LIMIT_SPECS.find((s) => s.key === key)!;
  return fmt(lang, T.raise, { flag: spec.flag, config: spec.config });
}

/** One limit's value from a flag or config value; throws a UserError naming `where` when unusable. */
function parseLimit(spec: LimitSpec, value: string | number, where: string, lang: Lang): number {
  if (spec.unit === 'size') {
    const bytes = typeof value === 'number' ? (Number.isSafeInteger(value) && value > 0 ? value : undefined) : parseSize(value);
    if (bytes === undefined) throw new UserError(where, fmt(lang, T.size, { value: String(value) }));
    return bytes;
  }
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(where, fmt(lang, T.count, { value: String(value) }));
  return n;
}

/** Limits given as flags (`{ maxFileSize: '50MB' }`, commander's camelCase of `--max-file-size`). */
export function limitsFromFlags(flags: Partial<Record<string, unknown>>, lang: Lang): Partial<RunLimits> {
  const out: Partial<RunLimits> = {};
  for (const spec of LIMIT_SPECS) {
    const value = flags[spec.config];
    if (typeof value === 'string') out[spec.key] = parseLimit(spec, value, spec.flag, lang);
  }
  return out;
}

/**
 * Limits from the config's `limits:` (already checked against the schema, so only a size's
 * unit can still be wrong). `file` names the config in messages.
 */
export function limitsFromConfig(limits: ConfigLimits | undefined, file: string, lang: Lang): Partial<RunLimits> {
  const out: Partial<RunLimits> = {};
  if (!limits) return out;
  for (const spec of LIMIT_SPECS) {
    if (!Object.hasOwn(limits, spec.config)) continue;
    const value = limits[spec.config as keyof ConfigLimits];
    if (value !== undefined) out[spec.key] = parseLimit(spec, value, `${file}: limits.${spec.config}`, lang);
  }
  return out;
}

/** Throws the "too many documents" UserError when `count` is over the limit. */
export function checkFileCount(count: number, max: number, where: string, lang: Lang): void {
  if (count <= max) return;
  throw new UserError(where, fmt(lang, T.tooManyFiles, { count, max, raise: raiseHint('maxFiles', lang) }));
}
