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
      for (const { stem, endings } of stemForms(text, lang)) {
        for (const ending of endings) withPrefix(this.reversed, reverse(stem + ending), ids);
      }
    } else {
      for (let id = 0; id < this.words.length; id++) if (this.words[id]!.includes(text)) ids.add(id);
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
