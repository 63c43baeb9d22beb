// The domain types every layer shares: packs and rules, documents and blocks, findings.

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

/** One step of a scoring guide: the score and what earns it. */
export interface ScoreStep {
  score: number;
  text: Text;
}

/** How an award criterion is scored. */
export interface Evaluation {
  method: 'points' | 'price-deduction';
  /** Maximum points, or the maximum deduction in SEK (or percent, see `unit`). */
  max: number;
  unit?: 'points' | 'SEK' | 'percent';
  /** The criterion's weight in the whole evaluation, in percent (LOU 16 kap.). */
  weight?: number;
  /** Or: the price deduction per point, in SEK (a fictive deduction from the tender price). */
  deductionPerPoint?: number;
  /** What the scoring is about, in a sentence or two (suppliers read it). */
  guide: Text;
  /** Every score of the scale and what earns it, from 0 to `max`. */
  steps?: ScoreStep[];
  /** How evaluators apply the guide: for the authority's annex, never in the supplier's appendix. */
  instructions?: Text;
}

/** What the authority checks during the contract. */
export interface FollowUp {
  check: Text;
  when: Text;
  proof: Text;
  who: Text;
}

/** One level of a rule: the clause an officer puts in the tender. */
export interface Clause {
  kind: RequirementKind;
  /** The whole clause: for a level written with `adds`, the level below's text and then the addition. */
  text: Text;
  /**
   * What this level adds to the level below, when it is written so (levels are cumulative: the
   * higher holds every duty of the lower). Loading composes `text` from it.
   */
  adds?: Text;
  verification: Text;
  followUp: FollowUp;
  evaluation?: Evaluation;
}

/**
 * One concept of an evidence spec: a unit matches the concept when it holds any of the terms.
 * Term syntax (see src/match/README.md): words separated by spaces, matched in order on
 * consecutive words (a few filler words allowed); each word matches itself and its inflected
 * forms; `*` at the end of a word also matches compounds that start with it
 * (`föräldraledig*`), `*` at the start compounds that end with it (`*utbildning`).
 */
export interface Concept {
  sv: string[];
  en: string[];
  /**
   * Where the concept may stand for a unit: its own words (`unit`), its lead-in (`lead-in`),
   * the titles and opening of the section it stands in and the units just before it (`section`),
   * the titles of every heading above it (`headings`), or a clause or section it refers to
   * (`reference`). Default: unit and lead-in.
   */
  from?: ('unit' | 'lead-in' | 'section' | 'headings' | 'reference')[];
}

/** What counts as a rule being present in a document. */
export interface EvidenceSpec {
  /** Every concept must match for one unit (sentence, list item with its lead-in, table row). */
  all: Concept[];
  /** Terms that make a unit not count, e.g. a price index when the rule is about pay. */
  not?: Concept;
  /**
   * `requirement` (default): the unit must bind one of `parties` by a duty, a prohibition or a
   * right; `any`: a statement about them counts too (never advice, a question, a hypothetical,
   * a description of the law or someone else's duty).
   */
  context?: 'requirement' | 'any';
  /**
   * Whose duty counts: `supplier`, `tenderer`, `contract` (a duty placed on the contract or with
   * no party in a document addressed to suppliers), `authority-right` (the authority's rights
   * towards the supplier: audit, request, terminate), `authority` (the authority's own duty, for
   * its checklist). Default: supplier, tenderer, contract.
   */
  parties?: ('supplier' | 'tenderer' | 'contract' | 'authority-right' | 'authority')[];
}

export interface Examples {
  pass: Record<Lang, string[]>;
  fail: Record<Lang, string[]>;
}

export interface Rule {
  /** Pack prefix + stable slug, e.g. `diskrl3.parenthood`. */
  id: string;
  /** The id of the pack that defines (or last overrode) the rule. */
  pack: string;
  title: Text;
  /** Why the rule matters and why its requirement kind is lawful where it stands. */
  rationale: Text;
  /** What counts as a document asking for the rule, and what does not (shown by `rules show`). */
  definition?: Text;
  basis: string[];
  scope: Scope;
  stage: Stage;
  severity: Severity;
  /**
   * The levels the rule has. Most have base and advanced (leading optional); a rule that only a
   * higher level asks for (an award criterion at leading) starts there and is left out below it.
   */
  levels: Partial<Record<Level, Clause>>;
  /** The contract types the rule fits (default: every type). */
  types?: TenderType[];
  /** The sectors the rule fits (default: every sector); judged only when the tender names one. */
  sectors?: Sector[];
  evidence: EvidenceSpec;
  examples: Examples;
}

export interface PackSource {
  title: Text;
  url: string;
}

export interface Pack {
  id: string;
  /** Every rule id of the pack starts with `${prefix}.`. */
  prefix: string;
  version: string;
  title: Text;
  description?: Text;
  /** Paragraphs the appendix introduction gives for this pack (its own, or inherited through `extends`). */
  introduction?: Text[];
  /** The pack's legal basis as the appendix introduction states it (its own, or inherited). */
  legalBasis?: Text[];
  source: PackSource;
  rules: Rule[];
  /** The file the pack was loaded from. */
  file: string;
}

