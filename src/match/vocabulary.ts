// A document's distinct words with where each occurs, and lookups of word patterns in them.

import { inflectedForms } from './inflection.js';
import type { Lexicon } from './lexicon.js';
import type { PatternIndex } from './patterns.js';
import type { WordPattern } from './terms.js';

/** The first index in `sorted` whose string is not less than `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** The last index in `starts` whose value is at most `at`. */
function wordAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const NO_IDS: readonly number[] = [];
/** The positions of a pattern no word matches (an empty array cannot be changed). */
const NO_POSITIONS = new Int32Array(0);

/** A word list sorted for prefix lookups, with the vocabulary id of each entry. */
interface SortedIndex {
  keys: string[];
  ids: Int32Array;
}

function sortedIndex(keys: string[]): SortedIndex {
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  return { keys: order.map((i) => keys[i]!), ids: Int32Array.from(order) };
}

/** Ids of every entry of `index` starting with `prefix`: a binary search, then the run. */
function withPrefix(index: SortedIndex, prefix: string, into: Set<number>): void {
  for (let i = lowerBound(index.keys, prefix); i < index.keys.length && index.keys[i]!.startsWith(prefix); i++) {
    into.add(index.ids[i]!);
  }
}

/** A test of a word (normalised, lower case), asked once per distinct word of a session. */
export type WordTest = (word: string) => boolean;

/** A test's answers by lexicon id (0: not asked yet, 1 yes, 2 no), kept by the session. */
export type AnswersOf = (test: WordTest) => Uint8Array;

const YES = 1;
const NO = 2;

/**
 * The vocabulary of one document: its distinct words (as ids of the session's lexicon) and where
 * each occurs. Word patterns are resolved against distinct words, not against the text, and
 * each result is cached, so a rule costs about the size of its hits.
 */
export class Vocabulary {
  /** Positions of word `id` are `flat[offsets[id], offsets[id + 1])`: one array for all words. */
  private readonly offsets: Int32Array;
  private readonly flat: Int32Array;
  private words: string[] | null = null;
  private idOf: Map<string, number> | null = null;
  private sorted: SortedIndex | null = null;
  private reversed: SortedIndex | null = null;
  private joined: { text: string; starts: Int32Array } | null = null;
  private readonly cache = new Map<string, Int32Array>();
  private readonly byNumber: (Int32Array | undefined)[] = [];
  /** Per pattern number below `covered`: the ids of this document's words it matches. */
  private byPattern: (number[] | undefined)[] | null = null;
  private covered = 0;

