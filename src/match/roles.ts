// The role of one sentence: who it binds and how (the party a duty falls on, and its force: duty,
// prohibition, right; or advice, a question, a hypothetical, a description), decided from its
// reading phrases. The parts: binds.ts (the Role record), sentence-index.ts (looking phrases up),
// subjects.ts (whom a duty word is about), forces.ts (what one duty word or a statement says).

import type { SentencePhrases } from './phrases.js';
import { KIND } from './reading.js';
import {
  BINDS,
  isBinding,
  NONE_ROLE,
  role,
  SUPPLIER_SIDE,
  withChanges,
  type DocumentStance,
  type Party,
  type Role,
} from './binds.js';
import { statementRole, triggerRole } from './forces.js';
import {
  firstWord,
  lifts,
  mainClauseStart,
  pastOpeningPhrases,
  SentenceIndex,
  startsWithVerb,
  triggersOf,
  type Trigger,
} from './sentence-index.js';
import { partyOf, subjectOf, supplierSideIn } from './subjects.js';

/** Modal duty words, futures and rights: the finite verb of a clause of its own. */
const CLAUSE_MODAL = KIND.duty | KIND.commitment | KIND.right;

/** Infinitive markers: a duty word right after one shares the subject of the clause before ("… to make sure"). */
const INFINITIVE = new Set(['to', 'att']);
/**
 * Words that, ending a deliberation phrase, open a clause of its own: an infinitive, a that-clause
 * or an indirect question ("planerar att", "noted that", "ställt frågan om", "asked whether").
 */
const CLAUSE_OPENING = new Set([...INFINITIVE, 'that', 'om', 'whether', 'if', 'huruvida']);
/** Of those, the ones that open an indirect question: what follows is open, whoever asks it. */
const WHETHER = new Set(['om', 'whether', 'if', 'huruvida']);
/** How far into a sentence its main verb may stand ("The committee then discussed whether …"). */
const OPENING_WORDS = 8;

/**
 * Phrases that only help read others (clause openers, articles …): a sentence with none but these
 * is a bare statement.
 */
const HELPERS =
  KIND['clause-opener'] |
  KIND.relative |
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
  KIND['training-service'] |
  KIND['study-task'] |
  KIND['reference-document'] |
  KIND['reference-label'];
/** Every kind bit but the helpers'; party phrases (which have none) count as well. */
const SIGNIFICANT = Object.values(KIND).reduce((all, bit) => all | bit, 0) & ~HELPERS;

/** Whether a conditional opener ("if", "om"), with or without an article, stands just before `at`. */
function afterConditional(ix: SentenceIndex, at: number): boolean {
  if (ix.has(at - 1, KIND.conditional)) return true;
  return ix.has(at - 1, KIND.article) && ix.has(at - 2, KIND.conditional);
}

/** The longest title before its colon or dash that a row of a form opens with ("Training and development:"). */
const TITLE_WORDS = 4;

/**
 * Where the words after a short title stand ("3.3 Training and development: state the percentage
 * …", "Utbildning – ange antalet …"), when they open with an instruction; else `at`.
 */
function pastTitle(ix: SentenceIndex, at: number): number {
  // ("The proposals, set out in the draft …": a subject, not a title, opens with an article.)
  if (ix.has(at, KIND.article)) return at;
  for (let i = at + 1; i <= at + TITLE_WORDS && i < ix.length; i++) {
    if (ix.partyAt(i - 1) || ix.has(i - 1, KIND.duty)) return at;
    if (ix.view.pause(i)) return ix.has(i, KIND['tenderer-imperative']) ? i : at;
  }
  return at;
}

/** Whether a sentence holds a phrase that can change its role (a study's task only in a document buying one). */
export function isSignificant(sentence: SentencePhrases, stance: DocumentStance): boolean {
  const bits = stance.trainingService ? SIGNIFICANT | KIND['study-task'] : SIGNIFICANT;
  return (sentence.kinds & bits) !== 0 || sentence.namesParty;
}

/**
 * The duty words that do not stand in an indirect question with no party of its own ("The Unit
 * wishes to understand how the gaps should be interpreted", "… analysera hur lönerna ska
 * sättas"): such a clause asks nothing of anyone. A question word right before the duty word or
 * right after a preposition is a relative ("conditions which shall apply", "tenders in which the
 * team …"), and one that opens the sentence is left to the question reading.
 */
