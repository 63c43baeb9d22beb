// Words of a text with their offsets, so a match can be quoted, located and replaced exactly.
import { isWordChar } from '../match/index.js';

/** One word: `[start, end)` in the original text and its lower-case, quote-folded spelling. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Apostrophes and hyphens that stay inside a word between two letters: `chairman's`, `man-made`. */
const JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);

/** Lower case with the typographic apostrophe and hyphens folded, as forms are written. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase();
  // Most words hold neither; skip the two scans of the replacements for them.
  return FOLDED.test(lower) ? lower.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-') : lower;
}
const FOLDED = /[\u2019\u2010\u2011]/;

/** The words of `text`, left to right, in one linear pass. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : ' ';
    if (isWordChar(ch)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && JOINERS.has(ch) && i + 1 < text.length && isWordChar(text[i + 1]!)) continue;
    // A closing apostrophe of a plural genitive belongs to the word: "firemen's", "suppliers'".
    if (start >= 0 && (ch === "'" || ch === '\u2019') && text[i - 1] === 's' && !isWordChar(text[i + 1] ?? ' ')) {
      out.push(word(text, start, i + 1));
      start = -1;
      continue;
    }
    if (start >= 0) {
      out.push(word(text, start, i));
      start = -1;
    }
  }
  return out;
}

function word(text: string, start: number, end: number): Word {
  const t = text.slice(start, end);
  return { start, end, text: t, lower: foldWord(t) };
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
