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

/**
 * A word, or `§`. Each joiner must be followed by a word character, so the pattern has one way
 * to match any text and runs in linear time.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['.\-][\p{L}\p{N}\p{M}]+)*|§/gu;

/**
 * The words of a normalised text. A word is a run of letters, digits and marks, with `-`, `'`
 * and `.` kept between two word characters (`e-post`, `bl.a`, `2.1`); a trailing hyphen
 * (`jämställdhets- och mångfaldsarbete`) is dropped. `§` is a word of its own.
 */
export function tokenise(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
