// Finds the reading phrases (rules/reading.yaml) in one sentence of a prepared document.
//
// Most phrases found are one word ("ska", "leverantören", "av", "the"): what they are is known
// per word of the session (see `Lexicon.phraseKinds`), so a sentence keeps match objects only
// for its phrases of two or more words and looks its one-word phrases up word by word.

import type { Lexicon } from './lexicon.js';
import type { PartyClass, PhraseKind, Reading } from './reading.js';

/**
 * At most this many other words may stand between neighbouring words of a reading phrase; up to
 * {@link MAX_PARTY_GAP} where one of them names a party ("ger Region Ålvik rätt", "har Luleå
 * kommun rätt"): an authority's name is often two words.
 */
const MAX_GAP = 1;
const MAX_PARTY_GAP = 2;

/** Token offsets relative to a sentence, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A phrase found in a sentence. */
export interface PhraseMatch extends Span {
  kind: PhraseKind;
  /** Its kind's bit (see `KIND` in reading.ts); 0 for a party phrase. */
  bit: number;
  /** For a party phrase, the class of party it names. */
  party?: PartyClass;
  /** The positions of other words standing between the phrase's words ("har beställaren rätt"), if any. */
  gaps: readonly number[];
}

/** A party phrase of a sentence: where it stands and the class of party it names. */
export interface PartyAt {
  at: number;
  cls: PartyClass;
  end: number;
}

/** Where a sentence's words are in its document: by token position of the document. */
export interface TokenSource {
  lexiconIdAt(position: number): number;
  /** Whether a comma, semicolon, colon or dash stands just before the token. */
  pauseAt(position: number): boolean;
  /** Whether a semicolon stands just before the token. */
  clauseBreakAt(position: number): boolean;
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
 * The reading phrases of one sentence. Every lookup comes in the order of the full list of its
 * phrases by start and then longest first (phrases as long, in the order found): its phrases
 * of two or more words before the word's own one-word phrases.
 */
export class SentencePhrases {
  constructor(
    /** Its phrases of two or more words, by start and then longest first. */
    readonly long: readonly PhraseMatch[],
    readonly length: number,
    /**
     * The bits of the kinds of all its phrases: most sentences hold none of the kinds a
     * lookup asks for, and are answered without looking at their words.
     */
    readonly kinds: number,
    /** Whether it holds a party phrase. */
    readonly namesParty: boolean,
    private readonly reading: Reading,
    private readonly lexicon: Lexicon,
    private readonly tokens: TokenSource,
    /** The document position of its first word. */
    private readonly start: number,
  ) {}

  /** Its `i`th word, lower case. */
  word(i: number): string {
    return this.lexicon.words[this.tokens.lexiconIdAt(this.start + i)]!;
  }

  /** Whether a comma, semicolon or colon stands just before its `i`th word. */
  pause(i: number): boolean {
    return this.tokens.pauseAt(this.start + i);
  }

  /** Whether a semicolon stands just before its `i`th word: a clause of its own starts there. */
  clauseBreak(i: number): boolean {
    return this.tokens.clauseBreakAt(this.start + i);
  }

  /** The kind bits of the one-word phrases its `i`th word is; 0 outside the sentence. */
  kindsAt(i: number): number {
    return i >= 0 && i < this.length ? this.lexicon.phraseKinds[this.tokens.lexiconIdAt(this.start + i)]! : 0;
  }

  /** The end of the longest phrase starting at `i` with a kind among `bits`, or -1. */
  endOf(i: number, bits: number): number {
    if ((this.kinds & bits) === 0) return -1;
    for (const m of this.long) {
      if (m.start > i) break;
      if (m.start === i && (m.bit & bits) !== 0) return m.end;
    }
    return (this.kindsAt(i) & bits) !== 0 ? i + 1 : -1;
  }

