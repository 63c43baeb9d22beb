// Finds the first unit of a prepared document where a compiled evidence spec holds, and says why.

import type { Block } from '../types.js';
import { BINDS, type Force, type Party } from './binds.js';
import { SOURCES, type CompiledConcept, type CompiledEvidence, type Source } from './compile.js';
import { BEYOND, ConceptCounts, type Found } from './concept-counts.js';
import type { PreparedText } from './prepare.js';
import { bindsAny, type Unit } from './prepared-units.js';

/** How one concept of a rule was found for the unit. */
export interface ConceptEvidence {
  /** The term of the pack that matched, as written there. */
  term: string;
  /** The word of the text where it matched (its last word, lower case). */
  word: string;
  from: Source;
  /** For a concept from outside the unit: the sentence it stands in. */
  where?: string;
  /** For `reference`: the words that refer ("punkt 2", "dessa villkor"). */
  via?: string;
}

/** Where evidence was found, and why it counts. */
export interface EvidenceHit {
  /** The block holding the (first) matching sentence of the unit. */
  block: Block;
  /** The unit's own text as in the document, for messages. */
  unit: string;
  /** Whom the unit binds and how, and the words that decided. */
  party: Party;
  force: Force;
  trigger: string | null;
  concepts: ConceptEvidence[];
}

/** A unit that holds some of a rule's concepts without counting, and what it lacks. */
export interface NearMiss {
  block: Block;
  unit: string;
  party: Party;
  force: Force;
  /** Per concept of the evidence: how it was found for the unit, or null. */
  concepts: (ConceptEvidence | null)[];
  /**
   * Why the unit does not count: a concept is missing, a `not` term vetoes it, or it binds no
   * party the rule accepts.
   */
  reason: 'concept' | 'veto' | 'party' | 'guide' | 'record';
}

/**
 * Per concept of an evidence (its `not` concept last), the session's numbers of the first words of
 * its terms (see `PatternIndex.number`): a term whose first word no word of a document matches is
 * passed over without looking it up.
 */
export type FirstWords = readonly Int32Array[];

/**
 * Matches evidence against prepared documents, with the concept counts of one match session (used
 * by one document at a time).
 */
export class Finder {
  private readonly counts = new ConceptCounts();

  /**
   * The first unit, in document order, where every concept of the evidence stands (in the unit
   * or where its `from` allows), no `not` term stands in the unit, and the unit binds a party the
   * evidence accepts (with `context: any`, or says something of one); null when none does.
   */
  find(text: PreparedText, evidence: CompiledEvidence, firsts: FirstWords): EvidenceHit | null {
    const stride = text.segments.length + 1;
    const concepts = evidence.all.length;
    this.counts.reserve(stride, concepts);
    // Concept c's counts start at c * stride; the `not` concept's after them.
    for (let c = 0; c < concepts; c++)
      if (!this.counts.count(text, evidence.all[c]!, firsts[c]!, c * stride)) return null;
    const veto = concepts * stride;
    const vetoing = evidence.not !== null && this.counts.count(text, evidence.not, firsts[concepts]!, veto, text.aside);
    const found: Found[] = new Array<Found>(concepts);
    const missing: boolean[] = new Array<boolean>(concepts);
    units: for (const unit of text.units) {
      if (!this.accepts(text, unit, evidence)) continue;
      // The unit's own words and lead-ins first, for every concept: a concept found nowhere
      // else rules the unit out before any context is worked out for another.
      let beyond = false;
      let own = false;
      for (let c = 0; c < concepts; c++) {
        const from = evidence.all[c]!.from;
        const at = this.counts.locateNear(c * stride, from, unit);
        if (at) found[c] = at;
        else if ((from & BEYOND) === 0) continue units;
        missing[c] = at === null;
        if (at === null) beyond = true;
        else if (at.from === 'unit') own = true;
      }
      // Every concept from the lead-in or the context, none in the unit's own words: the unit
      // says nothing of the rule itself ("a) … rutiner mot trakasserier" under a lead-in about
      // the under-represented sex); its lead-in, a unit of its own, is read for the rule anyway.
      // Unless its own words name the clause that supplies a concept ("Som avtalsbrott räknas att
      // leverantören" | "- inte uppfyller åtagandena i kapitel 7"): then the unit says it.
      if (!own && !beyond) continue;
      if (beyond) {
        for (let c = 0; c < concepts; c++) {
          if (!missing[c]) continue;
          const at = this.counts.locateBeyond(c * stride, evidence.all[c]!.from, unit);
          if (!at) continue units;
          found[c] = at;
          if (at.from === 'reference') own = true;
        }
        if (!own) continue;
      }
      if (vetoing && this.counts.locate(veto, SOURCES.unit | SOURCES['lead-in'], unit)) continue;
      return this.hit(text, evidence, unit, found);
    }
    return null;
  }

