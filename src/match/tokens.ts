// Splits normalised text into word tokens, one left-to-right pass (linear in the text).

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark; ASCII is decided without the regular expression. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  return WORD_CHAR.test(ch);
}

/** Characters that stay inside a word when a word character follows: `e-post`, `bl.a`, `supplier's`. */
function isJoiner(ch: string): boolean {
  return ch === '-' || ch === "'" || ch === '.';
}

/**
 * The words of a normalised text. A word is a run of letters, digits and marks, with `-`, `'`
 * and `.` kept between two word characters (`e-post`, `bl.a`, `2.1`); a trailing hyphen
 * (`jämställdhets- och mångfaldsarbete`) is dropped. `§` is a word of its own.
 */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : ' ';
    if (isWordChar(ch)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && isJoiner(ch) && i + 1 < text.length && isWordChar(text[i + 1]!)) continue;
    if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    if (ch === '§') out.push('§');
  }
  return out;
}
