// Tender metadata: the values behind `{{tender.*}}`, `{{authority.*}}` and `{{fields.*}}`,
// the bracketed "fill me" text for what is missing, and the document date.
import { UserError } from '../errors.js';
import type { Lang } from '../types.js';
import { dateProblem, epochDate, fieldDateProblem } from './date.js';

/** The tender metadata file (`--meta tender.yaml`), as rules/schema/tender.schema.json defines it. */
export interface TenderMeta {
  tender?: {
    title?: string;
    reference?: string;
    date?: string;
    type?: 'services' | 'goods' | 'works';
    description?: string;
  };
  authority?: { name?: string; contact?: string };
  fields?: Record<string, string>;
}

/** The metadata keys every template may use, with the bracket text shown when a value is missing. */
export const META_KEYS: Record<string, Record<Lang, string>> = {
  'tender.title': { sv: 'Upphandlingens namn', en: 'Name of the procurement' },
  'tender.reference': { sv: 'Diarienummer', en: 'Reference number' },
  'tender.date': { sv: 'Datum', en: 'Date' },
  'tender.type': { sv: 'Kontraktstyp', en: 'Contract type' },
  'tender.description': { sv: 'Vad som upphandlas', en: 'What is procured' },
  'authority.name': { sv: 'Upphandlande myndighet', en: 'Contracting authority' },
  'authority.contact': { sv: 'Kontaktperson', en: 'Contact person' },
};

const CONTRACT_TYPES: Record<string, Record<Lang, string>> = {
  services: { sv: 'tjänster', en: 'services' },
  goods: { sv: 'varor', en: 'goods' },
  works: { sv: 'byggentreprenad', en: 'works' },
};

/** What a placeholder key stands for. */
export type Resolved =
  | { kind: 'value'; text: string }
  | { kind: 'missing'; text: string }
  | { kind: 'unknown' };

/**
 * Looks up placeholder keys and remembers which were missing or unknown, so that one warning
 * can name them all.
 */
export class MetaValues {
  readonly missing = new Set<string>();
  readonly unknown = new Set<string>();
  private readonly values = new Map<string, string>();

  constructor(
    meta: TenderMeta | undefined,
    readonly lang: Lang,
    /** The document date (YYYY-MM-DD), already resolved from `--date`, metadata or SOURCE_DATE_EPOCH. */
    readonly date: string | undefined,
  ) {
    const t = meta?.tender ?? {};
    const a = meta?.authority ?? {};
    const put = (key: string, value: string | undefined) => {
      if (value !== undefined && value.trim() !== '') this.values.set(key, value);
    };
    put('tender.title', t.title);
    put('tender.reference', t.reference);
    put('tender.date', date);
    put('tender.type', t.type ? CONTRACT_TYPES[t.type]?.[lang] : undefined);
    put('tender.description', t.description);
    put('authority.name', a.name);
    put('authority.contact', a.contact);
    for (const [name, value] of Object.entries(meta?.fields ?? {})) put(`fields.${name}`, value);
  }

  /** Whether the key is a metadata key at all (a free field is known when given or referenced). */
  isMetaKey(key: string): boolean {
    // Own keys only: `{{constructor}}` or `{{toString}}` must not find Object.prototype's members.
    return Object.hasOwn(META_KEYS, key) || /^fields\.[A-Za-z][A-Za-z0-9_-]*$/.test(key);
  }

  /** The value of a key, the bracket text when it is missing, or unknown. */
  resolve(key: string): Resolved {
    const value = this.values.get(key);
    if (value !== undefined) return { kind: 'value', text: value };
    if (!this.isMetaKey(key)) {
      this.unknown.add(key);
      return { kind: 'unknown' };
    }
    this.missing.add(key);
    const label = Object.hasOwn(META_KEYS, key) ? META_KEYS[key]![this.lang] : key.slice('fields.'.length);
    return { kind: 'missing', text: `[${label}]` };
  }

  /** The value if given, without recording anything (for document properties). */
  peek(key: string): string | undefined {
    return this.values.get(key);
  }
}


/**
 * The document date: `--date` first, then the metadata's `tender.date`, then SOURCE_DATE_EPOCH
 * (reproducible-builds convention). Never the clock: no date means a bracketed field.
 */
export function resolveDate(
  flag: string | undefined,
  meta: TenderMeta | undefined,
  lang: Lang,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (flag !== undefined) {
    const problem = dateProblem(flag, lang);
    if (problem) throw new UserError('--date', problem);
    return flag;
  }
  if (meta?.tender?.date) {
    // Checked with its position where the metadata is read from a file; this is for metadata given in code.
    const problem = fieldDateProblem('tender.date', meta.tender.date, lang);
    if (problem) throw new UserError('', problem);
    return meta.tender.date;
  }
  return epochDate(env.SOURCE_DATE_EPOCH, lang);
}
