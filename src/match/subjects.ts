// Whom a duty word or a statement is about: the party a phrase names (pronouns and "ni"/"you"
// resolved), the subject of a clause, the head of a possessive, and whether the supplier stands
// where an authority's act is aimed.

import type { PartyAt } from './phrases.js';
import { KIND, type PartyClass } from './reading.js';
import type { Party } from './binds.js';
import { TRIGGER_VERB, firstWord, type SentenceIndex, type Trigger } from './sentence-index.js';

/** Words that open a that-clause, whose subject a passive duty may be about ("expected that the Contractor"). */
const THAT = new Set(['att', 'that']);

/** The party a class names, resolving "ni"/"you" by the document and pronouns by the sentence before. */
export function partyOf(cls: PartyClass, ix: SentenceIndex, previous: Party, at = -1): Party {
  // "Some councils ask suppliers …": other authorities' practice, described.
  // So do "Public bodies may ask bidders …", "Offentliga aktörer kan ställa krav …": authorities in general.
  if (
    (cls === 'authority' || cls === 'buyer') &&
    at >= 0 &&
    (ix.has(at, KIND.generic) || (at > 0 && ix.has(at - 1, KIND.generic)))
  )
    return 'law';
  if (cls === 'addressee') return ix.stance.addressee ?? 'none';
  if (cls === 'pronoun') {
    // "Where the Contractor engages a sub-contractor, it shall ensure …": a personal pronoun after
    // a clause naming a party is that party.
    if (at > 0 && PERSONAL.has(ix.view.word(at))) {
      let named: PartyAt | undefined;
      // ("… on behalf of the Board, it shall": not a party after a preposition.)
      for (const p of ix.parties) if (p.end <= at && p.cls !== 'pronoun' && !afterAgent(ix, p.at)) named = p;
      // "If the Supplier is not a relevant employer, it must …": after an opening condition, the
      // pronoun is the condition's subject, not a party it names later.
      const condition = ix.at(firstWord(ix), KIND.conditional);
      const after = condition && ix.has(condition.end, KIND.article) ? condition.end + 1 : condition?.end;
      const subject = after === undefined ? undefined : ix.partyAt(after);
      if (subject && subject.cls !== 'pronoun' && named && !pauseIn(ix, subject.end, named.at)) named = subject;
      if (named && pauseIn(ix, named.end, at + 1)) return partyOf(named.cls, ix, previous, named.at);
    }
    return previous;
  }
  if (cls === 'speaker') return ix.stance.speaker;
  if (cls === 'agency') return ix.stance.agencySupplier ? 'supplier' : 'authority';
  // "Utbildningen ska …": what is delivered where a training is bought, else no party at all.
  if (cls === 'training') return ix.stance.trainingService ? 'content' : 'none';
  // "Föreningen ska …": the organisation funded where the document sets a grant's conditions.
  if (cls === 'grantee') return ix.stance.grantConditions ? 'supplier' : 'none';
  return cls;
}

/**
 * Whether an agent word or a preposition ("by", "av", "i", "throughout"), with or without an
 * article, stands just before `at`.
 */
function afterAgent(ix: SentenceIndex, at: number): boolean {
  const linked = KIND.agent | KIND.preposition;
  if (ix.has(at - 1, linked)) return true;
  if (ix.has(at - 1, KIND.article) && ix.has(at - 2, linked)) return true;
  // Only a statute is cited: "In 2025/26 the Board asked …" opens with a date, not a citation.
  if (ix.partyAt(at)?.cls !== 'law') return false;
  // "enligt 3 kap. 5 § diskrimineringslagen", "under section 149 of the Act": a citation between.
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_CITATION_WORDS && CITATION.test(ix.view.word(i))) i--;
  if (i < at - 1 && i >= 0 && ix.has(i, linked)) return true;
  // "consistent with the duty of the Sex Discrimination Act": a statute's name between.
  for (let j = at - 2; j >= Math.max(0, at - MAX_STATUTE_NAME_WORDS - 1); j--) if (ix.has(j, linked)) return true;
  return false;
}

/** At most this many words of a statute's name stand between a preposition and "Act", "lagen". */
const MAX_STATUTE_NAME_WORDS = 3;

/** Words of a citation of a statute's chapter, section or article: "3", "kap", "§", "section", "of". */
const CITATION = /^(?:\d[\d:.a-z]*|kap|§|section|sections|s|chapter|chapters|art|article|articles|of|the|paragraph)$/;
const MAX_CITATION_WORDS = 6;

/** Pronouns that stand for a party named before them, not for a clause or a thing ("det", "this"). */
const PERSONAL = new Set(['it', 'they', 'he', 'she', 'hen', 'han', 'hon', 'den', 'de']);

/** A word ending as an English possessive: "council's", "suppliers'". */
const POSSESSIVE = /(?:'s|s')$/;

