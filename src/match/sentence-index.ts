// One sentence's reading phrases as the role readers look them up: by where a phrase starts and by
// kind bits; and what they find first in it: its first word proper, its duty words and their
// negations, where a conditional's main clause starts.

import type { PartyAt, PhraseMatch, SentencePhrases, Span } from './phrases.js';
import { KIND } from './reading.js';
import type { DocumentStance } from './binds.js';

/** Duty words proper, as opposed to verbs of requiring and ensuring (kind bits, see `KIND`). */
const TRIGGER_MODAL = KIND.duty | KIND.commitment | KIND['duty-liftable'] | KIND.right;
/** Verbs of requiring and ensuring. */
export const TRIGGER_VERB = KIND.requiring | KIND.ensuring;
const TRIGGER_KINDS = TRIGGER_MODAL | TRIGGER_VERB;

/** A list label before the first word of a sentence: "1", "2.1", "a", "iv", "viii", a code "SV1", "Q3", "K2.1". */
const LABEL = /^(?:[\p{N}.]+|\p{L}|[ivxlc]{1,5}|\p{L}{1,3}\d{1,2}(?:\.\d{1,2})?)$/u;

export interface Trigger {
  start: number;
  end: number;
  /** Other words standing between the phrase's words ("har beställaren rätt"). */
  gaps: readonly number[];
  /** The kinds of the phrases starting there, as bits (see `KIND`). */
  kinds: number;
}

const NO_PARTIES: readonly PartyAt[] = [];

/**
 * A sentence's role is read from at most this many of its first words. The longest sentences of
 * the real and labelled documents have about 250 words; finding a duty word's subject looks back
 * over the sentence's parties, so a hostile 40,000-word "sentence" read whole took quadratic time.
 */
export const MAX_ROLE_WORDS = 1_000;

/** A sentence's phrases, looked up by where they start and by kind bits (see `KIND`). */
export class SentenceIndex {
  /** The party phrases, in order, the longest at each start, none inside another. */
  readonly parties: readonly PartyAt[];
  readonly length: number;

  /**
   * `length`: read the sentence as if it ended there (before a deliberation, "… and consider
   * whether to ask suppliers …", whose words decide nothing).
   */
  constructor(
    readonly view: SentencePhrases,
    readonly stance: DocumentStance,
    length = view.length,
  ) {
    this.length = Math.min(length, MAX_ROLE_WORDS);
    length = this.length;
    if (!view.namesParty) {
      this.parties = NO_PARTIES;
      return;
    }
    const parties: PartyAt[] = [];
    for (let i = 0; i < length; i++) {
      const p = view.partyAt(i);
      if (!p) continue;
      // "Utbildningen" names a party only where a training is bought (see `DocumentStance`).
      if (p.cls === 'training' && !stance.trainingService) continue;
      // "Föreningen", "förbundet" name the supplier only where a grant's conditions are set.
      if (p.cls === 'grantee' && !stance.grantConditions) continue;
      parties.push(p);
      i = p.end - 1;
    }
    this.parties = parties;
  }

  /** Whether a phrase of one of the kinds `bits` starts at `at`. */
  has(at: number, bits: number): boolean {
    return this.view.endOf(at, bits) >= 0;
  }

  /** The longest phrase of one of the kinds `bits` starting at `at`. */
  at(at: number, bits: number): Span | undefined {
    const end = this.view.endOf(at, bits);
    return end < 0 ? undefined : { start: at, end };
  }

  /**
   * The longest party phrase starting at `at`, with its class: from {@link parties} unless `at`
   * stands inside one of them (where a shorter party phrase may start).
   */
  partyAt(at: number): PartyAt | undefined {
    for (const p of this.parties) {
      if (p.at === at) return p;
      if (p.at > at) return undefined;
      if (at < p.end) return this.view.partyAt(at);
    }
    return undefined;
  }

