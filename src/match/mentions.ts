// The sentences of a document that name each clause label ("Schedule 7", "7.3", "AFC.36", "SV2"),
// indexed once per document on first need: a label the document has no clause for is known by
// what the document says where it names it.

import type { ClauseWords } from './clause-words.js';
import type { SentencePhrases } from './phrases.js';
import { KIND } from './reading.js';
import { labelMentions, labelValues, mayName, precise } from './references.js';
import type { Structure } from './structure.js';
import type { Range, SegmentLayout, UnitLayout } from './units.js';

/** At most this many sentences naming one label are kept. */
const MAX_INDEXED = 32;
/** A section of at most this many sentences is what a sentence naming a label in it says of that label. */
const SHORT_SECTION = 8;
/** The sentences after a label standing alone that say what it names. */
const FOLLOWING = 3;

/** What the index is built from: the prepared document's sections, sentences and phrases. */
export interface MentionSource {
  structure: Structure;
  segments: readonly SegmentLayout[];
  units: readonly UnitLayout[];
  /** Per segment, its reading phrases (null: none). */
  phrasesOf: readonly (SentencePhrases | null)[];
  /** The words of segment `s`, lower case. */
  wordsOf(s: number): readonly string[];
  /** Per block (and one past the last), the first segment at or after it. */
  firstSegmentOf: Int32Array;
  /** How clauses are labelled and named (rules/reading.yaml `clauses:`). */
  clauses: ClauseWords;
}

const NONE: readonly number[] = [];

/**
 * The index key of a label named by a clause word ("Clause 18", "punkt 4"): a bare number is no
 * precise key, but named it is one, for a document that has no clause of that number.
 */
export function namedKey(key: string): string {
  return `named ${key}`;
}

export class LabelMentions {
  /** Per precise label key, the sentences that name it, in document order. */
  private index: Map<string, number[]> | null = null;

  constructor(private readonly src: MentionSource) {}

  /** Whether sentence `s` is the first of a block whose label opens a section: its first word is that label. */
  opensClause(s: number): boolean {
    const { segments, structure, firstSegmentOf } = this.src;
    const block = segments[s]!.block;
    if (firstSegmentOf[block] !== s) return false;
    const section = structure.sections[structure.sectionOf[block]!];
    return section !== undefined && section.block === block && section.label !== null;
  }

  /**
   * What the sentences outside `own` that name `key` say of it, nearest first, at most `limit`:
   * a short section holding each (a question of a clarification log with its answer, a small
   * clause), else its unit (a table row, whose code stands in a cell of its own).
   */
  nearest(key: string, own: Range, limit: number): Range[] {
    const mentions = this.built().get(key);
    if (!mentions) return [];
    const others = mentions.filter((s) => s < own[0] || s >= own[1]);
    others.sort((a, b) => Math.abs(a - own[0]) - Math.abs(b - own[0]));
    return others.slice(0, limit).map((s) => this.said(s));
  }

  /** The sentences that name `key`, in document order (at most the first {@link MAX_INDEXED}). */
  naming(key: string): readonly number[] {
    return this.built().get(key) ?? NONE;
  }

  private said(s: number): Range {
    const { structure, segments, firstSegmentOf, units } = this.src;
    const section = structure.sectionOf[segments[s]!.block]!;
    if (section >= 0) {
      const sec = structure.sections[section]!;
      const range: Range = [firstSegmentOf[sec.block]!, firstSegmentOf[sec.end]!];
      if (range[1] - range[0] <= SHORT_SECTION) return range;
    }
    // The unit holding it: units are in document order, so a binary search finds it.
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.own[1] <= s) lo = mid + 1;
      else hi = mid;
    }
    const unit = units[lo];
    const own: Range = unit && unit.own[0] <= s ? unit.own : [s, s + 1];
    // A code standing alone ("SV2", a table row a reader split into lines) is named for what follows it.
    const { start, end } = segments[s]!;
    if (own[1] - own[0] === 1 && end - start <= 1) return [s, Math.min(segments.length, s + 1 + FOLLOWING)];
    return own;
  }

  /** The index, each sentence that may name a label read once. */
  private built(): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    const { segments, phrasesOf } = this.src;
    const add = (key: string, s: number): void => {
      if (!precise(key)) return;
      const list = index.get(key);
      if (!list) index.set(key, [s]);
      else if (list.length < MAX_INDEXED && list[list.length - 1] !== s) list.push(s);
    };
    for (let s = 0; s < segments.length; s++) {
      // A precise key has a digit, or a part's letter ("Appendix C").
      if (!mayName(segments[s]!.text)) continue;
      const words = this.src.wordsOf(s);
      phrasesOf[s]?.each(KIND['reference-label'], (_kind, start, end) => {
        for (const key of labelValues(words, { start, end }, this.src.clauses).values)
          add(precise(key) ? key : namedKey(key), s);
      });
      for (const m of labelMentions(words, this.opensClause(s), this.src.clauses))
        for (const key of m.keys) add(key, s);
    }
    this.index = index;
    return index;
  }
}