/**
 * The head of a possessive: "the council's terms and conditions" is about the contract,
 * "kommunens avtalsvillkor" too; "kommunens egen personal" stays the authority's.
 */
export function headOf(ix: SentenceIndex, p: PartyAt): PartyAt {
  const word = p.end > 0 && p.end <= ix.length ? ix.view.word(p.end - 1) : '';
  // "the council's terms", "kommunens avtalsvillkor"; not a plural ("councils ask suppliers").
  const apostrophe = POSSESSIVE.test(word);
  if (!apostrophe && !word.endsWith('s')) return p;
  for (let j = p.end; j <= p.end + (apostrophe ? 1 : 0) && j < ix.length; j++) {
    const next = ix.partyAt(j);
    if (next) return next;
  }
  return p;
}

/** The first party starting in `[from, to)` that does not follow an agent word or a preposition. */
export function firstSubjectIn(ix: SentenceIndex, from: number, to: number): PartyAt | undefined {
  for (const p of ix.parties) if (p.at >= from && p.at < to && !afterAgent(ix, p.at)) return p;
  return undefined;
}

/**
 * The party that ends at `at` (or at an adverb just before it), starting at or after `from`, not
 * after an agent word or a preposition.
 */
function partyEndingAt(ix: SentenceIndex, at: number, from: number): PartyAt | undefined {
  for (const p of ix.parties) {
    if (p.at < from) continue;
    if (p.end > at) return undefined;
    if ((p.end === at || ix.any(KIND.adverb, p.end, p.end + 1)?.end === at) && !afterAgent(ix, p.at)) return p;
  }
  return undefined;
}

/** Whether a comma, colon or dash stands before a word in `[from, to)`. */
function pauseIn(ix: SentenceIndex, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ix.view.pause(i)) return true;
  return false;
}

/** The last party starting in `[from, to)` (that `keep` keeps). */
function lastPartyIn(
  ix: SentenceIndex,
  from: number,
  to: number,
  keep: (p: PartyAt) => boolean = () => true,
): PartyAt | undefined {
  let last: PartyAt | undefined;
  for (const p of ix.parties) if (p.at >= from && p.at < to && keep(p)) last = p;
  return last;
}

/** Whether a party starts in `[from, to)`. */
export function hasPartyIn(ix: SentenceIndex, from: number, to: number): boolean {
  return lastPartyIn(ix, from, to) !== undefined;
}

/**
 * The subject of a trigger: a party just after it (Swedish inversion, "åligger leverantören"),
 * else the first party of its clause before it that is not an agent ("the contract entered into
 * by the city shall" is about the contract), else the nearest, else the agent or the subject of
 * an att/that-clause after it ("krav ställs på leverantören", "It is expected that the
 * Contractor …"), else none.
 */