/** All rules of the selected packs, in pack order. */
export interface Catalogue {
  packs: Pack[];
  rules: Rule[];
}

/** A position in a source file, 1-based. */
export interface SourcePos {
  line: number;
  col: number;
}

/** One problem found in a pack, config, manifest or metadata file. */
export interface SourceProblem {
  file: string;
  pos: SourcePos;
  severity: 'error' | 'warning';
  message: string;
}

/** A document as the matcher sees it: the text a reader of the tender sees, in blocks. */
export interface Block {
  text: string;
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'footnote' | 'endnote';
  /** Heading level (1-based) for headings. */
  level?: number;
  headingPath: string[];
  /** For table cells: which table, row and column (1-based). */
  table?: { id: number; row: number; col: number };
  /** Nesting depth for list items (1-based). */
  listLevel?: number;
  loc: BlockLoc;
}

export interface BlockLoc {
  /** 1-based block number in the document. */
  block: number;
  line?: number;
  column?: number;
  page?: number;
}

export type DocumentFormat = 'docx' | 'odt' | 'pdf' | 'markdown' | 'text';

/** A suppression written in the document itself (a comment, an HTML comment). */
export interface InlineSuppression {
  ruleId: string;
  reason: string;
  loc?: BlockLoc;
}

export interface Document {
  path: string;
  format: DocumentFormat;
  blocks: Block[];
  suppressions: InlineSuppression[];
  /** Reader warnings, e.g. a Latin-1 fallback. */
  warnings: string[];
}

export type FindingKind = 'missing' | 'weak' | 'language' | 'unreadable' | 'suppression';

/**
 * Where a finding points: the block (with its line and column, or page, where the format has
 * them), the heading above it, and for a `language` finding the flagged word's `range`: half-open
 * UTF-16 offsets into the block's text. For Markdown and text, `line`/`column` of a `language`
 * finding are those of the word itself, not of its block.
 */
export type FindingLocation = BlockLoc & { heading?: string; range?: { start: number; end: number } };

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  location?: FindingLocation;
  suggestion?: string;
  /** For a `missing` rule named by `--explain`: the passages that come closest, and why they do not count. */
  nearMisses?: NearMissInfo[];
}

/** A passage that holds some of a rule's concepts without asking for the rule. */
export interface NearMissInfo {
  location: FindingLocation;
  unit: string;
  party: string;
  force: string;
  /** Per concept of the rule's evidence, in order: how it was found, or null when it was not. */
  concepts: (ConceptMatch | null)[];
  /** `concept`: a concept is missing; `veto`: a `not` term stands there; `party`: it binds no party the rule accepts (or states nothing of one). */
  reason: 'concept' | 'veto' | 'party';
}

/**
 * What formatters need to know about a writing-quality rule: a word of a language pack
 * (`langsv.kontaktman`) or one of the weak-requirement checks (`weak.wish`). Plain data.
 */
export interface QualityRule {
  id: string;
  kind: 'language' | 'weak';
  /** The language pack's id, or `weak`. */
  pack: string;
  title: Text;
  /** Why it matters and what to write instead. */
  help: Text;
  severity: Severity;
  /** The guidance a language rule is built on. */
  source?: { title: string; url: string };
}

/** How one concept of a rule's evidence was found (see `CoverageEvidence`). */
export interface ConceptMatch {
  /** The term of the pack that matched, as written there. */
  term: string;
  /** The word of the text where it matched (its last word, in lower case). */
  word: string;
  /** Where it stands: the unit itself, its lead-in, its section, or a clause it refers to. */
  from: 'unit' | 'lead-in' | 'section' | 'headings' | 'reference';
  /** For a concept from outside the unit: the sentence it stands in. */
  where?: string;
  /** For `reference`: the words that refer ("punkt 2", "these conditions"). */
  via?: string;
}

/** Why a rule counts as covered: the unit, whom it binds and how, and each concept's match. */
export interface CoverageEvidence {
  /** The unit's own text (a sentence, a list item, a table row with its cells joined by ` | `). */
  unit: string;
  /** The party the unit binds: supplier, tenderer, contract (or no party named, in a document addressed to suppliers), authority. */
  party: string;
  /** duty, prohibition, right; or statement for rules whose context is `any`. */
  force: string;
  /** The words that decided the party and force ("ska", "shall", "har rätt"), when there are any. */
  trigger?: string;
  concepts: ConceptMatch[];
}

export interface Coverage {
  ruleId: string;
  status: 'covered' | 'suppressed';
  location?: BlockLoc & { heading?: string };
  reason?: string;
  /** For `covered`: why (from the real matcher; absent in tests with a stand-in). */
  evidence?: CoverageEvidence;
}