  /**
   * @param lexicon the session's words, which `lexiconIds` refer to
   * @param patterns the session's rule patterns, numbered
   * @param answersOf where the session keeps each word test's answers
   * @param lexiconIds per id of this document, its word's id in the lexicon
   * @param tokens this document's ids in text order
   */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly patterns: PatternIndex,
    private readonly answersOf: AnswersOf,
    private readonly lexiconIds: Int32Array,
    private readonly tokens: Int32Array,
  ) {
    const n = lexiconIds.length;
    const offsets = new Int32Array(n + 1);
    for (let pos = 0; pos < tokens.length; pos++) offsets[tokens[pos]! + 1]!++;
    for (let id = 0; id < n; id++) offsets[id + 1]! += offsets[id]!;
    const flat = new Int32Array(tokens.length);
    const filled = offsets.slice(0, n);
    for (let pos = 0; pos < tokens.length; pos++) flat[filled[tokens[pos]!]!++] = pos;
    this.offsets = offsets;
    this.flat = flat;
  }

  /**
   * Calls `visit` with each token position of every word for which `test` holds (word by word,
   * not in text order). `test` is asked once per word of the session's lexicon: pass the same
   * function for every document.
   */
  positionsWhere(test: WordTest, visit: (position: number) => void): void {
    const answers = this.answersOf(test);
    const { offsets, flat, lexiconIds } = this;
    for (let id = 0; id < lexiconIds.length; id++) {
      const word = lexiconIds[id]!;
      let answer = answers[word]!;
      if (answer === 0) answers[word] = answer = test(this.lexicon.words[word]!) ? YES : NO;
      if (answer === YES) for (let i = offsets[id]!; i < offsets[id + 1]!; i++) visit(flat[i]!);
    }
  }

  /** How many words (token positions) the document has. */
  get length(): number {
    return this.tokens.length;
  }

  /** The word with this id. */
  word(id: number): string {
    return this.lexicon.words[this.lexiconIds[id]!]!;
  }

  /** The word at token position `position`. */
  wordAt(position: number): string {
    return this.word(this.tokens[position]!);
  }

  /** The ids of the words a pattern matches. */
  private matchingIds(pattern: WordPattern, n: number): Iterable<number> {
    // A pattern numbered after this document's index was built (the rules are compiled as the
    // first document meets them, each numbering its patterns at once): the index is built again.
    if (n >= 0 && (this.byPattern === null || n >= this.covered)) this.indexPatterns();
    if (n >= 0) return this.byPattern![n] ?? NO_IDS;
    // A pattern past the session's limit (see `PatternIndex.number`): resolved against this
    // document's words alone.
    const ids = new Set<number>();
    const { kind, text, lang } = pattern;
    const words = (this.words ??= Array.from(this.lexiconIds, (id) => this.lexicon.words[id]!));
    if (kind === 'exact' || kind === 'literal') {
      const idOf = (this.idOf ??= new Map(words.map((word, id) => [word, id])));
      for (const form of kind === 'exact' ? inflectedForms(text, lang) : [text]) {
        const id = idOf.get(form);
        if (id !== undefined) ids.add(id);
      }
    } else if (kind === 'prefix') {
      this.sorted ??= sortedIndex(words);
      withPrefix(this.sorted, text, ids);
    } else if (kind === 'suffix') {
      // Words ending in a form of the last part: a prefix search among reversed words.
      this.reversed ??= sortedIndex(words.map(reverse));
      for (const form of inflectedForms(text, lang)) withPrefix(this.reversed, reverse(form), ids);
    } else {
      // Infix: one substring search through all words joined by line breaks (which no word
      // holds, so no hit spans two words), not one search per word.
      const joined = (this.joined ??= joinWords(words));
      for (let at = joined.text.indexOf(text); at >= 0; ) {
        const id = wordAt(joined.starts, at);
        ids.add(id);
        at = id + 1 < words.length ? joined.text.indexOf(text, joined.starts[id + 1]!) : -1;
      }
    }
    return ids;
  }

  /** Which of the patterns known so far each word of this document matches. */
  private indexPatterns(): void {
    const covered = this.patterns.count;
    const byPattern = new Array<number[] | undefined>(covered);
    for (let id = 0; id < this.lexiconIds.length; id++) {
      for (const n of this.lexicon.matchesOf(this.lexiconIds[id]!)) {
        const list = byPattern[n];
        if (list) list.push(id);
        else byPattern[n] = [id];
      }
    }
    this.byPattern = byPattern;
    this.covered = covered;
  }

  /**
   * Whether some word of the document matches pattern number `n` (see `PatternIndex.number`;
   * a pattern past the session's limit, -1, may match).
   */
  matches(n: number): boolean {
    if (n < 0) return true;
    if (this.byPattern === null || n >= this.covered) this.indexPatterns();
    return this.byPattern![n] !== undefined;
  }

  /** Sorted token positions of every word the pattern matches (cached per document). */
  positions(pattern: WordPattern): Int32Array {
    // Numbered patterns are cached by number (an array, not a growing map); others by key.
    const n = this.patterns.number(pattern);
    const cached = n >= 0 ? this.byNumber[n] : this.cache.get(pattern.key);
    if (cached) return cached;
    const result = this.resolve(pattern, n);
    if (n >= 0) this.byNumber[n] = result;
    else this.cache.set(pattern.key, result);
    return result;
  }

  /** `n` is the pattern's number (see `PatternIndex.number`), as `positions` looked it up. */
  private resolve(pattern: WordPattern, n: number): Int32Array {
    const matching = this.matchingIds(pattern, n);
    const ids = Array.isArray(matching) ? (matching as readonly number[]) : [...matching];
    const { offsets, flat } = this;
    let result: Int32Array;
    if (ids.length === 0) result = NO_POSITIONS;
    else if (ids.length === 1) result = flat.subarray(offsets[ids[0]!]!, offsets[ids[0]! + 1]!);
    else {
      let total = 0;
      for (const id of ids) total += offsets[id + 1]! - offsets[id]!;
      result = new Int32Array(total);
      let at = 0;
      for (const id of ids) for (let i = offsets[id]!; i < offsets[id + 1]!; i++) result[at++] = flat[i]!;
      result.sort();
    }
    return result;
  }
}

/** The words joined by line breaks, with where each starts. */
function joinWords(words: readonly string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    at += words[i]!.length + 1;
  }
  return { text: words.join('\n'), starts };
}