  /** The first phrase of one of the kinds `bits` starting in `[from, to)` (the longest at its start). */
  any(bits: number, from: number, to: number): Span | undefined {
    if ((this.view.kinds & bits) === 0) return undefined;
    for (let i = Math.max(from, 0); i < to && i < this.length; i++) {
      const end = this.view.endOf(i, bits);
      if (end >= 0) return { start: i, end };
    }
    return undefined;
  }
}

/**
 * Whether word `j` is a list label. "vi" is a roman numeral too: a word that names a party is no
 * label ("Vi intygar"), unless a party follows it ("vi) Leverantören ska").
 */
function isLabel(ix: SentenceIndex, j: number): boolean {
  const word = ix.view.word(j);
  return word.length <= 5 && LABEL.test(word) && (!ix.partyAt(j) || ix.partyAt(j + 1) !== undefined);
}

/** The first word of the sentence proper: past list labels and "please". */
export function firstWord(ix: SentenceIndex): number {
  let i = 0;
  while (i < ix.length - 1 && isLabel(ix, i)) i++;
  const courtesy = ix.at(i, KIND.courtesy);
  return courtesy && courtesy.end < ix.length ? courtesy.end : i;
}

/**
 * Duty words and the like, in order, none inside another; where several phrases share a start,
 * the longest span with all their kinds. None starts at `skip` (a conditional opener's start).
 */
export function triggersOf(ix: SentenceIndex, skip: number): Trigger[] {
  const out: Trigger[] = [];
  const { long } = ix.view;
  let k = 0;
  for (let i = 0; i < ix.length; i++) {
    let kinds = ix.view.kindsAt(i) & TRIGGER_KINDS;
    // "points (e) and (f)": a clause name before a label refers to clauses and obliges no one.
    if (kinds !== 0 && ix.has(i, KIND['reference-label']) && i + 1 < ix.length && LABEL.test(ix.view.word(i + 1)))
      kinds = 0;
    // The first (longest) duty phrase of two or more words starting here, if any.
    let first: PhraseMatch | null = null;
    for (; k < long.length && long[k]!.start === i; k++) {
      const m = long[k]!;
      if ((m.bit & TRIGGER_KINDS) === 0) continue;
      kinds |= m.bit;
      first ??= m;
    }
    if (kinds === 0) continue;
    const last = out[out.length - 1];
    if (last && i < last.end) continue;
    out.push(
      first ? { start: i, end: first.end, gaps: first.gaps, kinds } : { start: i, end: i + 1, gaps: NO_GAPS, kinds },
    );
  }
  return skip < 0 ? out : out.filter((t) => t.start !== skip);
}

const NO_GAPS: readonly number[] = [];

/**
 * Whether a negation stands at `at`, not the concession "whether or not", "oavsett om … eller
 * inte" ("whether or not it is required to publish a report" requires nothing away).
 */
function negationAt(ix: SentenceIndex, at: number): boolean {
  return ix.has(at, KIND.negation) && !(at > 0 && CONCESSIVE_OR.has(ix.view.word(at - 1)));
}
const CONCESSIVE_OR = new Set(['or', 'eller']);

/**
 * Whether a negation is about the trigger: inside its phrase ("is not required", "ges inte
 * poäng"), just before it (past an article and a word: "not a legal requirement"), or just after
 * unless a new clause starts ("krävs att ingen …").
 */