  /**
   * The units that come closest to asking for the rule without doing so, most concepts first
   * (then document order): what an officer checks when lint says a rule is missing.
   */
  nearMisses(text: PreparedText, evidence: CompiledEvidence, firsts: FirstWords, limit: number): NearMiss[] {
    const stride = text.segments.length + 1;
    const concepts = evidence.all.length;
    this.counts.reserve(stride, concepts);
    const present: boolean[] = [];
    for (let c = 0; c < concepts; c++) present.push(this.counts.count(text, evidence.all[c]!, firsts[c]!, c * stride));
    const veto = concepts * stride;
    const vetoing = evidence.not !== null && this.counts.count(text, evidence.not, firsts[concepts]!, veto, text.aside);
    const out: (NearMiss & { score: number })[] = [];
    for (const unit of text.units) {
      if (unit.heading) continue;
      const found: (Found | null)[] = [];
      let score = 0;
      for (let c = 0; c < concepts; c++) {
        const at = present[c] ? this.counts.locate(c * stride, evidence.all[c]!.from, unit) : null;
        found.push(at);
        if (at) score++;
      }
      if (score === 0) continue;
      const accepted = this.accepts(text, unit, evidence);
      const vetoed = vetoing && this.counts.locate(veto, SOURCES.unit | SOURCES['lead-in'], unit) !== null;
      const reason = score < concepts ? 'concept' : vetoed ? 'veto' : accepted ? null : unbound(text);
      if (reason === null) continue;
      const role = unit.role;
      out.push({
        block: text.blocks[text.segments[unit.own[0]]!.block]!,
        unit: unit.text,
        party: role.party,
        force: role.force,
        concepts: found.map((f, c) => (f ? this.conceptEvidence(text, evidence.all[c]!, f) : null)),
        reason,
        score: score + (accepted ? 0.5 : 0),
      });
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, limit).map(({ score: _score, ...miss }) => miss);
  }

  /**
   * Whether a unit can count for the evidence at all: not a heading, not advice or someone else's
   * business, and it binds (with `context: any`: binds or states something of) a party the
   * evidence accepts. A statement rule that accepts the authority takes what the authority
   * states, never what it undertakes to do.
   */
  private accepts(text: PreparedText, unit: Unit, evidence: CompiledEvidence): boolean {
    if (unit.heading || unit.excluded) return false;
    if (evidence.requirement) return unit.binding && bindsAny(text, unit, evidence.parties);
    if (unit.role.force === 'own-duty' && (unit.binds & evidence.parties & ~BINDS.authority) === 0) return false;
    return bindsAny(text, unit, evidence.parties);
  }

  /** The hit for a unit: where it points, and each concept's term and word. */
  private hit(text: PreparedText, evidence: CompiledEvidence, unit: Unit, found: readonly Found[]): EvidenceHit {
    // Point at the unit's first sentence that holds a concept of its own (the matching cell of a row).
    const own = found.find((f) => f.from === 'unit');
    let segment = unit.own[0];
    if (own) {
      const stride = text.segments.length + 1;
      search: for (let s = unit.own[0]; s < unit.own[1]; s++) {
        for (let c = 0; c < found.length; c++) {
          if (found[c]!.from === 'unit' && this.counts.inRange(c * stride, [s, s + 1])) {
            segment = s;
            break search;
          }
        }
      }
    }
    const concepts = found.map((f, c) => this.conceptEvidence(text, evidence.all[c]!, f));
    const role = unit.role;
    const words = role.at >= 0 ? this.wordsOf(text, unit.roleSegment, role.at, role.end) : null;
    return {
      block: text.blocks[text.segments[segment]!.block]!,
      unit: unit.text,
      party: role.party === 'none' && text.supplierFacing ? 'contract' : role.party,
      force: role.force,
      trigger: words !== null && elsewhere(unit) ? `${words}: ${clip(text.segments[unit.roleSegment]!.text)}` : words,
      concepts,
    };
  }

  private conceptEvidence(text: PreparedText, concept: CompiledConcept, found: Found): ConceptEvidence {
    const [from, to] = found.range;
    for (const term of concept.terms) {
      const { ends, count } = this.counts.termEnds(text, term);
      for (let k = 0; k < count; k++) {
        const s = text.segmentOf[ends[k]!]!;
        if (s < from || s >= to) continue;
        const word = text.vocabulary.wordAt(ends[k]!);
        const out: ConceptEvidence = { term: term.source, word, from: found.from };
        if (found.from !== 'unit') out.where = text.segments[s]!.text;
        if (found.via) out.via = found.via;
        return out;
      }
    }
    return { term: concept.terms[0]!.source, word: '', from: found.from };
  }

  private wordsOf(text: PreparedText, segment: number, from: number, to: number): string {
    const s = text.segments[segment]!;
    const out: string[] = [];
    for (let p = s.start + from; p < s.start + to && p < s.end; p++) out.push(text.vocabulary.wordAt(p));
    return out.join(' ');
  }
}

/** Whether a unit is bound by a sentence outside it and its lead-ins (one naming the code it opens with). */
function elsewhere(unit: Unit): boolean {
  const s = unit.roleSegment;
  if (s >= unit.own[0] && s < unit.own[1]) return false;
  return !unit.leads.some(([from, to]) => s >= from && s < to);
}

/** At most this many characters of a sentence quoted where a trigger is shown. */
const QUOTED = 100;

function clip(sentence: string): string {
  return sentence.length <= QUOTED ? sentence : `${sentence.slice(0, QUOTED - 1)}…`;
}

/** Why a unit with every concept binds no party the rule accepts: what the document is, or its party. */
function unbound(text: PreparedText): 'record' | 'guide' | 'party' {
  if (text.record) return 'record';
  return text.guide ? 'guide' : 'party';
}
