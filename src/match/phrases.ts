// Finds the reading phrases (rules/reading.yaml) in one sentence of a prepared document.

import type { Lexicon } from './lexicon.js';
import type { PartyClass, PhraseKind, Reading } from './reading.js';

/** At most this many other words may stand between neighbouring words of a reading phrase. */
const MAX_GAP = 1;

/** A phrase found in a sentence: token offsets relative to the sentence, `end` exclusive. */
export interface PhraseMatch {
  kind: PhraseKind;
  /** For a party phrase, the class of party it names. */
  party?: PartyClass;
  start: number;
  end: number;
  /** The positions of other words standing between the phrase's words ("har beställaren rätt"), if any. */
  gaps: readonly number[];
}

const NO_GAPS: readonly number[] = [];

function hasPattern(sorted: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === n) return true;
    if (v < n) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * Every reading phrase in the sentence, by start and then longest first. A phrase's words follow
 * each other with at most {@link MAX_GAP} other words between neighbours.
 */
export function findPhrases(reading: Reading, lexicon: Lexicon, idAt: (i: number) => number, length: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < length; i++) {
    const starts = lexicon.phraseStarts[idAt(i)]!;
    for (const p of starts) {
      const phrase = reading.phrases[p]!;
      let at = i;
      let ok = true;
      let gaps: number[] | null = null;
      for (let k = 1; k < phrase.words.length && ok; k++) {
        ok = false;
        for (let j = at + 1; j <= at + 1 + MAX_GAP && j < length; j++) {
          if (hasPattern(lexicon.readingPatterns[idAt(j)]!, phrase.words[k]!)) {
            for (let g = at + 1; g < j; g++) (gaps ??= []).push(g);
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) out.push({ kind: phrase.kind, party: phrase.party, start: i, end: at + 1, gaps: gaps ?? NO_GAPS });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
