// Parses one term of an evidence spec into word patterns, rejecting what the README rules out.

import type { Lang } from '../types.js';
import { EvidenceError } from './errors.js';
import { normaliseText } from './normalise.js';
import { isWordChar, tokenise } from './tokens.js';

/**
 * How a word of a term is compared with a word of the text: `exact` with its inflected forms,
 * `literal` only as written (the reading phrases, where `will` must not match `willing`).
 */
export type WordKind = 'exact' | 'literal' | 'prefix' | 'suffix' | 'infix';

/** One word of a compiled term. `key` identifies it for per-document caching. */
export interface WordPattern {
  kind: WordKind;
  text: string;
  lang: Lang;
  key: string;
}

/** A compiled term: its words in order. */
export interface CompiledTerm {
  source: string;
  words: WordPattern[];
}

/** Characters a term may hold besides letters, digits and spaces. */
const ALLOWED_MARKS = new Set(['-', "'", '§', '%', '.', '*']);

/**
 * Short function words that are optional inside a multi-word term: the gap of up to two words
 * already lets them stand there, and leaving them out lets "förena arbete och föräldraskap"
 * also match "förena arbetet med föräldraskapet".
 */
const OPTIONAL_WORDS = new Set([
  'och',
  'i',
  'på',
  'för',
  'av',
  'med',
  'till',
  'om',
  'att',
  'som',
  'en',
  'ett',
  'den',
  'det',
  'and',
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'at',
]);

/** Minimum letters a word needs to carry a `*`, so `*a*` cannot match nearly every word. */
const MIN_WILDCARD_LENGTH = 3;

function parseWord(raw: string, lang: Lang, path: (string | number)[]): WordPattern[] {
  if (/^\*+$/.test(raw)) throw new EvidenceError('loneStar', path);
  const leading = raw.startsWith('*');
  const trailing = raw.endsWith('*');
  const core = raw.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (core.includes('*')) {
    throw new EvidenceError('starInside', path, { raw });
  }
  const tokens = tokenise(core);
  if (tokens.length === 0) throw new EvidenceError('noLetters', path, { raw });
  if (!leading && !trailing) {
    // "3 kap. 5 §" or "§5": one written word may be several words of the text.
    return tokens.map((text) => ({ kind: 'exact', text, lang, key: `exact:${lang}:${text}` }));
  }
  if (tokens.length !== 1 || tokens[0] === '§' || tokens[0] === '%') {
    throw new EvidenceError('starOnWords', path, { raw });
  }
  const text = tokens[0]!;
  if ([...text].length < MIN_WILDCARD_LENGTH) {
    throw new EvidenceError('starTooShort', path, { raw, min: MIN_WILDCARD_LENGTH });
  }
  const kind: WordKind = leading && trailing ? 'infix' : leading ? 'suffix' : 'prefix';
  return [{ kind, text, lang, key: `${kind}:${lang}:${text}` }];
}

/**
 * Compiles one term (e.g. `föräldraledig*`, `förena arbete och föräldraskap`).
 * @param path where the term sits in the evidence spec, for errors
 * @param keepFunctionWords keep short function words as words of the term: the reading phrases
 *   ("krav på", "required to", "skyldig att") mean something else without them
 * @throws EvidenceError for an empty term, a misplaced or too-short `*`, or a character other
 *   than letters, digits, `-`, `'`, `§`, `.` and `*`
 */
export function compileTerm(
  term: unknown,
  lang: Lang,
  path: (string | number)[],
  keepFunctionWords = false,
): CompiledTerm {
  if (typeof term !== 'string') throw new EvidenceError('termNotString', path);
  const text = normaliseText(term);
  for (const ch of text) {
    if (ch !== ' ' && !ALLOWED_MARKS.has(ch) && !isWordChar(ch)) {
      throw new EvidenceError('termCharacter', path, { ch, term });
    }
  }
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => parseWord(w, lang, path));
  if (words.length === 0) throw new EvidenceError('termNoWords', path);
  if (keepFunctionWords) return { source: term, words };
  const kept = words.filter((w) => w.kind !== 'exact' || !OPTIONAL_WORDS.has(w.text));
  return { source: term, words: kept.length > 0 ? kept : words };
}
