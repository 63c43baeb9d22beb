// Finds the first unit of a prepared document where a compiled evidence spec holds.

import type { Block } from '../types.js';
import type { CompiledConcept, CompiledEvidence } from './compile.js';
import type { PreparedText } from './prepare.js';
import type { CompiledTerm } from './terms.js';
import type { Range } from './units.js';

/** Where evidence was found. */
export interface EvidenceHit {
  /** The block holding the (first) matching sentence of the unit. */
  block: Block;
  /** The unit's own text as in the document, for messages. */
  unit: string;
}

/** At most this many other words may stand between neighbouring words of a term. */
const MAX_GAP = 2;

/**
 * Marks the segments where a term matches. Each further word keeps only the positions that
 * follow a kept position of the word before within the gap, in the same segment: one merge
 * pass per word over sorted position lists, so linear in the number of occurrences.
 */
function markTerm(text: PreparedText, term: CompiledTerm, marks: Uint8Array): void {
  const { segmentOf, vocabulary } = text;
  let ends = vocabulary.positions(term.words[0]!);
  for (let w = 1; w < term.words.length && ends.length > 0; w++) {
    const next = vocabulary.positions(term.words[w]!);
    const kept: number[] = [];
    let j = 0;
    for (const p of next) {
      while (j < ends.length && ends[j]! < p - MAX_GAP - 1) j++;
      for (let k = j; k < ends.length && ends[k]! < p; k++) {
        if (segmentOf[ends[k]!] === segmentOf[p]) {
          kept.push(p);
          break;
        }
      }
    }
    ends = Int32Array.from(kept);
  }
  for (const p of ends) marks[segmentOf[p]!] = 1;
}

/** Per segment, how many segments up to it match the concept: a range query is one subtraction. */
function conceptCounts(text: PreparedText, concept: CompiledConcept): Int32Array | null {
  const marks = new Uint8Array(text.segments.length);
  for (const term of concept.terms) markTerm(text, term, marks);
  const counts = new Int32Array(marks.length + 1);
  for (let s = 0; s < marks.length; s++) counts[s + 1] = counts[s]! + marks[s]!;
  return counts[marks.length]! > 0 ? counts : null;
}

function inRange(counts: Int32Array, [from, to]: Range): boolean {
  return counts[to]! > counts[from]!;
}

function inUnit(counts: Int32Array, own: Range, leads: Range[]): boolean {
  return inRange(counts, own) || leads.some((r) => inRange(counts, r));
}

/**
 * The first unit, in document order, where every concept of the evidence matches, no `not`
 * term does, and (unless `context: any`) the unit is a requirement context; null when none is.
 */
export function findEvidence(text: PreparedText, evidence: CompiledEvidence): EvidenceHit | null {
  const all: Int32Array[] = [];
  for (const concept of evidence.all) {
    const counts = conceptCounts(text, concept);
    if (!counts) return null;
    all.push(counts);
  }
  const veto = evidence.not ? conceptCounts(text, evidence.not) : null;
  for (const unit of text.units) {
    if (evidence.requirement && !unit.requirement) continue;
    if (!all.every((counts) => inUnit(counts, unit.own, unit.leads))) continue;
    if (veto && inUnit(veto, unit.own, unit.leads)) continue;
    // Point at the unit's first sentence that holds a concept (the matching cell of a row).
    let segment = unit.own[0];
    for (let s = unit.own[0]; s < unit.own[1]; s++) {
      if (all.some((counts) => inRange(counts, [s, s + 1]))) {
        segment = s;
        break;
      }
    }
    return { block: text.blocks[text.segments[segment]!.block]!, unit: unit.text };
  }
  return null;
}
