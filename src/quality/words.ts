// Words of a text with their offsets, so a match can be quoted, located and replaced exactly.
import { scanWords, WORD_FIELDS } from './word-scan.js';

/** One word: `[start, end)` in the original text and its lower-case, quote-folded spelling. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Lower case with the typographic apostrophe and hyphens folded, as forms are written. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase();
  // Most words hold neither; skip the two scans of the replacements for them.
  return FOLDED.test(lower) ? lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-') : lower;
}
const FOLDED = /[\u2019\u2010\u2011]/;

/** The words of `text`, left to right, with their offsets and lower-case spellings. */
export function wordsOf(text: string): Word[] {
  const { count, words } = scanWords(text);
  const out = new Array<Word>(count);
  // One test of the whole text: when it holds nothing to fold, no word does, and each word
  // is only lower-cased.
  const fold = FOLDED.test(text);
  for (let k = 0; k < count; k++) out[k] = word(text, words[k * WORD_FIELDS]!, words[k * WORD_FIELDS + 1]!, fold);
  return out;
}

function word(text: string, start: number, end: number, fold: boolean): Word {
  const t = text.slice(start, end);
  return { start, end, text: t, lower: fold ? foldWord(t) : t.toLowerCase() };
}

/** Whether only spaces or tabs (no line break, no punctuation) stand between two offsets. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/** Whether a word begins with a capital letter (and is not all capitals). */
export function isCapitalised(w: string): boolean {
  const first = w[0] ?? '';
  return first !== first.toLowerCase() && w !== w.toUpperCase();
}

/** Whether a word is written in capitals only (two letters or more). */
export function isAllCaps(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
