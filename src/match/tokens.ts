// Splits normalised text into word tokens, one left-to-right pass (linear in the text).

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark; ASCII is decided without the regular expression. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  // One unit below the surrogates: the answer is remembered (å, ä, ö are frequent in Swedish).
  if (code < 0xd800 && ch.length === 1) return isWordUnit(code);
  return WORD_CHAR.test(ch);
}

/** Per UTF-16 code unit below U+D800: 0 not yet known, 1 a word character, 2 not one. */
const WORD_UNIT = new Uint8Array(0xd800);
for (let c = 0; c < 0x80; c++) WORD_UNIT[c] = isWordUnit(c) ? 1 : 2;

/**
 * Whether one UTF-16 code unit on its own is a word character, as `isWordChar(text[i])`
 * answers it (so half of a surrogate pair is not), without making a one-character string.
 */
export function isWordUnit(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code < 0xd800) {
    let known = WORD_UNIT[code]!;
    if (known === 0) WORD_UNIT[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  }
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** The length (1, or 2 for a surrogate pair) of the word character at `i`, or 0 if there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c < 0xd800) {
    let known = WORD_UNIT[c]!;
    if (known === 0) WORD_UNIT[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  if (Number.isNaN(c)) return 0;
  // Above the surrogates one unit is one character; a surrogate pair is one astral character.
  if (c >= 0xe000) return WORD_CHAR.test(text[i]!) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0; // a lone surrogate is no character at all
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** `'`, `.` and `-`: joined into a word when a word character follows. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2e || c === 0x2d;
}

/**
 * The words of a normalised text. A word is a run of letters, digits and marks, with `-`, `'`
 * and `.` kept between two word characters (`e-post`, `bl.a`, `2.1`); a trailing hyphen
 * (`jämställdhets- och mångfaldsarbete`) is dropped. `§` and `%` are words of their own ("54 %"
 * is a share as "54 procent" is). (The same as matching
 * `[\p{L}\p{N}\p{M}]+(?:['.\-][\p{L}\p{N}\p{M}]+)*|[§%]` left to right,
 * written out because this runs over every word of every document.)
 */
export function tokenise(text: string): string[] {
  const bounds = tokenBounds(text);
  const out = new Array<string>(bounds.length >> 1);
  for (let k = 0; k < bounds.length; k += 2) out[k >> 1] = text.slice(bounds[k], bounds[k + 1]);
  return out;
}

/** Where the words of {@link tokenise} are, as start and end pairs: no string is made for them. */
export function tokenBounds(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xa7 || c === 0x25) {
      out.push(i, i + 1);
      i++;
      continue;
    }
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      // (Past the end no character: asked there, optimised code would be thrown away once.)
      w = i < n ? wordCharAt(text, i) : 0;
      if (w > 0) {
        i += w;
        continue;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    out.push(start, i);
  }
  return out;
}

/** Receives the words {@link scanWords} finds, in text order, with their hashes. */
export interface WordSink {
  word(text: string, start: number, end: number, hash: number): void;
}

/** A {@link WordSink} that keeps start, end and hash of each word in reusable typed arrays. */
export class WordRuns implements WordSink {
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
  hashes: Int32Array = new Int32Array(256);
  count = 0;

  word(_text: string, start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
}

/**
 * The words of `text[from, to)` as {@link tokenBounds} finds them in that slice, handed to
 * `out` with their hashes computed on the way: one pass instead of a scan, then a hash and an
 * intern per word. The characters just outside the range must not be word characters or
 * joiners followed by one, as holds at the spaces sentences are cut at.
 */
export function scanWords(text: string, from: number, to: number, out: WordSink): void {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let w: number;
    // Below the surrogates one table lookup answers (see WORD_UNIT); above, wordCharAt.
    if (c < 0xd800) {
      if (unitKind(c) !== 1) {
        if (c === 0xa7 || c === 0x25) out.word(text, i, i + 1, c);
        i++;
        continue;
      }
      w = 1;
    } else if ((w = wordCharAt(text, i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + c) | 0;
      if (w === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
      i += w;
      if (i >= to) break;
      c = text.charCodeAt(i);
      if (c < 0xd800) {
        if (unitKind(c) === 1) {
          w = 1;
          continue;
        }
      } else if ((w = wordCharAt(text, i)) > 0) continue;
      if (isJoiner(c) && i + 1 < to && (w = wordCharAt(text, i + 1)) > 0) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        c = text.charCodeAt(i);
        continue;
      }
      break;
    }
    out.word(text, start, i, h);
  }
}

/** WORD_UNIT's answer for a code unit below U+D800, learning it on first sight. */
function unitKind(c: number): number {
  const known = WORD_UNIT[c]!;
  if (known !== 0) return known;
  return (WORD_UNIT[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2);
}
