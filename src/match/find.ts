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
 * Scratch space reused by every call, since findEvidence keeps none of it once it returns:
 * a document's segments would otherwise cost new arrays per concept of every rule.
 */
let marks = new Uint8Array(1024);
let counts = new Int32Array(4096);
let keptA = new Int32Array(1024);
let keptB = new Int32Array(1024);

/**
 * Marks the segments where a term matches. Each further word keeps only the positions that
 * follow a kept position of the word before within the gap, in the same segment: one merge
 * pass per word over sorted position lists, so linear in the number of occurrences.
 */
function markTerm(text: PreparedText, term: CompiledTerm): boolean {
  const { segmentOf, vocabulary } = text;
  let ends = vocabulary.positions(term.words[0]!);
  let count = ends.length;
  for (let w = 1; w < term.words.length && count > 0; w++) {
    const next = vocabulary.positions(term.words[w]!);
    // The kept positions go to whichever scratch array `ends` is not.
    if (keptA.length < next.length) keptA = new Int32Array(Math.max(next.length, keptA.length * 2));
    if (keptB.length < next.length) keptB = new Int32Array(Math.max(next.length, keptB.length * 2));
    const kept = ends === keptA ? keptB : keptA;
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
  for (let k = 0; k < count; k++) marks[segmentOf[ends[k]!]!] = 1;
  return count > 0;
}

/**
 * Per segment, how many segments before it match the concept, written at `counts[base ..
 * base + segments]`: a range query is one subtraction. False when no segment matches.
 */
function conceptCounts(text: PreparedText, concept: CompiledConcept, base: number): boolean {
  const n = text.segments.length;
  marks.fill(0, 0, n);
  let any = false;
  for (const term of concept.terms) if (markTerm(text, term)) any = true;
  // No hit: the counts are never read (the rule fails, or the `not` concept vetoes nothing).
  if (!any) return false;
  counts[base] = 0;
  for (let s = 0; s < n; s++) counts[base + s + 1] = counts[base + s]! + marks[s]!;
  return counts[base + n]! > 0;
}

function inRange(base: number, from: number, to: number): boolean {
  return counts[base + to]! > counts[base + from]!;
}

function inUnit(base: number, own: Range, leads: readonly Range[]): boolean {
  if (inRange(base, own[0], own[1])) return true;
  for (const [from, to] of leads) if (inRange(base, from, to)) return true;
  return false;
}

/**
 * The first unit, in document order, where every concept of the evidence matches, no `not`
 * term does, and (unless `context: any`) the unit is a requirement context; null when none is.
 */
export function findEvidence(text: PreparedText, evidence: CompiledEvidence): EvidenceHit | null {
  const stride = text.segments.length + 1;
  const concepts = evidence.all.length;
  if (marks.length < stride) marks = new Uint8Array(Math.max(stride, marks.length * 2));
  if (counts.length < (concepts + 1) * stride) counts = new Int32Array(Math.max((concepts + 1) * stride, counts.length * 2));
  // Concept c's counts start at c * stride; the `not` concept's after them.
  for (let c = 0; c < concepts; c++) if (!conceptCounts(text, evidence.all[c]!, c * stride)) return null;
  const veto = concepts * stride;
  const vetoing = evidence.not !== null && conceptCounts(text, evidence.not, veto);
  for (const unit of text.units) {
    if (evidence.requirement && !unit.requirement) continue;
    let every = true;
    for (let c = 0; c < concepts && every; c++) every = inUnit(c * stride, unit.own, unit.leads);
    if (!every) continue;
    if (vetoing && inUnit(veto, unit.own, unit.leads)) continue;
    // Point at the unit's first sentence that holds a concept (the matching cell of a row).
    let segment = unit.own[0];
    search: for (let s = unit.own[0]; s < unit.own[1]; s++) {
      for (let c = 0; c < concepts; c++) {
        if (inRange(c * stride, s, s + 1)) {
          segment = s;
          break search;
        }
      }
    }
    return { block: text.blocks[text.segments[segment]!.block]!, unit: unit.text };
  }
  return null;
}