export function subjectOf(
  ix: SentenceIndex,
  t: Trigger,
  clauseStart: number,
  conditional: boolean,
): { cls: PartyClass; at: number } | null {
  // "har beställaren rätt": the subject inside the phrase's gap.
  for (const i of t.gaps) {
    const inside = ix.partyAt(i);
    if (inside) return inside;
  }
  // A relative clause's verb ("de åtgärder som skäligen kan krävas", "measures which may be
  // needed"): its subject is what "som"/"which" stands for, a party only if one ends just before it.
  const relative = relativeBefore(ix, t.start);
  if (relative >= 0) {
    for (const p of ix.parties) if (p.end === relative && p.cls !== 'pronoun') return p;
    // "Kommunen genomför en lönekartläggning som redovisas till nämnden": what the clause's own
    // subject does, whatever it names, is its business.
    const opening = firstSubjectIn(ix, clauseStart, relative);
    return opening && opening.at <= clauseStart + 2 && opening.cls !== 'pronoun' ? headOf(ix, opening) : null;
  }
  // "The Agency encourages X; a team … will be awarded points": a semicolon starts a clause.
  for (let i = t.start - 1; i > clauseStart; i--) {
    if (ix.view.clauseBreak(i)) {
      clauseStart = i;
      break;
    }
  }
  // A clause that opens with its subject ("Huddinge kommuns sektion behöver konsultstöd"): that is it.
  const opening = firstSubjectIn(ix, clauseStart, t.start);
  // "Det åligger leverantören att …": a dummy pronoun, the party after the duty word bears it.
  const borne = opening?.cls === 'pronoun' && (t.kinds & ~TRIGGER_VERB) !== 0 ? ix.partyAt(t.end) : undefined;
  if (borne && borne.cls !== 'pronoun') return borne;
  if (!conditional && opening && opening.at <= clauseStart + 2) {
    // "Modul 2: Leverantören ska", "Krav 3 – The Contractor shall": a label set off by a colon or a
    // dash names no subject; the party after it does. Nor does a dummy pronoun ("Det är
    // leverantörens ansvar att …").
    const labelled = partyEndingAt(ix, t.start, opening.end);
    if (!labelled || !(opening.cls === 'pronoun' || pauseIn(ix, opening.end, labelled.at + 1)))
      return headOf(ix, opening);
  }
  // A verb's object follows it ("ask suppliers", "kräver att leverantören"); a modal's inverted
  // subject does ("ska leverantören").
  const verbOnly = (t.kinds & ~TRIGGER_VERB) === 0;
  let j = t.end;
  for (let adverb = ix.at(j, KIND.adverb); adverb; adverb = ix.at(j, KIND.adverb)) j = adverb.end;
  // "entitles the Council to …": the holder of a right may stand after its article.
  if ((t.kinds & KIND.right) !== 0 && ix.has(j, KIND.article)) j++;
  const inverted = verbOnly ? undefined : ix.partyAt(j);
  if (inverted) return inverted;
  // A party just before the duty word is its subject ("… form part of the contract and you will
  // report", "… och leverantören ska"), unless it follows an agent word or a preposition.
  const adjacent = partyEndingAt(ix, t.start, clauseStart);
  if (adjacent) return headOf(ix, adjacent);
  // A phrase set off by a comma before the subject ("Throughout the contract term, the council
  // will …") names no subject: look after the last pause first.
  let from = clauseStart;
  for (let i = t.start - 1; i > clauseStart; i--) {
    if (ix.view.pause(i) && hasPartyIn(ix, i, t.start)) {
      from = i;
      break;
    }
  }
  let found: { cls: PartyClass; at: number } | null = null;
  if (!conditional) {
    const head = firstSubjectIn(ix, from, t.start);
    found = head ? headOf(ix, head) : null;
  }
  // "Arbetet med aktiva åtgärder enligt diskrimineringslagen ska bedrivas": a party after a
  // preposition inside the clause is no subject ("som kommunen enligt lag ansvarar för": the party
  // before it is); one that opens the clause is ("Enligt lagen gäller följande").
  const inPhrase = (p: { at: number }): boolean => p.at > from + 1 && afterAgent(ix, p.at);
  found ??= lastPartyIn(ix, from, t.start, (p) => !inPhrase(p)) ?? lastPartyIn(ix, from, t.start) ?? null;
  // "It is expected that the Contractor …", "Det krävs att leverantören …": the pronoun is a dummy.
  if (found !== null && found.cls !== 'pronoun' && !inPhrase(found)) return found;
  // "X kan begära att leverantören …": whom a right asks something of is not who holds the right.
  const rightOnly = (t.kinds & (KIND.right | TRIGGER_VERB)) === t.kinds && (t.kinds & TRIGGER_VERB) === 0;
  const after = clauseSubjectAfter(ix, t, !rightOnly);
  // "in this Schedule", "of these conditions": a determiner after a preposition is no subject.
  return after ?? (found && afterAgent(ix, found.at) ? null : found);
}

/**
 * Where a relative pronoun stands just before `at` (at most one other word between, "som
 * skäligen kan", "which can"), with no party after it; else -1.
 */
function relativeBefore(ix: SentenceIndex, at: number): number {
  for (let j = at - 1; j >= Math.max(0, at - 2); j--) {
    if (ix.partyAt(j)) return -1;
    if (ix.has(j, KIND.relative)) return j;
  }
  return -1;
}

/**
 * The agent or the subject of an att/that-clause after a trigger ("krav ställs på leverantören",
 * "expected that the Contractor").
 */
function clauseSubjectAfter(ix: SentenceIndex, t: Trigger, that: boolean): { cls: PartyClass; at: number } | null {
  for (let k = t.end; k < Math.min(ix.length, t.end + 8); k++) {
    let m = ix.view.endOf(k, KIND.agent);
    const agent = m >= 0;
    if (m < 0 && that && THAT.has(ix.view.word(k))) m = k + 1;
    if (m < 0) continue;
    const article = ix.view.endOf(m, KIND.article);
    if (article >= 0) m = article;
    const party = ix.partyAt(m);
    // "på kommunens begäran", "på begäran av beställaren", "upon request by the Council": who asks
    // for it, not who must do it.
    if (party && agent && ((k > t.end && ix.has(k - 1, KIND.requiring)) || ix.has(party.end, KIND.requiring))) continue;
    // "a breach of this call-off", "av detta avtal": a determiner, no agent.
    if (party?.cls === 'pronoun' && agent && party.end < ix.length && !ix.view.pause(party.end - 1)) continue;
    if (party) return party;
  }
  return null;
}

/** Whether a supplier or tenderer stands in `[from, to)`: the one an authority's act is aimed at. */
export function supplierSideIn(ix: SentenceIndex, from: number, to: number, previous: Party): boolean {
  for (const p of ix.parties) {
    if (p.at < from || p.at >= to) continue;
    const party = partyOf(p.cls, ix, previous, p.at);
    if (party === 'supplier' || party === 'tenderer') return true;
  }
  return false;
}
