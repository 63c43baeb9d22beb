// The distinct words of all documents a match session has prepared, with what is known about each.
//
// Tenders share most of their words, so a word's string, what it may do for reading a sentence,
// what kind of function word it is and which rule patterns it matches are worked out once per
// session, not once per document (nor once per occurrence).

import type { PatternIndex } from './patterns.js';
import { PARTY_CLASSES, type PartyClass, type WordReading } from './reading.js';

const NO_MATCHES: readonly number[] = [];

/** What the session knows about a word as soon as it is first seen. */
export interface WordClassifier {
  /**
   * The reading phrases (see reading.ts) the word may start or is, every reading pattern it
   * matches, and whether one of the phrases it starts can matter to a sentence (a duty word, a
   * party, advice …) rather than only help read one (an article, a preposition).
   */
  reading(word: string): WordReading;
  /** Its function-word kind for language detection (see `functionWordKind`). */
  languageKind(word: string): number;
}

function growInts(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

function growBytes(array: Uint8Array, size: number): Uint8Array {
  const bigger = new Uint8Array(size);
  bigger.set(array);
  return bigger;
}

export class Lexicon {
  readonly words: string[] = [];
  /** Open-addressing table of ids by word hash (-1: empty), and each word's hash. */
  private table = new Int32Array(1 << 14).fill(-1);
  private mask = (1 << 14) - 1;
  private hashes: Int32Array = new Int32Array(1 << 13);
  /** Every word's code units one after another, and where each word's start and how long it is. */
  private units: Uint16Array = new Uint16Array(1 << 16);
  private used = 0;
  private offsets: Int32Array = new Int32Array(1 << 13);
  private lengths: Int32Array = new Int32Array(1 << 13);
  /** Per word: its function-word kind for language detection. */
  kinds: Uint8Array = new Uint8Array(1 << 13);
  /** Per word: the reading phrases of two or more words it may start (most words: none). */
  readonly phraseStarts: (readonly number[])[] = [];
  /** Per word: the one-word reading phrases it is, in the order they are found. */
  readonly singlePhrases: (readonly number[])[] = [];
  /** Per word: the kinds of those phrases as bits (see `KIND` in reading.ts). */
  phraseKinds: Int32Array = new Int32Array(1 << 13);
  /** Per word: 1 + the index in PARTY_CLASSES of the party its first one-word party phrase names, 0 for none. */
  partyClasses: Uint8Array = new Uint8Array(1 << 13);
  /** Per word: 1 when a phrase it starts can matter to a sentence (see `WordClassifier.reading`). */
  significant: Uint8Array = new Uint8Array(1 << 13);
  /** Per word: the reading patterns it matches, sorted. */
  readonly readingPatterns: (readonly number[])[] = [];
  /** Per word: the numbers of the rule patterns it matches, and up to which number that is known. */
  private readonly matches: (readonly number[])[] = [];
  private covered: Int32Array = new Int32Array(1 << 13);
  /**
   * Per word, which document last used it and as which of that document's words: maps words to
   * a document's own ids while it is being prepared, without a table per document.
   */
  stamp: Int32Array = new Int32Array(1 << 13);
  local: Int32Array = new Int32Array(1 << 13);

  constructor(
    private readonly patterns: PatternIndex,
    private readonly classify: WordClassifier,
  ) {}

  get size(): number {
    return this.words.length;
  }

  /** The id of `text[start, end)` with hash `h` (as `scanWords` computes it), adding the word when new. */
  intern(text: string, start: number, end: number, h: number): number {
    const n = end - start;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h && this.lengths[id] === n) {
        // Compared with the word's code units in one typed array: cheaper than reading the
        // word's string (often a slice of another string) unit by unit.
        const at = this.offsets[id]!;
        let same = true;
        for (let i = 0; i < n; i++) {
          if (this.units[at + i] !== text.charCodeAt(start + i)) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text.slice(start, end), h, slot);
  }

  private add(word: string, h: number, slot: number): number {
    const id = this.words.length;
    if (id === this.hashes.length) this.growArrays();
    if (this.used + word.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.used + word.length));
      units.set(this.units);
      this.units = units;
    }
    for (let i = 0; i < word.length; i++) this.units[this.used + i] = word.charCodeAt(i);
    this.offsets[id] = this.used;
    this.lengths[id] = word.length;
    this.used += word.length;
    this.words.push(word);
    this.matches.push(NO_MATCHES);
    const reading = this.classify.reading(word);
    this.phraseStarts.push(reading.starts);
    this.singlePhrases.push(reading.singles);
    this.phraseKinds[id] = reading.kinds;
    this.partyClasses[id] = reading.party === undefined ? 0 : PARTY_CLASSES.indexOf(reading.party) + 1;
    this.significant[id] = reading.significant ? 1 : 0;
    this.readingPatterns.push(reading.patterns);
    this.hashes[id] = h;
    this.kinds[id] = this.classify.languageKind(word);
    this.stamp[id] = 0;
    this.table[slot] = id;
    if (this.words.length * 2 > this.table.length) this.growTable();
    return id;
  }

  /** The class of party the word names as a one-word phrase, if any. */
  partyOf(id: number): PartyClass | undefined {
    const c = this.partyClasses[id]!;
    return c === 0 ? undefined : PARTY_CLASSES[c - 1];
  }

  /** The numbers of every rule pattern the word matches, in increasing order. */
  matchesOf(id: number): readonly number[] {
    const known = this.covered[id]!;
    const count = this.patterns.count;
    if (known < count) {
      const more = this.patterns.matching(this.words[id]!, known);
      if (more.length > 0) this.matches[id] = this.matches[id]!.length === 0 ? more : [...this.matches[id]!, ...more];
      this.covered[id] = count;
    }
    return this.matches[id]!;
  }

  private growArrays(): void {
    const n = this.hashes.length * 2;
    this.hashes = growInts(this.hashes, n);
    this.offsets = growInts(this.offsets, n);
    this.lengths = growInts(this.lengths, n);
    this.covered = growInts(this.covered, n);
    this.stamp = growInts(this.stamp, n);
    this.local = growInts(this.local, n);
    this.kinds = growBytes(this.kinds, n);
    this.significant = growBytes(this.significant, n);
    this.phraseKinds = growInts(this.phraseKinds, n);
    this.partyClasses = growBytes(this.partyClasses, n);
  }

  private growTable(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      const h = this.hashes[id]!;
      let slot = (h ^ (h >>> 15)) & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
    this.mask = mask;
  }
}
