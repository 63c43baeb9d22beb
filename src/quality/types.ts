// The shapes of the writing-quality checks: language packs and rules, and the extra location data
// their findings carry.
import type { Finding, FindingLocation, Lang, Severity, Text } from '../types.js';

/** Whether a rule's forms are also found as the last part of a compound (`deltidsbrandman`). */
export type CompoundMode = 'none' | 'end';

/**
 * One word or phrase to avoid. `forms` lists every surface form (lower case) with the better
 * form to write instead, or `null` when no word-for-word replacement fits (the finding then only
 * advises, and `--fix` leaves it alone). A genitive `s` (`-s`, `'s`, `s'`) is added automatically.
 */
export interface LanguageRule {
  /** Pack prefix + slug, e.g. `langsv.kontaktman`. */
  id: string;
  /** Form (lower case, words separated by single spaces) → replacement, or null for advice only. */
  forms: Record<string, string | null>;
  /** Whether forms are also found at the end of a compound word (Swedish). Default `none`. */
  compound: CompoundMode;
  /** Whether `--fix` may apply the replacement (false for pronouns, where a rewrite needs a human). */
  fix: boolean;
  /**
   * For pronoun rules: terms (evidence term syntax) naming a person of unknown sex; the pronoun is
   * flagged only when one of them stands before it in the same or the previous sentence.
   */
  antecedents?: string[];
  /** For pronoun rules: terms showing the person's sex is known (`kvinna`, `mother`): no finding then. */
  knownSex?: string[];
  /** Phrases (lower case) that make a form fine where they hold it, e.g. `hon eller han`. */
  unless?: string[];
  /** Exact, case-sensitive names (organisations, products, laws) in which a form is never flagged. */
  names?: string[];
  /** Advice shown with the finding, beyond the replacement: alternatives, how to rephrase. */
  advice?: Text;
  reason: Text;
  source: { title: string; url: string };
  severity: Severity;
  examples: { flag: string[]; ok: string[]; fix?: { from: string; to: string }[] };
}

/** One language pack (`rules/language-sv.yaml`, `rules/language-en.yaml`, or a user's file). */
export interface LanguagePack {
  id: string;
  /** Every rule id starts with `${prefix}.` (no hyphen, so ids fit the config schema). */
  prefix: string;
  /** The language of the words the pack flags. */
  lang: Lang;
  version: string;
  title: Text;
  rules: LanguageRule[];
  /** The file the pack was loaded from. */
  file: string;
}

/** Where a `language` finding sits: the block, the character range in its text, and line/column. */
export type QualityLocation = FindingLocation;

/** A finding of this module (the same shape as every finding; kind `language` or `weak`). */
export type QualityFinding = Finding;

/** One planned replacement in a source file (1-based line and column of its first character). */
export interface FixEdit {
  line: number;
  column: number;
  /** UTF-16 offset in the source. */
  offset: number;
  from: string;
  to: string;
  ruleId: string;
}
