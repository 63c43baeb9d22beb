// The domain's words: languages, localised text, and the enumerations rules and tenders are
// described with (stage, requirement kind, level, severity, scope, tender type, sector, procedure).

/** Languages jamkrav speaks; Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A user-facing string in each language (packs must give both). */
export type Text = Record<Lang, string>;

/** Where a requirement sits in the procurement process (Luleå's order). */
export type Stage =
  | 'needs-analysis'
  | 'market-analysis'
  | 'specification'
  | 'evaluation'
  | 'award'
  | 'implementation'
  | 'contract-management'
  | 'follow-up';
export const STAGES: readonly Stage[] = [
  'needs-analysis',
  'market-analysis',
  'specification',
  'evaluation',
  'award',
  'implementation',
  'contract-management',
  'follow-up',
];

/** The legal kind of a requirement, in the order they appear in a tender. */
export type RequirementKind =
  | 'qualification'
  | 'approval-condition'
  | 'technical-specification'
  | 'award-criterion'
  | 'special-contract-condition';
export const KINDS: readonly RequirementKind[] = [
  'qualification',
  'approval-condition',
  'technical-specification',
  'award-criterion',
  'special-contract-condition',
];

export type Level = 'base' | 'advanced' | 'leading';
export const LEVELS: readonly Level[] = ['base', 'advanced', 'leading'];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Scope = 'supplier' | 'authority';

/** What a tender contract is for: the procurement's `tender.type`. */
export type TenderType = 'services' | 'goods' | 'works';
export const TENDER_TYPES: readonly TenderType[] = ['services', 'goods', 'works'];

/**
 * The field of activity where it matters which rules fit (`tender.sector`): `care` is health care
 * and social services (DiskrL 2 kap. 13 §; home care, daily activities, residential care),
 * `education` schools and pre-schools, `public-space` streets, squares, parks and their lighting,
 * `transport` public transport and school transport, `other` anything else.
 */
export type Sector = 'care' | 'education' | 'public-space' | 'transport' | 'other';
export const SECTORS: readonly Sector[] = ['care', 'education', 'public-space', 'transport', 'other'];

/** The procedure the tender runs under: LOU (2016:1145), or a choice system under LOV (2008:962). */
export type Procedure = 'lou' | 'lov';
export const PROCEDURES: readonly Procedure[] = ['lou', 'lov'];
