// Who a sentence binds and how: the party a duty falls on (supplier, the contract, the
// authority's rights towards the supplier …) and its force (duty, prohibition, right; or advice,
// a question, a hypothetical, a description). Decided from the reading phrases of the sentence.

import type { PartyAt, SentencePhrases, Span } from './phrases.js';
import { KIND, type PartyClass } from './reading.js';

/** Whom a sentence is about, once pronouns and "ni"/"you" are resolved. */
export type Party = 'supplier' | 'tenderer' | 'contract' | 'authority' | 'buyer' | 'law' | 'employer' | 'none';

/**
 * `duty`, `prohibition` and `right` bind; `statement` says something without a duty word (it
 * counts only for rules whose context is `any`); the others never count.
 */
export type Force =
  | 'duty'
  | 'prohibition'
  | 'right'
  | 'statement'
  | 'permission'
  | 'lifted'
  | 'advice'
  | 'question'
  | 'hypothetical'
  | 'own-duty'
  | 'description';

/** What a sentence binds, as bits: a rule's evidence says which it accepts. */
export const BINDS = {
  supplier: 1,
  tenderer: 2,
  contract: 4,
  /** The authority's right or action towards the supplier: audit, request, monitor, terminate. */
  authorityRight: 8,
  /** A duty with no party named ("Rapporten ska lämnas årligen"): the supplier's in a document addressed to suppliers. */
  unspecified: 16,
  /** The authority's own duty: what a checklist for the authority (scope `authority`) looks for. */
  authority: 32,
} as const;

export interface Role {
  force: Force;
  party: Party;
  binds: number;
  /** Whether a duty word, instruction, question or advice decided (not a bare statement). */
  triggered: boolean;
  /** Token offsets in the sentence of the word that decided (`end` exclusive), or -1. */
  at: number;
  end: number;
  /**
   * A statement that goes on from the sentence before ("This obligation covers …", "Such
   * measures include …", "Det gäller …"): it binds as that sentence does.
   */
  anaphoric?: boolean;
}

/** What the whole document tells about its sentences. */
export interface DocumentStance {
  /** Whom "ni", "du", "you" mean in this document, when its wording says. */
  addressee: 'supplier' | 'buyer' | null;
  /** Who "vi", "we" are: the authority that wrote the document, or the tenderer signing a form. */
  speaker: 'authority' | 'tenderer';
}

/** Duty words proper, as opposed to verbs of requiring and ensuring (kind bits, see `KIND`). */
const TRIGGER_MODAL = KIND.duty | KIND.commitment | KIND['duty-liftable'] | KIND.right;
/** Verbs of requiring and ensuring. */
const TRIGGER_VERB = KIND.requiring | KIND.ensuring;
const TRIGGER_KINDS = TRIGGER_MODAL | TRIGGER_VERB;

/** Infinitive markers: a duty word right after one shares the subject of the clause before ("… to make sure"). */
const INFINITIVE = new Set(['to', 'att']);

/** Words that open a that-clause, whose subject a passive duty may be about ("expected that the Contractor"). */
const THAT = new Set(['att', 'that']);

/** A list label before the first word of a sentence: "1", "2.1", "a", "iv", "viii". */
const LABEL = /^(?:[\p{N}.]+|\p{L}|[ivxlc]{1,5})$/u;

/** A statement naming no party: what a sentence with no significant phrase says. */
export const NONE_ROLE: Role = {
  force: 'statement',
  party: 'none',
  binds: BINDS.unspecified,
  triggered: false,
  at: -1,
  end: -1,
};

/** Phrases that only help read others (clause openers, articles …): a sentence with none but these is a bare statement. */
const HELPERS =
  KIND['clause-opener'] |
  KIND.agent |
  KIND.preposition |
  KIND.article |
  KIND.adverb |
  KIND.negation |
  KIND.courtesy |
  KIND.generic |
  KIND['question-word'] |
  KIND.conditional |
  KIND['supplier-facing'] |
  KIND['addressing-supplier'] |
  KIND['addressing-buyer'] |
  KIND['signed-by-tenderer'] |
  KIND['reference-document'] |
  KIND['reference-label'];
