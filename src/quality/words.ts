// Words of a text with their offsets, so a match can be quoted, located and replaced exactly.
import { isWordUnit } from '../match/index.js';

/** One word: `[start, end)` in the original text and its lower-case, quote-folded spelling. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Apostrophes and hyphens that stay inside a word between two letters: `chairman's`, `man-made`. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Lower case with the typographic apostrophe and hyphens folded, as forms are written. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase();
  // Most words hold neither; skip the two scans of the replacements for them.
  return FOLDED.test(lower) ? lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-') : lower;
}
const FOLDED = /[\u2019\u2010\u2011]/;

/** The words of `text`, left to right, in one linear pass (by code unit, no string per character). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  // One test of the whole text: when it holds nothing to fold, no word does, and each word
  // is only lower-cased.
  const fold = FOLDED.test(text);
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x20;
    if (isWordUnit(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && isJoiner(code) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1))) continue;
    // A closing apostrophe of a plural genitive belongs to the word: "firemen's", "suppliers'".
    if (start >= 0 && (code === 0x27 || code === 0x2019) && text.charCodeAt(i - 1) === 0x73 && !(i + 1 < n && isWordUnit(text.charCodeAt(i + 1)))) {
      out.push(word(text, start, i + 1, fold));
      start = -1;
      continue;
    }
    if (start >= 0) {
      out.push(word(text, start, i, fold));
      start = -1;
    }
  }
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
