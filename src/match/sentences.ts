// Cuts a block's text into sentences without cutting at abbreviations, section numbers or decimals.

import { ABBREVIATIONS as NO_SPLIT } from '../abbreviations.js';
import { isWordChar } from './tokens.js';

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
  const bounds = sentenceBounds(text);
  const out = new Array<string>(bounds.length >> 1);
  for (let k = 0; k < bounds.length; k += 2) out[k >> 1] = text.slice(bounds[k], bounds[k + 1]);
  return out;
}

/** Where a sentence may end; one object for all calls (its `lastIndex` is reset each time). */
const TERMINATOR = /[.!?;]/g;

/** Whether `String.prototype.trim` removes this code unit (white space or a line terminator). */
function isTrimmed(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return WHITE.test(String.fromCharCode(c));
}
const WHITE = /\s/;

/**
 * Appends `[from, to)` without the white space at either end to `out` at `n`, unless nothing is
 * left; the new count.
 */
function pushTrimmed(text: string, from: number, to: number, out: number[], n: number): number {
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  if (to <= from) return n;
  out[n] = from;
  out[n + 1] = to;
  return n + 2;
}

/**
 * Where the sentences of {@link splitSentences} are in `text`, as start and end pairs: the
 * sentences are the text between them, so no string needs to be made for one.
 */
export function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  out.length = sentenceBoundsInto(text, out);
  return out;
}

/**
 * {@link sentenceBounds} written into `out` from index 0 (entries past the returned count are
 * stale): a caller cutting many blocks reuses one array.
 */
export function sentenceBoundsInto(text: string, out: number[]): number {
  let n = 0;
  let start = 0;
  // `test` rather than `exec`: the search runs natively and makes no match object.
  const next = TERMINATOR;
  next.lastIndex = 0;
  while (next.test(text)) {
    const i = next.lastIndex - 1;
    const ch = text[i]!;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const atEnd = end >= text.length;
    const split =
      atEnd || (text[end] === ' ' && startsSentence(text[end + 1]) && !(ch === '.' && isAbbreviation(text, i)));
    if (split) {
      n = pushTrimmed(text, start, end, out, n);
      start = end;
    }
    next.lastIndex = end;
  }
  return pushTrimmed(text, start, text.length, out, n);
}