/** Every kind bit but the helpers'; party phrases (which have none) count as well. */
const SIGNIFICANT = Object.values(KIND).reduce((all, bit) => all | bit, 0) & ~HELPERS;

/** Whether a sentence holds a phrase that can change its role. */
export function isSignificant(sentence: SentencePhrases): boolean {
  return (sentence.kinds & SIGNIFICANT) !== 0 || sentence.namesParty;
}

interface Trigger {
  start: number;
  end: number;
  /** Other words standing between the phrase's words ("har beställaren rätt"). */
  gaps: readonly number[];
  /** The kinds of the phrases starting there, as bits (see `KIND`). */
  kinds: number;
}

/** A sentence's phrases, looked up by where they start and by kind bits (see `KIND`). */
class Index {
  /** The party phrases, in order, the longest at each start, none inside another. */
  readonly parties: readonly PartyAt[];
  readonly length: number;

  constructor(
    readonly view: SentencePhrases,
    readonly stance: DocumentStance,
  ) {
    this.length = view.length;
    const parties: PartyAt[] = [];
    for (let i = 0; i < view.length; i++) {
      const p = view.partyAt(i);
      if (!p) continue;
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

  /** The longest party phrase starting at `at`, with its class. */
  partyAt(at: number): PartyAt | undefined {
    return this.view.partyAt(at);
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

/** The first word of the sentence proper: past list labels and "please". */
function firstWord(ix: Index): number {
  let i = 0;
  // "vi" is a roman numeral too: a word that names a party is no label ("Vi intygar"), unless
  // a party follows it ("vi) Leverantören ska").
  const label = (j: number): boolean =>
    ix.view.word(j).length <= 5 && LABEL.test(ix.view.word(j)) && (!ix.partyAt(j) || ix.partyAt(j + 1) !== undefined);
  while (i < ix.length - 1 && label(i)) i++;
  const courtesy = ix.at(i, KIND.courtesy);
  return courtesy && courtesy.end < ix.length ? courtesy.end : i;
}

/**
 * Duty words and the like, in order, none inside another; where several phrases share a start,
 * the longest span with all their kinds. None starts at `skip` (a conditional opener's start).
 */
function triggersOf(ix: Index, skip: number): Trigger[] {
  const out: Trigger[] = [];
  const { long } = ix.view;
  let k = 0;
  for (let i = 0; i < ix.length; i++) {
    let kinds = ix.view.kindsAt(i) & TRIGGER_KINDS;
    let first: Trigger | null = null;
    for (; k < long.length && long[k]!.start === i; k++) {
      const m = long[k]!;
      if ((m.bit & TRIGGER_KINDS) === 0) continue;
      kinds |= m.bit;
      first ??= { start: i, end: m.end, gaps: m.gaps, kinds: 0 };
    }
    if (kinds === 0) continue;
    const last = out[out.length - 1];
    if (last && i < last.end) continue;
    first ??= { start: i, end: i + 1, gaps: NO_GAPS, kinds: 0 };
    first.kinds = kinds;
    out.push(first);
  }
  return skip < 0 ? out : out.filter((t) => t.start !== skip);
}

const NO_GAPS: readonly number[] = [];

/**
 * Whether a negation is about the trigger: inside its phrase ("is not required", "ges inte
 * poäng"), just before it, or just after unless a new clause starts ("krävs att ingen …").
 */
function negated(ix: Index, t: Trigger): boolean {
  const no = KIND.negation;
  for (let j = t.start + 1; j < t.end; j++) if (ix.has(j, no)) return true;
  if (ix.has(t.start - 1, no) || ix.has(t.start - 2, no) || ix.has(t.end, no)) return true;
  return !ix.has(t.end, KIND['clause-opener']) && ix.has(t.end + 1, no);
}

/** Whether a trigger lifts its duty: a liftable duty word with a negation about it. */
function lifts(ix: Index, t: Trigger): boolean {
  return (t.kinds & (KIND['duty-liftable'] | KIND.requiring)) !== 0 && (t.kinds & KIND.duty) === 0 && negated(ix, t);
}

/** The party a class names, resolving "ni"/"you" by the document and pronouns by the sentence before. */
function partyOf(cls: PartyClass, ix: Index, previous: Party, at = -1): Party {
  // "Some councils ask suppliers …": other authorities' practice, described.
  if ((cls === 'authority' || cls === 'buyer') && at > 0 && ix.has(at - 1, KIND.generic)) return 'law';
  if (cls === 'addressee')
    return ix.stance.addressee === 'supplier' ? 'supplier' : ix.stance.addressee === 'buyer' ? 'buyer' : 'none';
  if (cls === 'pronoun') return previous;
  if (cls === 'speaker') return ix.stance.speaker;
  return cls;
}

/** Whether an agent word or a preposition ("by", "av", "i", "throughout"), with or without an article, stands just before `at`. */
function afterAgent(ix: Index, at: number): boolean {
  const linked = KIND.agent | KIND.preposition;
  if (ix.has(at - 1, linked)) return true;
  return ix.has(at - 1, KIND.article) && ix.has(at - 2, linked);
}

/**
 * The head of a possessive: "the council's terms and conditions" is about the contract,
 * "kommunens avtalsvillkor" too; "kommunens egen personal" stays the authority's.
 */
function headOf(ix: Index, p: PartyAt): PartyAt {
  const word = p.end > 0 && p.end <= ix.length ? ix.view.word(p.end - 1) : '';
  // "the council's terms", "kommunens avtalsvillkor"; not a plural ("councils ask suppliers").
  const apostrophe = /(?:'s|s')$/.test(word);
  if (!apostrophe && !word.endsWith('s')) return p;
  for (let j = p.end; j <= p.end + (apostrophe ? 1 : 0) && j < ix.length; j++) {
    const next = ix.partyAt(j);
    if (next) return next;
  }
  return p;
}

/** The first party starting in `[from, to)` that does not follow an agent word or a preposition. */
function firstSubjectIn(ix: Index, from: number, to: number): PartyAt | undefined {
  for (const p of ix.parties) if (p.at >= from && p.at < to && !afterAgent(ix, p.at)) return p;
  return undefined;
}

/** The last party starting in `[from, to)`. */
function lastPartyIn(ix: Index, from: number, to: number): PartyAt | undefined {
  let last: PartyAt | undefined;
  for (const p of ix.parties) if (p.at >= from && p.at < to) last = p;
  return last;
}

/** Whether a party starts in `[from, to)`. */
function hasPartyIn(ix: Index, from: number, to: number): boolean {
  return lastPartyIn(ix, from, to) !== undefined;
}

/** Where the main clause of a conditional sentence starts: after the first pause, else at `first`. */
function mainClauseStart(ix: Index, first: number, before: number): number {
  for (let i = first + 1; i < before; i++) if (ix.view.pause(i)) return i;
  return first;
}

/**
 * The subject of a trigger: a party just after it (Swedish inversion, "åligger leverantören"),
 * else the first party of its clause before it that is not an agent ("the contract entered into
 * by the city shall" is about the contract), else the nearest, else the agent or the subject of
 * an att/that-clause after it ("krav ställs på leverantören", "It is expected that the
 * Contractor …"), else none.
 */
function subjectOf(
  ix: Index,
  t: Trigger,
  clauseStart: number,
  conditional: boolean,
): { cls: PartyClass; at: number } | null {
  // "har beställaren rätt": the subject inside the phrase's gap.
  for (const i of t.gaps) {
    const inside = ix.partyAt(i);
    if (inside) return inside;
  }
  // A clause that opens with its subject ("Huddinge kommuns sektion behöver konsultstöd"): that is it.
  const opening = firstSubjectIn(ix, clauseStart, t.start);
  if (!conditional && opening && opening.at <= clauseStart + 2) return headOf(ix, opening);
  // A verb's object follows it ("ask suppliers", "kräver att leverantören"); a modal's inverted subject does ("ska leverantören").
  const verbOnly = (t.kinds & ~TRIGGER_VERB) === 0;
  let j = t.end;
  for (let adverb = ix.at(j, KIND.adverb); adverb; adverb = ix.at(j, KIND.adverb)) j = adverb.end;
  const inverted = verbOnly ? undefined : ix.partyAt(j);
  if (inverted) return inverted;
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
  found ??= lastPartyIn(ix, from, t.start) ?? null;
  // "It is expected that the Contractor …", "Det krävs att leverantören …": the pronoun is a dummy.
  if (found !== null && found.cls !== 'pronoun') return found;
  const after = clauseSubjectAfter(ix, t);
  return after ?? found;
}

/** The agent or the subject of an att/that-clause after a trigger ("krav ställs på leverantören", "expected that the Contractor"). */
function clauseSubjectAfter(ix: Index, t: Trigger): { cls: PartyClass; at: number } | null {
  for (let k = t.end; k < Math.min(ix.length, t.end + 8); k++) {
    let m = ix.view.endOf(k, KIND.agent);
    if (m < 0 && THAT.has(ix.view.word(k))) m = k + 1;
    if (m < 0) continue;
    const article = ix.view.endOf(m, KIND.article);
    if (article >= 0) m = article;
    const party = ix.partyAt(m);
    if (party) return party;
  }
  return null;
}

/** Whether a supplier or tenderer stands in `[from, to)`: the one an authority's act is aimed at. */
function supplierSideIn(ix: Index, from: number, to: number, previous: Party): boolean {
  for (const p of ix.parties) {
    if (p.at < from || p.at >= to) continue;
    const party = partyOf(p.cls, ix, previous, p.at);
    if (party === 'supplier' || party === 'tenderer') return true;
  }
  return false;
}

function role(
  force: Force,
  party: Party,
  binds: number,
  t: { start: number; end: number } | null,
  triggered = true,
): Role {
  return { force, party, binds, triggered, at: t?.start ?? -1, end: t?.end ?? -1 };
}

/** The role of one trigger, and whether reading the rest of the sentence must stop (it is subordinate). */
function triggerRole(
  ix: Index,
  t: Trigger,
  party: Party,
  previous: Party,
  liftedByNext: boolean,
): { role: Role; stop: boolean } {
  const k = t.kinds;
  const has = (bits: number): boolean => (k & bits) !== 0;
  const isDuty = has(KIND.duty | KIND['duty-liftable'] | KIND['duty-label']);
  const isRight = has(KIND.right) && !isDuty;
  const isCommit = has(KIND.commitment);
  const no = negated(ix, t);
  const lifted = liftedByNext || lifts(ix, t);
  const supplierLike = party === 'supplier' || party === 'tenderer';
  if (supplierLike || party === 'contract') {
    if (lifted) return { role: role('lifted', party, 0, t), stop: false };
    if (isRight && !isCommit && supplierLike)
      return { role: role(no ? 'prohibition' : 'permission', party, no ? bitOf(party) : 0, t), stop: false };
    if (party === 'contract' && isCommit && !no) return { role: role('description', party, 0, t), stop: false };
    if (!isDuty && !isCommit && !isRight && !has(KIND.requiring) && has(KIND.ensuring) && party === 'contract') {
      return { role: role('statement', party, 0, t, false), stop: false };
    }
    // "the Agreement may be cancelled": a consequence the contract states, not a duty.
    if (party === 'contract' && isRight && !no)
      return { role: role('statement', party, bitOf(party), t, false), stop: false };
    return { role: role(no ? 'prohibition' : 'duty', party, bitOf(party), t), stop: false };
  }
  if (party === 'authority') {
    // What the authority does just after the duty word: requires (binds the supplier) or ensures (its own undertaking).
    const near = (kind: number): { end: number } | undefined =>
      has(kind) ? { end: t.end } : ix.any(kind, t.end, t.end + 3);
    const requiring = near(KIND.requiring);
    if (requiring && !lifted && supplierSideIn(ix, requiring.end, ix.length, previous))
      return { role: role('duty', 'supplier', BINDS.supplier, t), stop: false };
    if (near(KIND.ensuring)) return { role: role('own-duty', party, BINDS.authority, t), stop: true };
    if (isRight || isCommit || supplierSideIn(ix, t.end, ix.length, previous))
      return { role: role('right', party, BINDS.authorityRight, t), stop: false };
    return { role: role('own-duty', party, BINDS.authority, t), stop: false };
  }
  // A duty of "the buyer" is the authority's own; advice to buyers was caught before.
  if (party === 'buyer') return { role: role('own-duty', party, BINDS.authority, t), stop: true };
  if (party === 'law' || party === 'employer') return { role: role('description', party, 0, t), stop: false };
  // No party named: a passive duty, or a possibility ("vite kan utgå"); "Ingen får …" forbids.
  if (lifted) return { role: role('lifted', party, 0, t), stop: false };
  if (isRight && no && !isCommit) return { role: role('prohibition', party, BINDS.unspecified, t), stop: false };
  if (!isDuty) return { role: role('statement', party, BINDS.unspecified, t, false), stop: false };
  return {
    role: role(no && !has(KIND['duty-liftable']) ? 'prohibition' : 'duty', party, BINDS.unspecified, t),
    stop: false,
  };
}

function bitOf(party: Party): number {
  if (party === 'supplier') return BINDS.supplier;
  if (party === 'tenderer') return BINDS.tenderer;
  if (party === 'contract') return BINDS.contract;
  if (party === 'authority') return BINDS.authorityRight;
  return 0;
}

/** A sentence without a duty word: what it says, and about whom. */
function statementRole(ix: Index, first: number, conditional: boolean, previous: Party): Role {
  const from = conditional ? mainClauseStart(ix, first, ix.length) : first;
  const found = firstSubjectIn(ix, from, ix.length);
  const subject = found ? headOf(ix, found) : undefined;
  // "Such measures include …" goes on from the sentence before; "Kraven i detta avsnitt …" names the contract.
  const opening = ix.partyAt(first);
  const opensWithReference = ix.has(first, KIND['reference-section']) && (!opening || opening.cls === 'pronoun');
  if ((subject && subject.at === first && subject.cls === 'pronoun') || opensWithReference) {
    // Until prepare finds the sentence it goes on from, it is a statement with no party named.
    return {
      ...role(
        'statement',
        previous,
        BINDS.unspecified,
        subject ? { start: subject.at, end: subject.end } : null,
        false,
      ),
      anaphoric: true,
    };
  }
  if (!subject) return NONE_ROLE;
  const party = partyOf(subject.cls, ix, previous, subject.at);
  const t = { start: subject.at, end: subject.end };
  if (party === 'none') return NONE_ROLE;
  if (party === 'buyer') return role('advice', party, 0, t);
  if (party === 'law' || party === 'employer') return role('description', party, 0, t, false);
  if (party === 'authority') {
    const acts = supplierSideIn(ix, 0, subject.at, previous) || supplierSideIn(ix, subject.end, ix.length, previous);
    return acts
      ? role('statement', party, BINDS.authorityRight, t, false)
      : role('description', party, BINDS.authority, t, false);
  }
  return role('statement', party, bitOf(party), t, false);
}

/** Whether a verb of requiring or ensuring, not a duty word proper, starts at `at`. */
function startsWithVerb(ix: Index, at: number): boolean {
  return ix.has(at, TRIGGER_VERB) && !ix.has(at, TRIGGER_MODAL);
}

/**
 * The role of one sentence. `previous` is the party of the sentence before it (for "it", "den").
 * A sentence may hold several duty words: the parties they bind add up, except that an authority
 * that ensures or a buyer that is advised makes the rest of the sentence its own business.
 */
export function sentenceRole(view: SentencePhrases, question: boolean, stance: DocumentStance, previous: Party): Role {
  const ix = new Index(view, stance);
  if (ix.length === 0) return NONE_ROLE;
  const first = firstWord(ix);
  if (ix.has(first, KIND['buyer-imperative'])) return role('advice', 'buyer', 0, { start: first, end: first + 1 });
  const instruction = ix.at(first, KIND['tenderer-imperative']);
  if (instruction && !(ix.partyAt(first) && ix.partyAt(first)!.end > instruction.end)) {
    return role('duty', 'supplier', BINDS.supplier | BINDS.tenderer, instruction);
  }
  // "- säkerställa att …", "e) to raise awareness …": an item that starts with a verb goes on with its lead-in's subject.
  if (startsWithVerb(ix, first) || (INFINITIVE.has(ix.view.word(first)) && startsWithVerb(ix, first + 1))) {
    return { ...role('statement', previous, 0, { start: first, end: first + 1 }, false), anaphoric: true };
  }
  const opener = ix.at(first, KIND.conditional);
  const conditional = opener !== undefined;
  const triggers = triggersOf(ix, opener ? opener.start : -1);
  const firstTrigger = triggers[0];
  const limit = firstTrigger ? firstTrigger.end : ix.length;
  const advice = ix.any(KIND.advice, 0, limit);
  if (advice) return role('advice', 'buyer', 0, advice);
  // A hypothetical in the main clause ("Det skulle kunna vara att …"), not in a clause of its own
  // ("samma ansvar … som kommunen skulle ha haft").
  const hypothetical = ix.any(KIND.hypothetical, 0, firstTrigger ? firstTrigger.start + 1 : ix.length);
  if (hypothetical && !ix.any(KIND['clause-opener'], first + 1, hypothetical.start))
    return role('hypothetical', 'none', 0, hypothetical);
  if (question) {
    // "Hur säkerställer ni …?", "How will the contractor …?" ask the tenderer for an answer; a
    // yes/no question ("Should suppliers be required …?", "Är anbudsgivaren i konkurs?") asks for none.
    const how = ix.any(KIND['question-word'], first, first + 4) !== undefined;
    let asked = false;
    for (const p of ix.parties) {
      const party = partyOf(p.cls, ix, previous);
      if (party === 'supplier' || party === 'tenderer') {
        asked = true;
        break;
      }
    }
    return how && asked
      ? role('duty', 'supplier', BINDS.supplier, firstTrigger ?? null)
      : role('question', 'none', 0, null);
  }
  if (triggers.length === 0) {
    // "Krav:" alone.
    const label = ix.at(first, KIND['duty-label']);
    if (label && label.end === ix.length) return role('duty', 'none', BINDS.unspecified, label);
    return statementRole(ix, first, conditional, previous);
  }
  let binds = 0;
  let decided: Role | null = null;
  let decidedBinds = false;
  let clauseStart = conditional ? mainClauseStart(ix, first, triggers[0]!.start) : first;
  let lastParty: Party | null = null;
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    // "ska inte behöva", "shall not be required": a modal goes with the lifted duty after it.
    const next = triggers[i + 1];
    const liftedByNext = next !== undefined && next.start - t.end <= 2 && lifts(ix, next);
    // "… to make sure", "… för att säkerställa": the clause before goes on, with its subject.
    const infinitive = lastParty !== null && t.start > 0 && INFINITIVE.has(ix.view.word(t.start - 1));
    let party: Party;
    if (infinitive) party = lastParty!;
    else {
      const subject = subjectOf(ix, t, clauseStart, conditional);
      // A later duty word with no subject of its own goes on with the one before ("will … be bound").
      party = subject === null ? (lastParty ?? 'none') : partyOf(subject.cls, ix, previous, subject.at);
    }
    const { role: r, stop } = triggerRole(ix, t, party, previous, liftedByNext);
    if (r.binds !== 0 && r.triggered) {
      binds |= r.binds;
      if (!decidedBinds) {
        decided = r;
        decidedBinds = true;
      }
    } else if (!decided) decided = r;
    if (stop) break;
    clauseStart = t.end;
    lastParty = party;
  }
  const chosen = decided!;
  return { ...chosen, binds: binds !== 0 ? binds : chosen.binds };
}

/**
 * Forces that make a sentence a requirement context for the parties it binds. The authority's
 * own duty binds only the authority: a rule for the authority's checklist accepts it, no rule
 * about the supplier does.
 */
export function isBinding(force: Force): boolean {
  return force === 'duty' || force === 'prohibition' || force === 'right' || force === 'own-duty';
}
