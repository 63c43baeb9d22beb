// Collects a document's tokens as the scanner finds them: lexicon ids, this document's own ids,
// the sentence of each token, whether a sentence holds a reading phrase, and language counts.

import { LanguageCounter } from './language.js';
import type { Lexicon } from './lexicon.js';
import type { TokenSource } from './phrases.js';
import type { WordSink } from './tokens.js';

/** Opening quotation marks: " “ ” « » ' ‘ ’. */
const QUOTES = new Set([0x22, 0x201c, 0x201d, 0xab, 0xbb, 0x27, 0x2018, 0x2019]);

/**
 * What stands just before `start` in `text` (spaces skipped): a semicolon, or a colon that opens a
 * quotation ('så att det lyder: "Trafikföretaget ska …"'), 2; a comma, colon or dash 1; else 0.
 */
function pauseBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  let quoted = false;
  if (i >= 0 && QUOTES.has(text.charCodeAt(i))) {
    quoted = true;
    i--;
    while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  }
  if (i < 0) return 0;
  const c = text.charCodeAt(i);
  // A semicolon ends a clause, and a quotation after a colon is a clause of its own: 2.
  if (c === 0x3b || (quoted && c === 0x3a)) return 2;
  if (quoted) return 0;
  return c === 0x2c || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014 ? 1 : 0;
}

function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * The sink `prepare` scans a document into. Interning as each word is found, rather than
 * after a sentence is scanned, saves storing and re-reading every word's bounds.
 */
export class DocumentWords implements WordSink, TokenSource {
  /** Per token position, this document's id of its word (ids 0, 1, 2, … in order of first occurrence). */
  tokens: Int32Array;
  /** Per token position, the sentence it belongs to. */
  segmentOf: Int32Array;
  /** Per token position, 1 when a comma, semicolon, colon or dash stands just before it (clause bounds). */
  pause: Uint8Array;
  /** Per id of this document, its word's lexicon id. */
  lexiconIds: Int32Array = new Int32Array(1024);
  count = 0;
  distinct = 0;
  /** The sentence being scanned, and whether a word of it may start a reading phrase that matters so far. */
  segment = 0;
  reading = false;
  readonly language = new LanguageCounter();
  private counting = true;

  /** @param expected about how many tokens the document has, to size the arrays once */
  constructor(
    readonly lexicon: Lexicon,
    private readonly stamp: number,
    expected: number,
  ) {
    this.tokens = new Int32Array(Math.max(256, expected));
    this.segmentOf = new Int32Array(this.tokens.length);
    this.pause = new Uint8Array(this.tokens.length);
  }

  word(text: string, start: number, end: number, hash: number): void {
    const lexicon = this.lexicon;
    // Words are interned straight from the folded text: a known word costs no new string.
    const word = lexicon.intern(text, start, end, hash);
    let id: number;
    if (lexicon.stamp[word] === this.stamp) id = lexicon.local[word]!;
    else {
      id = this.distinct++;
      lexicon.stamp[word] = this.stamp;
      lexicon.local[word] = id;
      if (id === this.lexiconIds.length) this.lexiconIds = grow(this.lexiconIds, id * 2);
      this.lexiconIds[id] = word;
    }
    if (lexicon.significant[word] === 1) this.reading = true;
    if (this.counting) this.counting = this.language.addKind(lexicon.kinds[word]!);
    if (this.count === this.tokens.length) {
      this.tokens = grow(this.tokens, this.count * 2);
      this.segmentOf = grow(this.segmentOf, this.count * 2);
      const pause = new Uint8Array(this.count * 2);
      pause.set(this.pause);
      this.pause = pause;
    }
    this.pause[this.count] = pauseBefore(text, start);
    this.tokens[this.count] = id;
    this.segmentOf[this.count] = this.segment;
    this.count++;
  }

  /** Whether a comma, semicolon, colon or dash stands just before token position `at`. */
  pauseAt(at: number): boolean {
    return this.pause[at] !== 0;
  }

  /** Whether a semicolon stands just before token position `at`: a new clause starts there. */
  clauseBreakAt(at: number): boolean {
    return this.pause[at] === 2;
  }

  /** The lexicon id of the word at token position `at`. */
  lexiconIdAt(at: number): number {
    return this.lexiconIds[this.tokens[at]!]!;
  }
}