export function negated(ix: SentenceIndex, t: Trigger): boolean {
  for (let j = t.start + 1; j < t.end; j++) if (negationAt(ix, j)) return true;
  if (negationAt(ix, t.start - 1) || negationAt(ix, t.start - 2) || negationAt(ix, t.end)) return true;
  // "not a legal requirement", "inte ett lagstadgat krav": an article and a word between.
  if (negationAt(ix, t.start - 3) && ix.has(t.start - 2, KIND.article)) return true;
  if (!ix.has(t.end, KIND['clause-opener']) && negationAt(ix, t.end + 1)) return true;
  // "no reporting by the supplier is required", "ingen rapportering från leverantören krävs": the
  // negation opens the clause whose verb it is.
  for (let j = t.start - 1; j >= Math.max(0, t.start - NEGATED_CLAUSE_WORDS); j--) {
    // ("… has been withdrawn and no harassment policy is required": "and" opens the clause too.)
    if (negationAt(ix, j)) return j <= 1 || ix.view.pause(j) || COORDINATING.has(ix.view.word(j - 1));
    if (ix.view.pause(j)) return false;
  }
  return false;
}

/** Words that join two main clauses, so that a negation after one opens a clause. */
const COORDINATING = new Set(['and', 'but', 'och', 'men']);

/** How far before its verb a negation may open the clause ("no reporting by the supplier is required"). */
const NEGATED_CLAUSE_WORDS = 7;

/** Whether a trigger lifts its duty: a liftable duty word with a negation about it. */
export function lifts(ix: SentenceIndex, t: Trigger): boolean {
  if ((t.kinds & KIND.duty) !== 0)
    // "Ingen lönekartläggning ska bifogas": what an opening negation denies is to be handed in, as
    // "krävs inte" says; "Ingen anställd får diskrimineras" stays a prohibition.
    return opensNegated(ix, t) && ix.has(t.end, KIND['duty-liftable']);
  return (t.kinds & (KIND['duty-liftable'] | KIND.requiring)) !== 0 && (negated(ix, t) || opensNegated(ix, t));
}

/**
 * "No pay survey, gender pay reporting or equality plan is required", "Ingen lönekartläggning,
 * jämställdhetsplan eller rapport krävs": a sentence that opens with the negation of what a
 * passive requirement words lists, however long the list.
 */
function opensNegated(ix: SentenceIndex, t: Trigger): boolean {
  const first = firstWord(ix);
  if (!negationAt(ix, first) || t.start <= first || t.start - first > NEGATED_LIST_WORDS) return false;
  // "No later than 1 March …" sets a date; "…, the Contractor is required to": a clause of its own.
  if (DEADLINE.has(ix.view.word(first + 1))) return false;
  return !ix.parties.some((p) => p.at > first && p.at < t.start);
}

/** Words that make an opening negation a deadline ("no later than", "inte senare än"). */
const DEADLINE = new Set(['later', 'sooner', 'earlier', 'senare', 'tidigare']);

/** How long a list the opening negation of a passive requirement may cover. */
const NEGATED_LIST_WORDS = 14;

/** Whether a verb of requiring or ensuring, not a duty word proper, starts at `at`. */
export function startsWithVerb(ix: SentenceIndex, at: number): boolean {
  return ix.has(at, TRIGGER_VERB) && !ix.has(at, TRIGGER_MODAL);
}

/** The longest opening phrase set off by a comma before the verb ("på regionens begäran, inom 20 dagar,"). */
const OPENING_PHRASE_WORDS = 12;

/**
 * Where the words after the phrases that open a sentence with a preposition and end at a comma
 * start ("på regionens begäran, inom 20 arbetsdagar, lämna …"); `first` if it opens with none.
 */
export function pastOpeningPhrases(ix: SentenceIndex, first: number): number {
  let at = first;
  while (ix.has(at, KIND.preposition | KIND.agent)) {
    let pause = -1;
    for (let i = at + 1; i <= at + OPENING_PHRASE_WORDS && i < ix.length; i++) {
      if (ix.view.pause(i)) {
        pause = i;
        break;
      }
    }
    if (pause < 0) break;
    at = pause;
  }
  return at;
}

/** Where the main clause of a conditional sentence starts: after the first pause, else at `first`. */
export function mainClauseStart(ix: SentenceIndex, first: number, before: number): number {
  for (let i = first + 1; i < before; i++) if (ix.view.pause(i)) return i;
  return first;
}
