// Rules and packs as loaded from rules/*.yaml: clauses per level, evaluation and follow-up,
// evidence specs and examples, and the Catalogue of the selected packs.
import type { Lang, Level, RequirementKind, Scope, Sector, Severity, Stage, TenderType, Text } from './base.js';

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
   * the title of its own section only (`heading`), the titles of every heading above it
   * (`headings`), or a clause or section it refers to (`reference`). Default: unit and lead-in.
   */
  from?: ('unit' | 'lead-in' | 'section' | 'heading' | 'headings' | 'reference')[];
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
