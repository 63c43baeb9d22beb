// Finds the words and phrases of language packs in one piece of text (a block, or a paragraph of
// a source file), with the exclusions for quotations, names and paired pronouns applied.
import { keepCase } from './case.js';
import type { CompiledPack, FormEntry } from './compile.js';
import { genitives } from './genitive.js';
import type { LanguageChecks } from './language-checks.js';
import { mayMatch } from './quick.js';
import { findTerm } from './terms.js';
import { inProperName, inside, isSentenceStart, nameRanges, quotedRanges } from './names.js';
import type { LanguagePack, LanguageRule } from './types.js';
import { isCapitalised, onlySpacesBetween, wordsOf, type Word } from './words.js';

/** One flagged word or phrase. */
export interface LanguageMatch {
  rule: LanguageRule;
  pack: LanguagePack;
  /** Half-open UTF-16 range in the scanned text. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The replacement in the writer's case, or null when the rule only advises. */
  replacement: string | null;
}

export interface ScanOptions {
  /** Rules for which this returns false are not looked for (config `off`, suppressions). */
  isEnabled?: (ruleId: string) => boolean;
  /** Only rules `--fix` may apply, with a replacement for the matched form. */
  fixableOnly?: boolean;
}

interface Hit {
  entry: FormEntry;
  pack: LanguagePack;
  /** Index of the last word of the match. */
  last: number;
  /** Letters before the form in a compound (`deltids` in `deltidsbrandman`). */
  prefix: number;
  /** The genitive ending as written (`s`, `'s`, `’s`, `'`), or ''. */
  genitive: string;
}

/** Titles before a name: a pronoun after one refers to that named person. */
const TITLES = new Set(['herr', 'fru', 'fröken', 'mr', 'mrs', 'ms', 'miss', 'dr']);

/** A capital then a small letter ("Anna", "Smith"); not "F-skattsedel", "EU" or "ID06". */
function looksLikeName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

function usable(entry: FormEntry, opts: ScanOptions): boolean {
  if (opts.isEnabled && !opts.isEnabled(entry.rule.id)) return false;
  return !opts.fixableOnly || (entry.rule.fix && entry.replacement !== null);
}

/** Whether the words after `i` spell the rest of a multi-word form (the last may take a genitive). */
function restMatches(
  text: string,
  words: readonly Word[],
  i: number,
  entry: FormEntry,
  lang: LanguagePack['lang'],
): string | null {
  for (let k = 1; k < entry.words.length; k++) {
    const w = words[i + k];
    if (!w || !onlySpacesBetween(text, words[i + k - 1]!.end, w.start)) return null;
    if (w.lower === entry.words[k]) continue;
    if (k !== entry.words.length - 1) return null;
    const gen = genitives(w.lower, w.text, lang).find(([base]) => base === entry.words[k]);
    if (!gen) return null;
    return gen[1];
  }
  return '';
}

const MAX_REMEMBERED = 200_000;

/**
 * A cheap superset of `hitAt`: most words of a tender start no match, and this answers them with
 * one map lookup (remembered per pack) instead of trying every form, genitive and compound ending.
 */
function couldStartHit(lower: string, cp: CompiledPack): boolean {
  const known = cp.startsHit;
  const cached = known.get(lower);
  if (cached !== undefined) return cached;
  let could = cp.byFirst.has(lower) || cp.byEnding.has(lower.slice(-3));
  if (!could) {
    for (const [base] of genitives(lower, lower, cp.pack.lang)) {
      if (cp.byFirst.has(base) || cp.byEnding.has(base.slice(-3))) could = true;
    }
  }
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(lower, could);
  return could;
}

/** The longest match of any usable form starting at word `i`. */
function hitAt(
  text: string,
  words: readonly Word[],
  i: number,
  packs: readonly CompiledPack[],
  opts: ScanOptions,
): Hit | null {
  const w = words[i]!;
  for (const cp of packs) {
    if (!couldStartHit(w.lower, cp)) continue;
    const lang = cp.pack.lang;
    for (const entry of cp.byFirst.get(w.lower) ?? []) {
      if (!usable(entry, opts)) continue;
      const genitive = restMatches(text, words, i, entry, lang);
      if (genitive !== null) return { entry, pack: cp.pack, last: i + entry.words.length - 1, prefix: 0, genitive };
    }
    const bases: [string, string][] = [[w.lower, ''], ...genitives(w.lower, w.text, lang)];
    for (const [base, genitive] of bases) {
      if (genitive !== '') {
        for (const entry of cp.byFirst.get(base) ?? []) {
          if (entry.words.length === 1 && usable(entry, opts))
            return { entry, pack: cp.pack, last: i, prefix: 0, genitive };
        }
      }
      for (const entry of cp.byEnding.get(base.slice(-3)) ?? []) {
        const prefix = base.length - entry.form.length;
        // At least three letters before the form, so the first part is a word of its own.
        if (prefix >= 3 && base.endsWith(entry.form) && usable(entry, opts))
          return { entry, pack: cp.pack, last: i, prefix, genitive };
      }
    }
  }
  return null;
}

