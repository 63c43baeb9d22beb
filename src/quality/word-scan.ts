// Splits a text into words in one pass over char codes, hashing each word's lower-case spelling
// on the way. The one place that decides where a word begins and ends: wordsOf (words.ts) and the
// scanner's pre-filter (quick.ts) both read words from here, so they cannot disagree.
import { isWordUnit } from '../match/index.js';

/** Ints per word in WordScan.words: start, end, hash, hash less one unit, hash less two units. */
export const WORD_FIELDS = 5;

export interface WordScan {
  /** How many words. */
  count: number;
  /**
   * WORD_FIELDS ints per word: `[start, end)` in the text, then the hashes (see hashUnits) of its
   * folded lower case, of that less its last unit and less its last two (0 where it is shorter).
   * The scratch buffer given to scanWords: valid until its next scan.
   */
  words: Int32Array;
  /** The text in lower case, unit for unit (when `hashed`). */
  lower: string;
  /**
   * Whether the hashes stand for the words' lower case. False when the text holds a letter that
   * lower-cases to two units (`İ`) or by its context (`Σ`): its words must be lowered as strings.
   */
  hashed: boolean;
}

/** The hash step; hashUnits gives the same hash for a pack's words. */
export function mixUnit(h: number, unit: number): number {
  return (Math.imul(h, 31) + unit) | 0;
}

/** The hash of a string's units, as scanWords hashes a word (pass it folded lower case). */
export function hashUnits(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = mixUnit(h, s.charCodeAt(i));
  return h;
}

// Per code unit: KNOWN, its class (WORD or JOINER, or none), UNSAFE, and its folded unit.
const KNOWN = 1 << 20;
const WORD = 1 << 16;
const JOINER = 1 << 17;
const UNSAFE = 1 << 18;
const UNIT = 0xffff;
const INFO = new Int32Array(0x10000);

/** Apostrophes and hyphens that stay inside a word between two letters: `chairman's`, `man-made`. */
export function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * A code unit's class and folded unit, as foldWord folds (`’` → `'`, `‐` `‑` → `-`). Computed on
 * first sight: lower-casing keeps every unit's class (a test checks all of them), so the classes
 * of the lowered text are those of the text. `σ` and `ς` are UNSAFE: which of them a `Σ` becomes
 * depends on the letters around it, so a word holding one is not judged by its hash.
 */
function info(code: number): number {
  const v = INFO[code]!;
  return v !== 0 ? v : learn(code);
}

function learn(code: number): number {
  let v = KNOWN | (isWordUnit(code) ? WORD : isJoiner(code) ? JOINER : 0);
  if (code === 0x3c2 || code === 0x3c3) v |= UNSAFE;
  v |= code === 0x2019 ? 0x27 : code === 0x2010 || code === 0x2011 ? 0x2d : code;
  INFO[code] = v;
  return v;
}

/** The folded unit of a lower-case code unit. */
export function foldedUnit(code: number): number {
  return info(code) & UNIT;
}

/**
 * Room for the words of one scan, reused from text to text: a run's language checks keep one
 * (see `LanguageChecks`), so that scanning every block allocates nothing.
 */
export class WordBuffer {
  words = new Int32Array(64 * WORD_FIELDS);
}

/**
 * The words of `text`: runs of letters, digits and marks, with an apostrophe or hyphen between
 * two of them kept inside (`chairman's`, `man-made`), and a closing apostrophe after `s` kept
 * too ("firemen's", "suppliers'").
 */
export function scanWords(text: string, scratch: WordBuffer = new WordBuffer()): WordScan {
  const lowered = text.toLowerCase();
  // Lower case keeps the length unless a letter becomes two units; the hashes are then void.
  const hashed = lowered.length === text.length;
  const s = hashed ? lowered : text;
  const n = s.length;
  // At most one word per two units, plus one.
  if (scratch.words.length < ((n >> 1) + 1) * WORD_FIELDS)
    scratch.words = new Int32Array(((n >> 1) + 64) * WORD_FIELDS);
  const out = scratch.words;
  let k = 0;
  let i = 0;
  // The flags of every unit in a word, or-ed: UNSAFE tells whether the hashes hold.
  let seen = 0;
  while (i < n) {
    let v = info(s.charCodeAt(i));
    if ((v & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let h1 = 0;
    let h2 = 0;
    for (;;) {
      seen |= v;
      h2 = h1;
      h1 = h;
      h = mixUnit(h, v & UNIT);
      i++;
      if (i >= n) break;
      v = info(s.charCodeAt(i));
      if ((v & WORD) !== 0) continue;
      if ((v & JOINER) === 0) break;
      if (i + 1 < n && (info(s.charCodeAt(i + 1)) & WORD) !== 0) continue;
      // A closing apostrophe after a lower-case s (as written) belongs to the word: "suppliers'".
      const code = text.charCodeAt(i);
      if ((code === 0x27 || code === 0x2019) && text.charCodeAt(i - 1) === 0x73) {
        h2 = h1;
        h1 = h;
        h = mixUnit(h, 0x27);
        i++;
      }
      break;
    }
    out[k] = start;
    out[k + 1] = i;
    out[k + 2] = h;
    out[k + 3] = h1;
    out[k + 4] = h2;
    k += WORD_FIELDS;
    i++;
  }
  return { count: k / WORD_FIELDS, words: out, lower: s, hashed: hashed && (seen & UNSAFE) === 0 };
}
