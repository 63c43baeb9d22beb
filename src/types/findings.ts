// What lint reports: findings with their location, near misses, coverage and its evidence,
// and the plain data formatters need about writing-quality rules.
import type { Severity, Text } from './base.js';
import type { BlockLoc } from './document.js';

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
  /**
   * `concept`: a concept is missing; `veto`: a `not` term stands there; `party`: it binds no party
   * the rule accepts (or states nothing of one); `guide`: the document reads as a guide for buyers,
   * whose quoted clauses are examples; `record`: the document is the minutes of a meeting.
   */
  reason: 'concept' | 'veto' | 'party' | 'guide' | 'record';
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
  from: 'unit' | 'lead-in' | 'section' | 'heading' | 'headings' | 'reference';
  /** For a concept from outside the unit: the sentence it stands in. */
  where?: string;
  /** For `reference`: the words that refer ("punkt 2", "these conditions"). */
  via?: string;
}

/** Why a rule counts as covered: the unit, whom it binds and how, and each concept's match. */
export interface CoverageEvidence {
  /** The unit's own text (a sentence, a list item, a table row with its cells joined by ` | `). */
  unit: string;
  /**
   * The party the unit binds: supplier, tenderer, contract (or no party named, in a document
   * addressed to suppliers), authority.
   */
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
