// What compiling a term and spelling out a pattern's forms gave, kept by a match session: a run
// compiles thousands of terms (the built-in packs and rules/reading.yaml hold about 4,700) before
// its first document, in code that has not been optimised yet, and that took about 100 ms. The
// build saves the memo of the built-in packs beside the bundle (scripts/build-memo.mjs), and a
// run of the bundle starts from it (term-memo-file.ts): terms it holds cost a lookup. A term
// not in it is compiled as ever. What is kept depends only on the term and the code that compiled
// it, which the build writes together, so a saved memo cannot disagree with a fresh compile.

import type { Lang } from '../types.js';
import { inflectedForms } from './inflection.js';
import { compileTerm, type CompiledTerm, type WordKind, type WordPattern } from './terms.js';

/**
 * A memo as saved: plain data, short to parse. `terms` runs key, words, key, words …: a term's
 * key (see `termKey`) and its words' pattern keys, separated by spaces. `forms` runs pattern key,
 * forms … alike. (Neither a pattern key nor a form holds a space.)
 */
export interface SavedTermMemo {
  format: typeof FORMAT;
  terms: string[];
  forms: string[];
}

/** Bump when the saved shape changes: an older file is then not read at all. */
const FORMAT = 2;

const termKey = (source: string, lang: Lang, keepFunctionWords: boolean): string =>
  `${lang}${keepFunctionWords ? '+' : '-'}${source}`;

/** The pattern a key names: keys are `kind:lang:text` (see terms.ts), and a text holds no `:`. */
function patternOf(key: string): WordPattern {
  const [kind, lang, text] = key.split(':') as [WordKind, Lang, string];
  return { kind, text, lang, key };
}

/** Pairs of a flat saved list, as a map whose values are still as saved (spaced). */
function pairs(list: readonly string[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (list) for (let i = 0; i + 1 < list.length; i += 2) out.set(list[i]!, list[i + 1]!);
  return out;
}

export class TermMemo {
  /**
   * A term's words, as saved until first asked for (decoding a saved memo whole when it is read
   * cost a lint run about 2.5% more instructions, callgrind).
   */
  private readonly terms: Map<string, WordPattern[] | string>;
  private readonly forms: Map<string, readonly string[] | string>;

  constructor(saved?: SavedTermMemo) {
    this.terms = pairs(saved?.terms);
    this.forms = pairs(saved?.forms);
  }

  /**
   * `compileTerm`, remembered. Only terms that compile are kept: a faulty one throws its
   * EvidenceError, with its own path, every time.
   */
  term(source: unknown, lang: Lang, path: (string | number)[], keepFunctionWords = false): CompiledTerm {
    if (typeof source !== 'string') return compileTerm(source, lang, path, keepFunctionWords);
    const key = termKey(source, lang, keepFunctionWords);
    let words = this.terms.get(key);
    if (typeof words === 'string') this.terms.set(key, (words = words.split(' ').map(patternOf)));
    if (words) return { source, words };
    const compiled = compileTerm(source, lang, path, keepFunctionWords);
    this.terms.set(key, compiled.words);
    return compiled;
  }

  /** The forms a word of the text may take to match an `exact` or `suffix` pattern, remembered. */
  formsOf(pattern: WordPattern): readonly string[] {
    let forms = this.forms.get(pattern.key);
    if (typeof forms === 'string') this.forms.set(pattern.key, (forms = forms.split(' ')));
    if (!forms) this.forms.set(pattern.key, (forms = inflectedForms(pattern.text, pattern.lang)));
    return forms;
  }

  toJSON(): SavedTermMemo {
    const flat = <T>(map: Map<string, T | string>, spaced: (value: T) => string): string[] =>
      [...map].flatMap(([key, value]) => [key, typeof value === 'string' ? value : spaced(value)]);
    return {
      format: FORMAT,
      terms: flat(this.terms, (words: WordPattern[]) => words.map((w) => w.key).join(' ')),
      forms: flat(this.forms, (forms: readonly string[]) => forms.join(' ')),
    };
  }

  /** A saved memo's data, or null when it is not one this code wrote. */
  static isSaved(data: unknown): data is SavedTermMemo {
    if (typeof data !== 'object' || data === null) return false;
    const d = data as Partial<SavedTermMemo>;
    return d.format === FORMAT && Array.isArray(d.terms) && Array.isArray(d.forms);
  }
}
