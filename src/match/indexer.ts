// Collects a document's tokens as the scanner finds them: lexicon ids, this document's own ids,
// sentence of each token, whether a sentence may oblige, and the language counts.

import { LanguageCounter } from './language.js';
import type { Lexicon } from './lexicon.js';
import type { WordSink } from './tokens.js';

function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Arrays shared by all documents (one is indexed at a time): what is kept is copied out at the end. */
const scratch: { tokens: Int32Array; segmentOf: Int32Array; lexiconIds: Int32Array; kinds: Uint8Array } = {
  kinds: new Uint8Array(256),
  tokens: new Int32Array(8192),
  segmentOf: new Int32Array(8192),
  lexiconIds: new Int32Array(2048),
};

/**
 * The sink `prepare` scans a document into. Interning as each word is found, rather than
 * after a sentence is scanned, saves storing and re-reading every word's bounds.
 */
export class DocumentWords implements WordSink {
  /** Per token position, this document's id of its word (ids 0, 1, 2, … in order of first occurrence). */
  tokens = scratch.tokens;
  /** Per token position, the sentence it belongs to. */
  segmentOf = scratch.segmentOf;
  /** Per id of this document, its word's lexicon id. */
  lexiconIds = scratch.lexiconIds;
  count = 0;
  distinct = 0;
  /** The sentence being scanned, and whether a word of it may oblige so far. */
  segment = 0;
  obliging = false;
  readonly language = new LanguageCounter();
  private counting = true;

  constructor(
    readonly lexicon: Lexicon,
    private readonly stamp: number,
  ) {}

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
      if (id === this.lexiconIds.length) scratch.lexiconIds = this.lexiconIds = grow(this.lexiconIds, id * 2);
      this.lexiconIds[id] = word;
    }
    if (lexicon.obliging[word] !== 0) this.obliging = true;
    if (this.counting) this.counting = this.language.addKind(lexicon.kinds[word]!);
    if (this.count === this.tokens.length) {
      scratch.tokens = this.tokens = grow(this.tokens, this.count * 2);
      scratch.segmentOf = this.segmentOf = grow(this.segmentOf, this.count * 2);
    }
    this.tokens[this.count] = id;
    this.segmentOf[this.count] = this.segment;
    this.count++;
  }

  /**
   * The `obligingKind` of each word of token positions `[from, to)`, from index 0 of an array
   * shared by all calls (valid until the next): read with {@link DocumentWords.wordsOf}.
   */
  kindsOf(from: number, to: number): Uint8Array {
    if (scratch.kinds.length < to - from) scratch.kinds = new Uint8Array(Math.max(to - from, scratch.kinds.length * 2));
    const kinds = scratch.kinds;
    const obliging = this.lexicon.obliging;
    for (let i = from; i < to; i++) kinds[i - from] = obliging[this.lexiconIds[this.tokens[i]!]!]!;
    return kinds;
  }

  /** The words of token positions `[from, to)`, for the sentences whose obligation is weighed word by word. */
  wordsOf(from: number, to: number): string[] {
    const words = this.lexicon.words;
    const out = new Array<string>(to - from);
    for (let i = from; i < to; i++) out[i - from] = words[this.lexiconIds[this.tokens[i]!]!]!;
    return out;
  }
}
