// A document's distinct words with where each occurs, and lookups of word patterns in them.

import { inflectedForms, stemForms } from './inflection.js';
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

/** The reversed forms a suffix pattern looks up, per pattern: the same for every document. */
const suffixKeysMemo = new Map<string, string[]>();

function suffixKeys(text: string, lang: WordPattern['lang']): string[] {
  const key = `${lang}:${text}`;
  let keys = suffixKeysMemo.get(key);
  if (!keys) {
    keys = [];
    for (const { stem, endings } of stemForms(text, lang)) for (const ending of endings) keys.push(reverse(stem + ending));
    if (suffixKeysMemo.size >= 50_000) suffixKeysMemo.clear();
    suffixKeysMemo.set(key, keys);
  }
  return keys;
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

/**
 * Exact patterns looked up so far (each numbered in the order first seen), and those numbers by
 * each of their forms. A document then matches every known exact pattern with one lookup per
 * distinct word of its own, instead of one per form of every pattern (about twenty forms for
 * each of some nine hundred patterns). Shared by all documents: it depends only on the patterns.
 */
const exactNumber = new Map<string, number>();
const exactByForm = new Map<string, number[]>();
/** Patterns past this many are looked up form by form, as before any were known. */
const MAX_EXACT_PATTERNS = 20_000;

function registerExact(pattern: WordPattern): void {
  if (exactNumber.has(pattern.key) || exactNumber.size >= MAX_EXACT_PATTERNS) return;
  const n = exactNumber.size;
  exactNumber.set(pattern.key, n);
  // A form listed twice must not make a word match twice.
  for (const form of new Set(inflectedForms(pattern.text, pattern.lang))) {
    const list = exactByForm.get(form);
    if (list) list.push(n);
    else exactByForm.set(form, [n]);
  }
}

const NO_IDS: readonly number[] = [];

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

/**
 * The vocabulary of one document. Word patterns are resolved against distinct words, not
 * against the text, and each result is cached, so a rule costs about the size of its hits.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  private readonly idOf = new Map<string, number>();
  /** Open-addressing table of ids by word hash (-1: empty), and each word's hash. */
  private table = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private readonly hashes: number[] = [];
  private postings: Int32Array[] = [];
  private sorted: SortedIndex | null = null;
  private reversed: SortedIndex | null = null;
  private joined: { text: string; starts: Int32Array } | null = null;
  private readonly cache = new Map<string, Int32Array>();
  /** Per exact pattern number below `exactCovered`: the ids of this document's words it matches. */
  private exactIds: Map<number, number[]> | null = null;
  private exactCovered = 0;

  /** The id of a word, adding it when new. */
  intern(word: string): number {
    return this.internRange(word, 0, word.length);
  }

  /**
   * The id of the word `text[start, end)`, adding it when new. Looked up by a hash of its
   * characters, so a word already known (most words of a document) costs no new string.
   */
  internRange(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const n = end - start;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const word = this.words[id]!;
        if (word.length === n && text.startsWith(word, start)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    this.idOf.set(word, id);
    this.table[slot] = id;
    if (this.words.length * 2 > this.table.length) this.grow();
    return id;
  }

  /** The word with this id. */
  word(id: number): string {
    return this.words[id]!;
  }

  private grow(): void {
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

  /** Builds the position lists once all tokens are interned; `tokens` holds ids in text order. */
  index(tokens: Int32Array): void {
    const counts = new Int32Array(this.words.length);
    for (const id of tokens) counts[id]!++;
    this.postings = Array.from(counts, (n) => new Int32Array(n));
    const filled = new Int32Array(this.words.length);
    for (let pos = 0; pos < tokens.length; pos++) {
      const id = tokens[pos]!;
      this.postings[id]![filled[id]!++] = pos;
    }
  }

  /** The ids of the words a pattern matches. */
  private matchingIds(pattern: WordPattern): Set<number> {
    const ids = new Set<number>();
    const { kind, text, lang } = pattern;
    if (kind === 'exact') {
      registerExact(pattern);
      const n = exactNumber.get(pattern.key);
      if (n !== undefined && this.exactIds === null) this.indexExact();
      if (n !== undefined && n < this.exactCovered) {
        for (const id of this.exactIds?.get(n) ?? NO_IDS) ids.add(id);
      } else {
        // A pattern first seen after this document's index was built (while the first
        // document meets the rules one by one): its forms are looked up directly.
        for (const form of inflectedForms(text, lang)) {
          const id = this.idOf.get(form);
          if (id !== undefined) ids.add(id);
        }
      }
    } else if (kind === 'prefix') {
      this.sorted ??= sortedIndex(this.words);
      withPrefix(this.sorted, text, ids);
    } else if (kind === 'suffix') {
      // Words ending in a form of the last part: a prefix search among reversed words.
      this.reversed ??= sortedIndex(this.words.map(reverse));
      for (const key of suffixKeys(text, lang)) withPrefix(this.reversed, key, ids);
    } else {
      // Infix: one substring search through all words joined by line breaks (which no word
      // holds, so no hit spans two words), not one search per word.
      const joined = (this.joined ??= joinWords(this.words));
      for (let at = joined.text.indexOf(text); at >= 0; ) {
        const id = wordAt(joined.starts, at);
        ids.add(id);
        at = id + 1 < this.words.length ? joined.text.indexOf(text, joined.starts[id + 1]!) : -1;
      }
    }
    return ids;
  }

  /** Which of the exact patterns known so far each word of this document matches. */
  private indexExact(): void {
    const out = new Map<number, number[]>();
    for (let id = 0; id < this.words.length; id++) {
      const numbers = exactByForm.get(this.words[id]!);
      if (!numbers) continue;
      for (const n of numbers) {
        const list = out.get(n);
        if (list) list.push(id);
        else out.set(n, [id]);
      }
    }
    this.exactIds = out;
    this.exactCovered = exactNumber.size;
  }

  /** Sorted token positions of every word the pattern matches (cached per document). */
  positions(pattern: WordPattern): Int32Array {
    const cached = this.cache.get(pattern.key);
    if (cached) return cached;
    const lists = [...this.matchingIds(pattern)].map((id) => this.postings[id]!);
    let result: Int32Array;
    if (lists.length === 1) result = lists[0]!;
    else {
      result = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
      let at = 0;
      for (const list of lists) {
        result.set(list, at);
        at += list.length;
      }
      result.sort();
    }
    this.cache.set(pattern.key, result);
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