function outsideIndirectQuestions(ix: SentenceIndex, first: number, triggers: Trigger[]): Trigger[] {
  if ((ix.view.kinds & KIND['question-word']) === 0) return triggers;
  let from = first + 1;
  return triggers.filter((t) => {
    const asked = ix.any(KIND['question-word'], from, t.start - 1);
    from = t.end;
    // "Tenders in which the team …": after a preposition the word is a relative.
    if (!asked || ix.has(asked.start - 1, KIND.preposition)) return true;
    return ix.parties.some((p) => p.at >= asked.end && p.at < t.start);
  });
}

/**
 * Whether, in a document that buys a study, a sentence is the study's task: it starts with one
 * ("a) compile and analyse the published reports …", under "The successful tenderer will:") or
 * one follows the supplier's duty word ("Konsulten ska kartlägga hur …").
 */
function studyTask(ix: SentenceIndex, first: number, r: Role): boolean {
  if (ix.has(first, KIND['study-task'])) return true;
  return r.end >= 0 && (r.binds & BINDS.supplier) !== 0 && ix.any(KIND['study-task'], r.end, r.end + 2) !== undefined;
}

/**
 * The role of one sentence. `previous` is the party of the sentence before it (for "it", "den").
 * A sentence may hold several duty words: the parties they bind add up, except that an authority
 * that ensures or a buyer that is advised makes the rest of the sentence its own business.
 * `length`: read only the sentence's words before it (what stands before a deliberation).
 */
export function sentenceRole(
  view: SentencePhrases,
  question: boolean,
  stance: DocumentStance,
  previous: Party,
  length = view.length,
): Role {
  const read = readSentence(view, question, stance, previous, length);
  if (!stance.trainingService || question || (view.kinds & KIND['study-task']) === 0) return read;
  const ix = new SentenceIndex(view, stance, length);
  if (ix.length === 0) return read;
  const first = firstWord(ix);
  return studyTask(ix, first, read) ? role('statement', 'content', 0, { start: first, end: first + 1 }) : read;
}

/** How many words a requirement's name may run to before the ':' that states it ("Krav på X:"). */
const LABEL_WORDS = 5;

/** Whether a pause follows a duty label within a few words: "Krav på lönekartläggning: …". */
function labelledRequirement(ix: SentenceIndex, from: number): boolean {
  for (let i = from; i <= from + LABEL_WORDS && i < ix.length; i++) if (ix.view.pause(i)) return true;
  return false;
}

