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
  private postings: Int32Array[] = [];
  private sorted: SortedIndex | null = null;
  private reversed: SortedIndex | null = null;
  private joined: { text: string; starts: Int32Array } | null = null;
  private readonly cache = new Map<string, Int32Array>();

  /** The id of a word, adding it when new. */
  intern(word: string): number {
    let id = this.idOf.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.idOf.set(word, id);
    }
    return id;
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
      for (const form of inflectedForms(text, lang)) {
        const id = this.idOf.get(form);
        if (id !== undefined) ids.add(id);
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
