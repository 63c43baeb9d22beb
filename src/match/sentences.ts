// Cuts a block's text into sentences without cutting at abbreviations, section numbers or decimals.

import { isWordChar } from './tokens.js';

/**
 * Abbreviations a sentence never ends at (lower case, inner dots kept, final dot dropped).
 * End-of-list ones (`etc.`, `m.m.`, `osv.`) are left out on purpose: before a capital they
 * usually do end the sentence.
 */
const NO_SPLIT = new Set([
  // Swedish
  'bl.a', 't.ex', 'enl', 'kap', 's.k', 'jfr', 'jf', 'dvs', 'd.v.s', 'ca', 'c:a', 'nr', 'resp', 'inkl',
  'exkl', 'fr.o.m', 't.o.m', 'f.d', 'p.g.a', 'pga', 'ang', 'avd', 'bil', 'dnr', 'tel', 'prop', 'sid',
  'pkt', 'mom', 'st', 'ff', 'art', 'ex', 'e.g', 'i.e',
  // English
  'no', 'nos', 'para', 'paras', 'cf', 'approx', 'incl', 'excl', 'fig', 'vol', 'ref', 'sec', 'mr', 'mrs',
  'ms', 'dr', 'viz', 'al', 'ch', 'pp', 'dept', 'u.s',
]);

const TERMINATORS = new Set(['.', '!', '?', ';']);
/** Closing quotes and brackets that belong to the sentence they end. */
const CLOSERS = new Set([')', ']', '"', "'", '\u201d', '\u2019', '\u00bb']);
/** What may open the next sentence besides a capital or a digit. */
const OPENERS = new Set(['(', '"', '\u201c', '\u201e', '\u00ab', "'", '\u2018', '§', '-', '\u2013', '\u2022']);

function startsSentence(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  if (OPENERS.has(ch)) return true;
  if (ch >= '0' && ch <= '9') return true;
  return ch !== ch.toLowerCase() && isWordChar(ch);
}

/** The word (letters and inner dots) just before index `end`, lower-cased. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const ch = text[i - 1]!;
    if (ch === '.' || ch === ':' || isWordChar(ch)) i--;
    else break;
  }
  return text.slice(i, end).toLowerCase();
}

/** Whether the dot at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (NO_SPLIT.has(word)) return true;
  // A single letter is an initial ("A. Svensson") or a list label ("a.").
  return word.length === 1 && !(word >= '0' && word <= '9');
}

/**
 * The sentences of a clean text (see `cleanText`): a sentence ends at `.`, `!`, `?` or `;`
 * (with any closing quotes) followed by a space and a capital, digit or opening mark, or by the
 * end of the text. Empty pieces are dropped.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const next = /[.!?;]/g;
  for (let found = next.exec(text); found; found = next.exec(text)) {
    const i = found.index;
    const ch = found[0];
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const atEnd = end >= text.length;
    const split =
      atEnd || (text[end] === ' ' && startsSentence(text[end + 1]) && !(ch === '.' && isAbbreviation(text, i)));
    if (split) {
      const sentence = text.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end;
    }
    next.lastIndex = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