function readSentence(
  view: SentencePhrases,
  question: boolean,
  stance: DocumentStance,
  previous: Party,
  length: number,
): Role {
  const ix = new SentenceIndex(view, stance, length);
  if (ix.length === 0) return NONE_ROLE;
  const first = firstWord(ix);
  // "Vi kommer att överväga att ställa krav …", "we will consider whether to ask suppliers …":
  // nothing past the deliberation is decided. A sentence that binds the supplier's side before it
  // reads as a whole ("Leverantören ska överväga om …"); anyone else's weighing binds no one.
  // Where the document buys a study or a training, what the supplier is to examine ("The
  // contractor shall carry out case studies of companies that …", "Leverantören ska genomföra
  // fallstudier av …") is what it delivers: the study's content, no duty about its own staff.
  const weighing = length === view.length ? ix.any(KIND.deliberation, first + 1, ix.length) : undefined;
  if (weighing) {
    const stated = sentenceRole(view, question, stance, previous, weighing.start);
    // "Anbudsgivaren har angett att …", "The pre-study suggests that …": what someone said or
    // weighs, in a clause of its own, binds only under a duty ("Leverantören ska överväga att …");
    // a study's words may go on from an item's lead-in ("a) … genom att … analysera orsakerna").
    // A statement before it stays what it is ("Kvinnor har i lägre grad än män uppgett att …"),
    // unless the sentence opens by asking an open question ("Ledamöterna diskuterar om kommunen bör
    // kräva …", "For the 2027 tender, officers will consider whether to include:"; an item's "… and
    // review whether those actions worked" asks nothing).
    const opener = view.word(weighing.end - 1);
    const asks = WHETHER.has(opener) && weighing.start - pastOpeningPhrases(ix, first) <= OPENING_WORDS;
    if (CLAUSE_OPENING.has(opener) && !isBinding(stated.force) && !stated.anaphoric)
      return stated.force === 'statement' && !asks ? stated : role('hypothetical', 'none', 0, weighing);
    // "Frågan om uppföljning behöver utredas vidare": no one's weighing, and nothing decided.
    const nobody =
      stated.party === 'none' && !isBinding(stated.force) && !supplierSideIn(ix, 0, weighing.start, previous);
    // "Suppliers were asked for views on whether …", "Supplier A said that …": the party is the
    // speaker or the one asked, not bound.
    const speaks = stated.force === 'statement' && stated.end >= 0 && weighing.start - stated.end <= 1;
    if (nobody || speaks || (stated.binds & SUPPLIER_SIDE) === 0) return role('hypothetical', 'none', 0, weighing);
    if (stance.trainingService && (stated.binds & BINDS.supplier) !== 0)
      return role('statement', 'content', 0, weighing);
  }
  if (ix.has(first, KIND['buyer-imperative'])) return role('advice', 'buyer', 0, { start: first, end: first + 1 });
  // "på regionens begäran, inom 20 dagar, lämna …", "upon request, provide …": the verb stands
  // after the phrases set off before it.
  const verb = pastTitle(ix, pastOpeningPhrases(ix, first));
  const instruction = ix.at(verb, KIND['tenderer-imperative']);
  // ("Complete" alone, a status in a table's cell, instructs no one: an instruction says what.)
  if (instruction && instruction.end < ix.length && !(ix.partyAt(verb) && ix.partyAt(verb)!.end > instruction.end)) {
    return role('duty', 'supplier', BINDS.supplier | BINDS.tenderer, instruction);
  }
  // "- säkerställa att …", "e) to raise awareness …": an item that starts with a verb goes on
  // with its lead-in's subject.
  if (startsWithVerb(ix, verb) || (INFINITIVE.has(ix.view.word(verb)) && startsWithVerb(ix, verb + 1))) {
    return role('statement', previous, 0, { start: verb, end: verb + 1 }, false, true);
  }
  const opener = ix.at(first, KIND.conditional);
  const conditional = opener !== undefined;
  const triggers = outsideIndirectQuestions(ix, first, triggersOf(ix, opener ? opener.start : -1));
  const firstTrigger = triggers[0];
  // "Andra kommuner har infört klausuler som kan innehålla krav på att leverantören …", "Some
  // councils have introduced clauses that require …": what other authorities do, described,
  // whatever their clauses ask.
  const opening = ix.has(first, KIND.generic) ? ix.partyAt(first + 1) : undefined;
  if (
    opening &&
    (!firstTrigger || opening.at < firstTrigger.start) &&
    !ix.partyAt(opening.end) &&
    partyOf(opening.cls, ix, previous, opening.at) === 'law'
  )
    return role('description', 'law', 0, null);
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
      // "What happens if the Contractor fails …?" asks about a condition, not of the Contractor.
      if (afterConditional(ix, p.at)) continue;
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
    // "Krav på lönekartläggning: årlig kartläggning och analys av …": a requirement named, then stated.
    if (label && labelledRequirement(ix, label.end)) return role('duty', 'none', BINDS.unspecified, label);
    return statementRole(ix, first, conditional, previous);
  }
  let binds = 0;
  let decided: Role | null = null;
  let decidedBinds = false;
  let clauseStart = conditional ? mainClauseStart(ix, first, triggers[0]!.start) : first;
  // "Om krav ställs på leverantören bör ni …", "If a requirement is set the buyer should …": a
  // condition with no comma after it ends where a duty word proper follows its own passive or verb
  // of requiring, and its own words bind no one.
  let from = 0;
  const second = triggers[1];
  if (
    conditional &&
    clauseStart === first &&
    second &&
    (firstTrigger!.kinds & CLAUSE_MODAL) === 0 &&
    (second.kinds & CLAUSE_MODAL) !== 0 &&
    second.start > firstTrigger!.end
  ) {
    from = 1;
    clauseStart = firstTrigger!.end;
  }
  let lastParty: Party | null = null;
  for (let i = from; i < triggers.length; i++) {
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
  return binds === 0 || binds === chosen.binds ? chosen : withChanges(chosen, { binds });
}
