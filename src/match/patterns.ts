// Every word pattern of a match session, numbered, and which of them a word matches.
//
// A document's words are matched against all known patterns with a few lookups per distinct
// word (and a word seen in an earlier document costs nothing), instead of resolving each pattern
// against each document's vocabulary.

import { TermMemo } from './term-memo.js';
import type { WordPattern } from './terms.js';

/** Patterns past this many are resolved per document (see `Vocabulary`), as if never seen. */
const MAX_PATTERNS = 20_000;
/** Prefix patterns by their first code units, suffix forms by their last ones: a word looks up one bucket of each. */
const HEAD = 3;
const TAIL = 2;
const NONE: readonly never[] = [];

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The patterns of one session (one lint run), numbered in the order first seen. */
export class PatternIndex {
  private readonly numberOf = new Map<string, number>();
  private readonly exactByForm = new Map<string, number[]>();
  private readonly prefixByHead = new Map<string, { n: number; text: string }[]>();
  private readonly suffixByTail = new Map<string, { n: number; form: string }[]>();
  /** Suffix forms shorter than {@link TAIL}: checked for every word. */
  private readonly shortSuffixes: { n: number; form: string }[] = [];
  private readonly infixes: { n: number; text: string }[] = [];

  /** @param memo where the forms of `exact` and `suffix` patterns come from (the session's) */
  constructor(private readonly memo = new TermMemo()) {}

  /** How many patterns are numbered: numbers run from 0 to this. */
  get count(): number {
    return this.numberOf.size;
  }

  /** The pattern's number, numbering it when new; -1 once {@link MAX_PATTERNS} are known. */
  number(pattern: WordPattern): number {
    const known = this.numberOf.get(pattern.key);
    if (known !== undefined) return known;
    if (this.numberOf.size >= MAX_PATTERNS) return -1;
    const n = this.numberOf.size;
    this.numberOf.set(pattern.key, n);
    const { kind, text } = pattern;
    if (kind === 'exact') {
      for (const form of this.memo.formsOf(pattern)) pushTo(this.exactByForm, form, n);
    } else if (kind === 'literal') {
      pushTo(this.exactByForm, text, n);
    } else if (kind === 'prefix') {
      // A wildcard word has at least three letters (see terms.ts), so at least HEAD code units.
      pushTo(this.prefixByHead, text.slice(0, HEAD), { n, text });
    } else if (kind === 'suffix') {
      for (const form of this.memo.formsOf(pattern)) {
        if (form.length < TAIL) this.shortSuffixes.push({ n, form });
        else pushTo(this.suffixByTail, form.slice(-TAIL), { n, form });
      }
    } else {
      this.infixes.push({ n, text });
    }
    return n;
  }

  /**
   * The numbers, from `from` on and in increasing order, of the patterns a word matches: exact
   * (a form of the pattern), prefix (starts with it), suffix (ends with a form of it), infix
   * (holds it).
   */
  matching(word: string, from: number): number[] {
    const out: number[] = [];
    for (const n of this.exactByForm.get(word) ?? NONE) if (n >= from) out.push(n);
    if (word.length >= HEAD) {
      for (const { n, text } of this.prefixByHead.get(word.slice(0, HEAD)) ?? NONE)
        if (n >= from && word.startsWith(text)) out.push(n);
    }
    if (word.length >= TAIL) {
      for (const { n, form } of this.suffixByTail.get(word.slice(-TAIL)) ?? NONE)
        if (n >= from && word.endsWith(form)) out.push(n);
    }
    for (const { n, form } of this.shortSuffixes) if (n >= from && word.endsWith(form)) out.push(n);
    for (const { n, text } of this.infixes) if (n >= from && word.includes(text)) out.push(n);
    if (out.length < 2) return out;
    // A word may end with several forms of one suffix pattern: each pattern once.
    out.sort((a, b) => a - b);
    return out.filter((n, i) => i === 0 || out[i - 1] !== n);
  }
}
