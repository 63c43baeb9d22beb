// The resource limits a user can raise: one table naming each limit's flag, config key and reader
// field, so that flags, `limits:` in jamkrav.config.yaml, messages and the README agree.
import { UserError } from './errors.js';
import { fmt } from './i18n.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits/read.js';
import { formatSize, parseSize } from './limits/size.js';
import type { Lang, Text } from './types.js';

export { formatSize, parseSize };

/** Limits of a whole run: the reader limits per file, and how many files one run reads. */
export interface RunLimits extends ReadLimits {
  /** Most documents one `lint` run reads (after discovery, before sharding). */
  maxFiles: number;
  /** Largest config, pack, metadata, manifest or .gitignore file, in bytes. */
  maxDataFileBytes: number;
}

/** Generous: a whole tender archive of a municipality fits; a runaway glob over `/` does not. */
export const DEFAULT_RUN_LIMITS: RunLimits = Object.freeze({
  ...DEFAULT_LIMITS,
  maxFiles: 10_000,
  maxDataFileBytes: 2 * 1024 * 1024,
});

/**
 * `limits:` in jamkrav.config.yaml: resource limits raised or lowered for every run,
 * one key per LIMIT_SPECS entry (sizes as `50MB`, `200KB` or bytes).
 */
export interface ConfigLimits {
  maxFileSize?: string | number;
  maxInflatedSize?: string | number;
  maxTotalInflated?: string | number;
  maxRatio?: number;
  maxZipEntries?: number;
  maxXmlDepth?: number;
  maxParagraph?: number;
  maxPdfMemory?: string | number;
  maxPdfTime?: number;
  maxFiles?: number;
  maxDataFileSize?: string | number;
}

/** One limit as the user sees it. */
export interface LimitSpec {
  key: keyof RunLimits;
  /** Command-line flag. */
  flag: string;
  /** Key under `limits:` in jamkrav.config.yaml. */
  config: string;
  /** Sizes take units (`50MB`, `200KB`); counts and seconds are whole numbers. */
  unit: 'size' | 'count' | 'seconds';
  /** What the limit bounds, for `--help`; the default is added from DEFAULT_RUN_LIMITS. */
  help: Text;
}

export const LIMIT_SPECS: readonly LimitSpec[] = [
  {
    key: 'maxFileBytes',
    flag: '--max-file-size',
    config: 'maxFileSize',
    unit: 'size',
    help: { sv: 'största dokumentfil, t.ex. 50MB eller 200KB', en: 'largest document file, e.g. 50MB or 200KB' },
  },
  {
    key: 'maxPartBytes',
    flag: '--max-inflated-size',
    config: 'maxInflatedSize',
    unit: 'size',
    help: {
      sv: 'största uppackade storlek för en del i en DOCX/ODT eller en ström i en PDF',
      en: 'largest unpacked size of one part of a DOCX/ODT or one stream of a PDF',
    },
  },
  {
    key: 'maxTotalBytes',
    flag: '--max-total-inflated',
    config: 'maxTotalInflated',
    unit: 'size',
    help: {
      sv: 'största uppackade storlek för ett dokument, alla delar tillsammans',
      en: 'largest unpacked size of one document, all its parts together',
    },
  },
  {
    key: 'maxRatio',
    flag: '--max-ratio',
    config: 'maxRatio',
    unit: 'count',
    help: {
      sv: 'högsta komprimeringsgrad för en del över 1 MB uppackad',
      en: 'highest compression ratio of a part above 1 MB unpacked',
    },
  },
  {
    key: 'maxEntries',
    flag: '--max-zip-entries',
    config: 'maxZipEntries',
    unit: 'count',
    help: { sv: 'flest delar i en DOCX/ODT', en: 'most entries in a DOCX/ODT' },
  },
  {
    key: 'maxXmlDepth',
    flag: '--max-xml-depth',
    config: 'maxXmlDepth',
    unit: 'count',
    help: { sv: 'djupaste nästlingen av XML-element', en: 'deepest XML element nesting' },
  },
  {
    key: 'maxBlockChars',
    flag: '--max-paragraph',
    config: 'maxParagraph',
    unit: 'count',
    help: { sv: 'längsta stycke, cell eller fotnot i tecken', en: 'longest paragraph, cell or note, in characters' },
  },
  {
    key: 'maxPdfMemory',
    flag: '--max-pdf-memory',
    config: 'maxPdfMemory',
    unit: 'size',
    help: { sv: 'mest minne för att läsa en PDF-fil', en: 'most memory reading one PDF may take' },
  },
  {
    key: 'maxPdfSeconds',
    flag: '--max-pdf-time',
    config: 'maxPdfTime',
    unit: 'seconds',
    help: {
      sv: 'längsta tid för att läsa en PDF-fil, i sekunder',
      en: 'longest time reading one PDF may take, in seconds',
    },
  },
  {
    key: 'maxFiles',
    flag: '--max-files',
    config: 'maxFiles',
    unit: 'count',
    help: { sv: 'flest dokument i en körning', en: 'most documents in one run' },
  },
  {
    key: 'maxDataFileBytes',
    flag: '--max-data-file-size',
    config: 'maxDataFileSize',
    unit: 'size',
    help: {
      sv: 'största konfigurations-, paket-, manifest-, metadata- eller .gitignore-fil',
      en: 'largest config, pack, manifest, metadata or .gitignore file',
    },
  },
];

/** The option as commander takes it: `--max-file-size <size>`. */
export function limitOption(spec: LimitSpec): string {
  return `${spec.flag} <${spec.unit === 'count' ? 'n' : spec.unit}>`;
}

/** The `--help` text of a limit, its default written as the flag takes it: "… (standard 50MB)". */
export function limitHelp(spec: LimitSpec, lang: Lang): string {
  const value = DEFAULT_RUN_LIMITS[spec.key];
  const shown = spec.unit === 'size' ? formatSize(value).replace(' ', '') : String(value);
  return fmt(lang, T.helpDefault, { help: fmt(lang, spec.help), value: shown });
}

const T = {
  helpDefault: { sv: '{help} (standard {value})', en: '{help} (default {value})' },
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
    const bytes =
      typeof value === 'number' ? (Number.isSafeInteger(value) && value > 0 ? value : undefined) : parseSize(value);
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