/** The replacement in the writer's case, with the compound's first part and the genitive kept. */
function replacementFor(hit: Hit, original: string): string | null {
  const { entry, prefix, genitive } = hit;
  if (entry.replacement === null) return null;
  const core = original.slice(prefix, original.length - genitive.length);
  let out = original.slice(0, prefix) + keepCase(core, entry.replacement);
  if (genitive === '') return out;
  if (hit.pack.lang === 'sv') return /[sxz]$/i.test(out) ? out : out + genitive;
  const apostrophe = genitive[0]!;
  const endsInS = /s$/i.test(out);
  // "firemen's" → "firefighters'", "chairman's" → "chair's".
  if (genitive.length === 2 && endsInS && !/s$/i.test(entry.form)) return out + apostrophe;
  if (genitive.length === 1 && !endsInS) return out + apostrophe + (genitive === genitive.toUpperCase() ? 'S' : 's');
  out += genitive;
  return out;
}

/** Start of the sentence holding `pos` (after the last `. ! ?` and a space before it). */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i > 0; i--) {
    if (/\s/.test(text[i]!) && /[.!?]/.test(text[i - 1]!)) return i + 1;
  }
  return 0;
}

/**
 * Whether a pronoun at word `i` refers back to a person of unknown sex: an antecedent term in the
 * same or the previous sentence, with no name or title between it and the pronoun.
 */
function refersToRole(text: string, words: readonly Word[], i: number, cp: CompiledPack, rule: LanguageRule): boolean {
  const terms = cp.antecedents.get(rule);
  if (!terms) return true;
  const own = sentenceStart(text, words[i]!.start);
  const from = own > 0 ? sentenceStart(text, own - 1) : 0;
  const scope: Word[] = [];
  for (let k = 0; k < i; k++) if (words[k]!.start >= from) scope.push(words[k]!);
  const found = findTerm(
    scope.map((w) => w.lower),
    terms,
  );
  if (!found) return false;
  const known = cp.knownSex.get(rule);
  if (
    known &&
    findTerm(
      scope.map((w) => w.lower),
      known,
    )
  )
    return false;
  return !scope
    .slice(found.at + 1)
    .some((w) => TITLES.has(w.lower) || (looksLikeName(w.text) && !isSentenceStart(text, w.start)));
}

function unlessHolds(
  words: readonly Word[],
  i: number,
  last: number,
  phrases: readonly string[][] | undefined,
): boolean {
  if (!phrases) return false;
  for (const phrase of phrases) {
    for (let j = 0; j < phrase.length; j++) {
      const from = i - j;
      if (from < 0 || phrase[j] !== words[i]!.lower || from + phrase.length - 1 < last) continue;
      if (phrase.every((p, k) => words[from + k]?.lower === p)) return true;
    }
  }
  return false;
}

/** Every flagged word or phrase of `text`, left to right, none overlapping. */
export function scanText(text: string, checks: LanguageChecks, opts: ScanOptions = {}): LanguageMatch[] {
  // Most texts hold no match: tell so without making a Word per word.
  if (!mayMatch(text, checks)) return [];
  const { packs } = checks;
  const words = wordsOf(text);
  const out: LanguageMatch[] = [];
  let quotes: [number, number][] | null = null;
  for (let i = 0; i < words.length; i++) {
    const hit = hitAt(text, words, i, packs, opts);
    if (!hit) continue;
    const cp = packs.find((p) => p.pack === hit.pack)!;
    const { rule } = hit.entry;
    const start = words[i]!.start;
    const end = words[hit.last]!.end;
    const skip = (): boolean => {
      quotes ??= quotedRanges(text);
      if (inside(quotes, start, end)) return true;
      if (rule.names && inside(nameRanges(text, rule.names), start, end)) return true;
      if (unlessHolds(words, i, hit.last, cp.unless.get(rule))) return true;
      if (rule.antecedents) {
        // "Han" in the middle of a sentence is a name, not the pronoun.
        if (isCapitalised(words[i]!.text) && !isSentenceStart(text, start)) return true;
        // "Hans Svensson": a first name opening a sentence.
        const next = words[hit.last + 1];
        if (next && isCapitalised(next.text) && onlySpacesBetween(text, end, next.start)) return true;
        return !refersToRole(text, words, i, cp, rule);
      }
      return inProperName(text, words, i, hit.last);
    };
    if (!skip()) {
      const original = text.slice(start, end);
      out.push({ rule, pack: hit.pack, start, end, text: original, replacement: replacementFor(hit, original) });
    }
    i = hit.last;
  }
  return out;
}