  /** The longest party phrase starting at `i`, with its class. */
  partyAt(i: number): PartyAt | undefined {
    if (!this.namesParty) return undefined;
    for (const m of this.long) {
      if (m.start > i) break;
      if (m.start === i && m.party !== undefined) return { at: i, cls: m.party, end: m.end };
    }
    if (i < 0 || i >= this.length) return undefined;
    const cls = this.lexicon.partyOf(this.tokens.lexiconIdAt(this.start + i));
    return cls === undefined ? undefined : { at: i, cls, end: i + 1 };
  }

  /** Calls `visit` for each of its phrases with a kind among `bits`, by start and then longest first. */
  each(bits: number, visit: (kind: PhraseKind, start: number, end: number) => void): void {
    const { long, lexicon, tokens, start } = this;
    if ((this.kinds & bits) === 0) return;
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      for (; k < long.length && long[k]!.start === i; k++)
        if ((long[k]!.bit & bits) !== 0) visit(long[k]!.kind, i, long[k]!.end);
      const id = tokens.lexiconIdAt(start + i);
      if ((lexicon.phraseKinds[id]! & bits) === 0) continue;
      for (const p of lexicon.singlePhrases[id]!) {
        const phrase = this.reading.phrases[p]!;
        if ((phrase.bit & bits) !== 0) visit(phrase.kind, i, i + 1);
      }
    }
  }
}

/** Whether a word at document positions `[from, to)` names a party. */
function partyIn(lexicon: Lexicon, tokens: TokenSource, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lexicon.partyClasses[tokens.lexiconIdAt(i)] !== 0) return true;
  return false;
}

/**
 * The reading phrases of the sentence at document positions `[start, start + length)`. A
 * phrase's words follow each other with at most {@link MAX_GAP} other words between neighbours.
 */
export function findPhrases(
  reading: Reading,
  lexicon: Lexicon,
  tokens: TokenSource,
  start: number,
  length: number,
): SentencePhrases {
  let long: PhraseMatch[] | null = null;
  let kinds = 0;
  let namesParty = false;
  for (let i = 0; i < length; i++) {
    const id = tokens.lexiconIdAt(start + i);
    kinds |= lexicon.phraseKinds[id]!;
    if (lexicon.partyClasses[id] !== 0) namesParty = true;
    const starts = lexicon.phraseStarts[id]!;
    for (const p of starts) {
      const phrase = reading.phrases[p]!;
      let at = i;
      let ok = true;
      let gaps: number[] | null = null;
      for (let k = 1; k < phrase.words.length && ok; k++) {
        ok = false;
        for (let j = at + 1; j <= at + 1 + MAX_PARTY_GAP && j < length; j++) {
          if (j > at + 1 + MAX_GAP && !partyIn(lexicon, tokens, start + at + 1, start + j)) break;
          if (hasPattern(lexicon.readingPatterns[tokens.lexiconIdAt(start + j)]!, phrase.words[k]!)) {
            for (let g = at + 1; g < j; g++) (gaps ??= []).push(g);
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (!ok) continue;
      (long ??= []).push({
        kind: phrase.kind,
        bit: phrase.bit,
        party: phrase.party,
        start: i,
        end: at + 1,
        gaps: gaps ?? NO_GAPS,
      });
      kinds |= phrase.bit;
      if (phrase.party !== undefined) namesParty = true;
    }
  }
  // Found by start already; the sort (stable) puts the longest first among those of one start.
  long?.sort((a, b) => a.start - b.start || b.end - a.end);
  return new SentencePhrases(long ?? NO_MATCHES, length, kinds, namesParty, reading, lexicon, tokens, start);
}

const NO_MATCHES: readonly PhraseMatch[] = [];

/**
 * A sentence not read for phrases (none of its words may start one that matters, see
 * `DocumentWords.reading`): its words only, no phrase at all, not even a one-word one.
 */
export function unreadSentence(
  reading: Reading,
  lexicon: Lexicon,
  tokens: TokenSource,
  start: number,
  length: number,
): SentencePhrases {
  return new SentencePhrases(NO_MATCHES, length, 0, false, reading, lexicon, tokens, start);
}
