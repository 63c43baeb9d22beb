// Turns a language pack into lookup tables: forms by their first word, compound endings, and the
// compiled antecedent terms of pronoun rules. Built once per run (see `LanguageChecks`).
import { compileTerms, type TermList } from './terms.js';
import type { LanguagePack, LanguageRule } from './types.js';
import { foldWord } from './words.js';

/** One form of one rule: its words (lower case) and what to write instead. */
export interface FormEntry {
  rule: LanguageRule;
  form: string;
  words: string[];
  replacement: string | null;
}

export interface CompiledPack {
  pack: LanguagePack;
  /** Entries keyed by the form's first word; longest forms first. */
  byFirst: Map<string, FormEntry[]>;
  /** Single-word forms of compound rules, keyed by their last three letters. */
  byEnding: Map<string, FormEntry[]>;
  /**
   * The words at which the scanner can find a match (scan.ts `hitAt`): where a single-word form
   * starts, and the second word of a longer form ("a middleman" → `middleman`, "dear sir" → `sir`),
   * which stands in the same text as its first.
   */
  triggers: Set<string>;
  /** Words already judged able (or not) to start a match: a cache for the scanner. */
  startsHit: Map<string, boolean>;
  antecedents: Map<LanguageRule, TermList>;
  knownSex: Map<LanguageRule, TermList>;
  unless: Map<LanguageRule, string[][]>;
}

/** Shortest form looked up as the end of a compound: shorter ones end too many unrelated words. */
export const MIN_COMPOUND_FORM = 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words of a phrase as forms are compared: lower case, `/` and spaces both separate. */
export function phraseWords(phrase: string): string[] {
  return foldWord(phrase)
    .split(/[\s/]+/)
    .filter((w) => w !== '');
}

/** The compiled tables of a pack. */
export function compilePack(pack: LanguagePack): CompiledPack {
  const compiled: CompiledPack = {
    pack,
    byFirst: new Map(),
    byEnding: new Map(),
    triggers: new Set(),
    startsHit: new Map(),
    antecedents: new Map(),
    knownSex: new Map(),
    unless: new Map(),
  };
  for (const rule of pack.rules) {
    for (const [form, replacement] of Object.entries(rule.forms)) {
      const words = phraseWords(form);
      if (words.length === 0) continue;
      const entry: FormEntry = { rule, form: words.join(' '), words, replacement };
      push(compiled.byFirst, words[0]!, entry);
      if (rule.compound === 'end' && words.length === 1 && form.length >= MIN_COMPOUND_FORM) {
        push(compiled.byEnding, form.slice(-3), entry);
      }
    }
    if (rule.antecedents) compiled.antecedents.set(rule, compileTerms(rule.antecedents, pack.lang));
    if (rule.knownSex) compiled.knownSex.set(rule, compileTerms(rule.knownSex, pack.lang));
    if (rule.unless) compiled.unless.set(rule, rule.unless.map(phraseWords));
  }
  for (const [first, list] of compiled.byFirst) {
    list.sort((a, b) => b.words.length - a.words.length);
    for (const entry of list) compiled.triggers.add(entry.words.length === 1 ? first : entry.words[1]!);
  }
  return compiled;
}
