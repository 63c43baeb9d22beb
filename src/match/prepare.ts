// Builds the per-document index once: tokens, segments, units and their requirement context.

import type { Block } from '../types.js';
import { obligationState, type ObligationState } from './context.js';
import { DocumentWords } from './indexer.js';
import { lexiconForDocument } from './lexicon.js';
import { foldText } from './normalise.js';
import { scanWords } from './tokens.js';
import { layout, type Range } from './units.js';
import { Vocabulary, type WordTest } from './vocabulary.js';

/** One sentence of the document and where its tokens are. */
export interface Segment {
  /** Index into the document's blocks. */
  block: number;
  text: string;
  /** Whether the block's text is plain (see `cleanTextPlain`): its clean text is itself, trimmed, and its tokens its words in lower case. */
  plain: boolean;
  /** Half-open range of token positions. */
  start: number;
  end: number;
}

/** A unit with whether it puts an obligation on the supplier. */
export interface Unit {
  own: Range;
  leads: readonly Range[];
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

/** The combined state of the segments `[from, to)`: any obligation wins, then any negation. */
function combine(states: ObligationState[], from: number, to: number): ObligationState {
  let negated = false;
  for (let s = from; s < to; s++) {
    if (states[s] === 'obligation') return 'obligation';
    if (states[s] === 'negated') negated = true;
  }
  return negated ? 'negated' : 'none';
}

/**
 * Normalises, tokenises and indexes a document's blocks: sentences, list items with their
 * lead-ins, table rows with their headers, and the requirement context of each.
 */
export function prepare(blocks: Block[]): PreparedText {
  const { segments: laid, units: laidUnits } = layout(blocks);
  const { lexicon, stamp } = lexiconForDocument();
  const words = new DocumentWords(lexicon, stamp);
  // The layout's segment objects become the prepared ones, once their token range is known.
  const segments: Segment[] = laid;
  const states: ObligationState[] = new Array<ObligationState>(laid.length);
  let clean: string | null = null;
  let folded = '';
  for (let s = 0; s < laid.length; s++) {
    const segment = laid[s]!;
    const start = words.count;
    words.segment = s;
    words.obliging = false;
    // A block is folded once for all its sentences. Folding keeps its length (and so the
    // sentences' offsets) unless lower case grows a character (`İ`): then per sentence, as
    // lower case is the same either way, since sentences are cut at spaces.
    if (segment.clean !== clean) {
      clean = segment.clean;
      // Plain text (see cleanTextPlain) holds nothing to fold but case: spare foldText's search.
      folded = segment.plain ? clean.toLowerCase() : foldText(clean);
    }
    if (folded.length === clean.length) scanWords(folded, segment.from, segment.to, words);
    else {
      const text = foldText(segment.text);
      scanWords(text, 0, text.length, words);
    }
    segment.start = start;
    segment.end = words.count;
    // Most sentences hold no word that could oblige: 'none' without looking at them word by word.
    states[s] = words.obliging ? obligationState(words.wordsOf(start, words.count), words.kindsOf(start, words.count)) : 'none';
  }
  const count = words.count;
  const vocabulary = new Vocabulary(lexicon, words.lexiconIds.slice(0, words.distinct), words.tokens.subarray(0, count));
  // Items of one list share their lead-in ranges: decide each range once, not once per item.
  const leadStates = new Map<Range, ObligationState>();
  const leadState = (range: Range): ObligationState => {
    let state = leadStates.get(range);
    if (state === undefined) leadStates.set(range, (state = combine(states, range[0], range[1])));
    return state;
  };
  // The layout's unit objects become the prepared ones, once their context is known.
  const units: Unit[] = laidUnits;
  for (const unit of laidUnits) {
    // The unit's own words decide first; a lead-in obliges only units that say nothing either way.
    const own = combine(states, unit.own[0], unit.own[1]);
    unit.requirement =
      !unit.heading && (own === 'obligation' || (own === 'none' && unit.leads.some((r) => leadState(r) === 'obligation')));
  }
  return { blocks, segments, units, segmentOf: words.segmentOf.slice(0, count), vocabulary, lang: words.language.lang };
}

/**
 * Per block of a prepared document, 0 where the block certainly holds no word for which `test`
 * holds, else 1. Only a plain block (see `cleanTextPlain`) with words can be 0: its text is then
 * its clean text (trimmed), every letter, digit and mark of it stands in one of its tokens, and
 * its tokens are its words in lower case as `tokenise` finds them. `test` is asked once per
 * distinct word of the run (see `Vocabulary.positionsWhere`): pass the same function each time.
 */
export function blocksWithWord(text: PreparedText, test: WordTest): Uint8Array {
  const n = text.blocks.length;
  // 0 no segment seen, 1 plain segments only, 2 a segment not plain.
  const state = new Uint8Array(n);
  for (const segment of text.segments) {
    if (!segment.plain) state[segment.block] = 2;
    else if (state[segment.block] === 0) state[segment.block] = 1;
  }
  const out = new Uint8Array(n);
  for (let b = 0; b < n; b++) out[b] = state[b] === 1 ? 0 : 1;
  const { segments, segmentOf } = text;
  text.vocabulary.positionsWhere(test, (position) => {
    out[segments[segmentOf[position]!]!.block] = 1;
  });
  return out;
}
