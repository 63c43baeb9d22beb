// Where a rule's concepts stand in a prepared document, per sentence: each concept's terms are
// found through the document's vocabulary, and counted per sentence so that asking whether a
// concept stands in a unit, its lead-ins or its context is one subtraction per range.

import { SOURCES, type CompiledConcept, type Source } from './compile.js';
import type { PreparedText } from './prepare.js';
import type { Unit } from './prepared-units.js';
import type { CompiledTerm } from './terms.js';
import type { Range } from './units.js';

/** The sources beyond a unit's own words and lead-ins: they need the unit's context. */
export const BEYOND = SOURCES.section | SOURCES.headings | SOURCES.reference | SOURCES.heading;

/** At most this many other words may stand between neighbouring words of a term. */
const MAX_GAP = 2;

/**
 * Where a concept was found for a unit. Every Found has `via` (null but for a reference), so
 * that the code reading them sees one shape.
 */
export interface Found {
  from: Source;
  range: Range;
  via: string | null;
}

/**
 * Per-sentence counts of the concepts of one rule in one document, at `base` offsets (concept c
 * at c * stride, stride = sentences + 1). Holds scratch arrays reused by every call (a document's
 * segments would otherwise cost new arrays per concept of every rule): one per match session,
 * used by one document at a time.
 */
export class ConceptCounts {
  private marks = new Uint8Array(1024);
  private counts = new Int32Array(4096);
  private keptA = new Int32Array(1024);
  private keptB = new Int32Array(1024);

  /** Makes room for `concepts` concepts (and a `not` concept) of a document of `stride - 1` sentences. */
  reserve(stride: number, concepts: number): void {
    if (this.marks.length < stride) this.marks = new Uint8Array(Math.max(stride, this.marks.length * 2));
    if (this.counts.length < (concepts + 1) * stride)
      this.counts = new Int32Array(Math.max((concepts + 1) * stride, this.counts.length * 2));
  }

  /**
   * The token positions where a term's last word matches: each further word keeps only the
   * positions that follow a kept position of the word before within the gap, in the same
   * segment. One merge pass per word over sorted position lists, so linear in the occurrences.
   */
  termEnds(text: PreparedText, term: CompiledTerm): { ends: Int32Array; count: number } {
    const { segmentOf, vocabulary } = text;
    let ends = vocabulary.positions(term.words[0]!);
    let count = ends.length;
    for (let w = 1; w < term.words.length && count > 0; w++) {
      const next = vocabulary.positions(term.words[w]!);
      if (this.keptA.length < next.length) this.keptA = new Int32Array(Math.max(next.length, this.keptA.length * 2));
      if (this.keptB.length < next.length) this.keptB = new Int32Array(Math.max(next.length, this.keptB.length * 2));
      // The kept positions go to whichever scratch array `ends` is not.
      const kept = ends === this.keptA ? this.keptB : this.keptA;
      let n = 0;
      let j = 0;
      for (let q = 0; q < next.length; q++) {
        const p = next[q]!;
        while (j < count && ends[j]! < p - MAX_GAP - 1) j++;
        for (let k = j; k < count && ends[k]! < p; k++) {
          if (segmentOf[ends[k]!] === segmentOf[p]) {
            kept[n++] = p;
            break;
          }
        }
      }
      ends = kept;
      count = n;
    }
    return { ends, count };
  }

  /**
   * Per segment, how many segments before it match the concept, written at `counts[base ..
   * base + segments]`: a range query is one subtraction. False when no segment matches. A term
   * ending where `skip` is 1 does not count (a `not` term a sentence sets aside), nor one in a
   * sentence struck out ("12.5 (Utgår. Punkten om … lönekartläggning … har strukits.)").
   * `firsts` are the numbers of the terms' first words (see `FirstWords` in find.ts).
   */
  count(
    text: PreparedText,
    concept: CompiledConcept,
    firsts: Int32Array,
    base: number,
    skip: Uint8Array | null = null,
  ): boolean {
    const n = text.segments.length;
    const { marks, counts } = this;
    marks.fill(0, 0, n);
    let any = false;
    for (let t = 0; t < concept.terms.length; t++) {
      if (!text.vocabulary.matches(firsts[t]!)) continue;
      const { ends, count } = this.termEnds(text, concept.terms[t]!);
      for (let k = 0; k < count; k++) {
        if (skip !== null && skip[ends[k]!] === 1) continue;
        const segment = text.segmentOf[ends[k]!]!;
        if (text.struck[segment] === 1) continue;
        marks[segment] = 1;
        any = true;
      }
    }
    // No hit: the counts are never read (the rule fails, or the `not` concept vetoes nothing).
    if (!any) return false;
    counts[base] = 0;
    for (let s = 0; s < n; s++) counts[base + s + 1] = counts[base + s]! + marks[s]!;
    return counts[base + n]! > 0;
  }

  inRange(base: number, [from, to]: Range): boolean {
    return to > from && this.counts[base + to]! > this.counts[base + from]!;
  }

  /** Where concept `c` (counts at `base`) stands for the unit, in the order of `from`'s sources. */
  locate(base: number, from: number, unit: Unit): Found | null {
    return this.locateNear(base, from, unit) ?? this.locateBeyond(base, from, unit);
  }

  /** Where the concept stands in the unit's own words or its lead-ins. */
  locateNear(base: number, from: number, unit: Unit): Found | null {
    if (from & SOURCES.unit)
      for (const r of unit.usable) if (this.inRange(base, r)) return { from: 'unit', range: r, via: null };
    if (from & SOURCES['lead-in'])
      for (const r of unit.leads) if (this.inRange(base, r)) return { from: 'lead-in', range: r, via: null };
    return null;
  }

  /** Where the concept stands beyond the unit and its lead-ins (the unit's context, worked out on first asking). */
  locateBeyond(base: number, from: number, unit: Unit): Found | null {
    if ((from & BEYOND) === 0) return null;
    if (from & SOURCES.section)
      for (const r of unit.context.topic) if (this.inRange(base, r)) return { from: 'section', range: r, via: null };
    if (from & SOURCES.heading)
      for (const r of unit.context.heading) if (this.inRange(base, r)) return { from: 'heading', range: r, via: null };
    if (from & SOURCES.headings)
      for (const r of unit.context.headings)
        if (this.inRange(base, r)) return { from: 'headings', range: r, via: null };
    if (from & SOURCES.reference) {
      for (const ref of unit.context.references)
        if (this.inRange(base, ref.range)) return { from: 'reference', range: ref.range, via: ref.via };
    }
    return null;
  }
}
