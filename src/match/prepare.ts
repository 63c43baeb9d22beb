// Builds the per-document index once: tokens, segments, units and their requirement context.

import type { Block } from '../types.js';
import { mayOblige, obligationState, type ObligationState } from './context.js';
import { LanguageCounter } from './language.js';
import { foldText } from './normalise.js';
import { tokenBounds } from './tokens.js';
import { layout, type Range } from './units.js';
import { Vocabulary } from './vocabulary.js';

/** One sentence of the document and where its tokens are. */
export interface Segment {
  /** Index into the document's blocks. */
  block: number;
  text: string;
  /** Half-open range of token positions. */
  start: number;
  end: number;
}

/** A unit with whether it puts an obligation on the supplier. */
export interface Unit {
  own: Range;
  leads: Range[];
  text: string;
  requirement: boolean;
}

/** One document, normalised and indexed once for any number of rules. Opaque to callers. */
export interface PreparedText {
  readonly blocks: readonly Block[];
  readonly segments: readonly Segment[];
  readonly units: readonly Unit[];
  /** For each token position, the segment it belongs to. */
  readonly segmentOf: Int32Array;
  readonly vocabulary: Vocabulary;
  /**
   * The document's language, as `detectLanguage` decides it: the segments hold the same tokens
   * in the same order as the blocks (sentences split only at spaces), so counting here saves
   * normalising and tokenising the text a second time.
   */
  readonly lang: 'sv' | 'en';
}

function combine(states: ObligationState[], ranges: Range[]): ObligationState {
  let negated = false;
  for (const [from, to] of ranges) {
    for (let s = from; s < to; s++) {
      if (states[s] === 'obligation') return 'obligation';
      if (states[s] === 'negated') negated = true;
    }
  }
  return negated ? 'negated' : 'none';
}

/**
 * Normalises, tokenises and indexes a document's blocks: sentences, list items with their
 * lead-ins, table rows with their headers, and the requirement context of each.
 */
export function prepare(blocks: Block[]): PreparedText {
  const { segments: laid, units: laidUnits } = layout(blocks);
  const vocabulary = new Vocabulary();
  const ids: number[] = [];
  const segmentIds: number[] = [];
  const segments: Segment[] = [];
  const states: ObligationState[] = [];
  const language = new LanguageCounter();
  /** Per vocabulary id (ids come 0, 1, 2, … in order): whether the word can oblige. */
  const mayObligeById: boolean[] = [];
  let counting = true;
  laid.forEach((segment, s) => {
    // Words are interned straight from the folded text: a known word costs no new string, and
    // the sentence's tokens are the vocabulary's own strings.
    const folded = foldText(segment.text);
    const bounds = tokenBounds(folded);
    const start = ids.length;
    let obliging = false;
    for (let k = 0; k < bounds.length; k += 2) {
      const id = vocabulary.internRange(folded, bounds[k]!, bounds[k + 1]!);
      if (id === mayObligeById.length) mayObligeById.push(mayOblige(vocabulary.word(id)));
      if (mayObligeById[id]) obliging = true;
      if (counting) counting = language.addWord(id, vocabulary.word(id));
      ids.push(id);
      segmentIds.push(s);
    }
    segments.push({ block: segment.block, text: segment.text, start, end: ids.length });
    // Most sentences hold no word that could oblige: 'none' without looking at them word by word.
    states.push(obliging ? obligationState(ids.slice(start).map((id) => vocabulary.word(id))) : 'none');
  });
  const tokens = Int32Array.from(ids);
  vocabulary.index(tokens);
  // Items of one list share their lead-in ranges: decide each range once, not once per item.
  const leadStates = new Map<Range, ObligationState>();
  const leadState = (range: Range): ObligationState => {
    let state = leadStates.get(range);
    if (state === undefined) leadStates.set(range, (state = combine(states, [range])));
    return state;
  };
  const units = laidUnits.map((unit): Unit => {
    // The unit's own words decide first; a lead-in obliges only units that say nothing either way.
    const own = combine(states, [unit.own]);
    const requirement =
      !unit.heading && (own === 'obligation' || (own === 'none' && unit.leads.some((r) => leadState(r) === 'obligation')));
    return { own: unit.own, leads: unit.leads, text: unit.text, requirement };
  });
  return { blocks, segments, units, segmentOf: Int32Array.from(segmentIds), vocabulary, lang: language.lang };
}
