// Tender metadata: the values behind `{{tender.*}}`, `{{authority.*}}` and `{{fields.*}}`,
// the bracketed "fill me" text for what is missing, and the document date.
import { UserError } from '../errors.js';
import { fmt, QUOTED } from '../i18n.js';
import type { Lang, Procedure, Sector, TenderType } from '../types.js';
import { dateProblem, epochDate, fieldDateProblem } from './date.js';

/** The tender metadata file (`--meta tender.yaml`), as rules/schema/tender.schema.json defines it. */
export interface TenderMeta {
  tender?: {
    title?: string;
    reference?: string;
    date?: string;
    type?: TenderType;
    /** The field of activity, where it decides which rules fit (care: DiskrL 2 kap. 13 §). */
    sector?: Sector;
    /** `lou` (default) or `lov`: a choice system, where conditions of approval replace award criteria. */
    procedure?: Procedure;
    description?: string;
  };
  authority?: {
    name?: string;
    /** kommun, region, myndighet or bolag: how clauses name the authority ("kommunens"). */
    kind?: AuthorityKind;
    contact?: string;
    /** The equality objectives the contract serves, quoted by the clauses that refer to them. */
    equality?: {
      /** The objectives, one sentence each, as the programme or action plan words them. */
      objectives?: string[];
      /** The programme with objectives and guidelines for private providers (KL 5 kap. 3 §): its name and decision. */
      programme?: string;
      /** The action plan under the CEMR Charter: its name and decision. */
      actionPlan?: string;
    };
  };
  fields?: Record<string, string>;
}

export type AuthorityKind = 'kommun' | 'region' | 'myndighet' | 'bolag';

/** The metadata keys every template may use, with the bracket text shown when a value is missing. */
export const META_KEYS: Record<string, Record<Lang, string>> = {
  'tender.title': { sv: 'Upphandlingens namn', en: 'Name of the procurement' },
  'tender.reference': { sv: 'Diarienummer', en: 'Reference number' },
  'tender.date': { sv: 'Datum', en: 'Date' },
  'tender.type': { sv: 'Kontraktstyp', en: 'Contract type' },
  'tender.description': { sv: 'Vad som upphandlas', en: 'What is procured' },
  'authority.name': { sv: 'Upphandlande myndighet', en: 'Contracting authority' },
  'authority.contact': { sv: 'Kontaktperson', en: 'Contact person' },
  'authority.definite': { sv: 'Myndigheten', en: 'The authority' },
  'authority.genitive': { sv: 'Myndighetens', en: "The authority's" },
  'authority.objectives': {
    sv:
      'Fyll i: jämställdhetsmålen för uppdraget, ordagrant ur programmet för privata utförare (KL 5 kap. 3 ' +
      '§) eller CEMR-handlingsplanen',
    en:
      'Fill in: the equality objectives for the contract, word for word from the programme for private providers ' +
      '(KL 5 kap. 3 §) or the CEMR action plan',
  },
  'authority.programme': {
    sv: 'Fyll i: programmet med mål och riktlinjer för privata utförare (KL 5 kap. 3 §), namn och beslut',
    en:
      'Fill in: the programme with objectives and guidelines for private providers (KL 5 kap. 3 §), name and ' +
      'decision',
  },
  'authority.actionPlan': {
    sv: 'Fyll i: handlingsplanen för CEMR-deklarationen, namn och beslut',
    en: 'Fill in: the action plan under the CEMR Charter, name and decision',
  },
  'tender.submission': { sv: 'anbudet', en: 'the tender' },
};

/** Keys a clause may use whose value jamkrav derives, so they are never missing. */
const DERIVED_KEYS = new Set(['authority.definite', 'authority.genitive', 'tender.submission']);

/** How clauses name the authority by its kind: definite form and genitive. */
const AUTHORITY_NOUNS: Record<AuthorityKind | 'default', Record<Lang, [definite: string, genitive: string]>> = {
  kommun: { sv: ['kommunen', 'kommunens'], en: ['the municipality', "the municipality's"] },
  region: { sv: ['regionen', 'regionens'], en: ['the region', "the region's"] },
  myndighet: { sv: ['myndigheten', 'myndighetens'], en: ['the agency', "the agency's"] },
  bolag: { sv: ['bolaget', 'bolagets'], en: ['the company', "the company's"] },
  // Without a kind: the term the procurement acts use for every one of them.
  default: {
    sv: ['den upphandlande myndigheten', 'den upphandlande myndighetens'],
    en: ['the contracting authority', "the contracting authority's"],
  },
};

/** What the supplier hands in: a tender (LOU) or an application to be approved (LOV). */
const SUBMISSION: Record<Procedure, Record<Lang, string>> = {
  lou: { sv: 'anbudet', en: 'the tender' },
  lov: { sv: 'ansökan', en: 'the application' },
};

/** Objectives quoted in the clause's language: each in quotation marks, one after the other. */
function quoteAll(objectives: string[] | undefined, lang: Lang): string | undefined {
  const given = (objectives ?? []).map((o) => o.trim()).filter((o) => o !== '');
  if (given.length === 0) return undefined;
  return given.map((text) => fmt(lang, QUOTED, { text })).join(' ');
}

const CONTRACT_TYPES: Record<string, Record<Lang, string>> = {
  services: { sv: 'tjänster', en: 'services' },
  goods: { sv: 'varor', en: 'goods' },
  works: { sv: 'byggentreprenad', en: 'works' },
};

/** What a placeholder key stands for. */
export type Resolved = { kind: 'value'; text: string } | { kind: 'missing'; text: string } | { kind: 'unknown' };

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
    const [definite, genitive] = AUTHORITY_NOUNS[a.kind ?? 'default'][lang];
    put('authority.definite', definite);
    put('authority.genitive', genitive);
    put('authority.objectives', quoteAll(a.equality?.objectives, lang));
    put('authority.programme', a.equality?.programme);
    put('authority.actionPlan', a.equality?.actionPlan);
    put('tender.submission', SUBMISSION[t.procedure ?? 'lou'][lang]);
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

  /** Whether jamkrav derives the key's value itself (it is never missing). */
  static isDerived(key: string): boolean {
    return DERIVED_KEYS.has(key);
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
