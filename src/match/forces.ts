// The force of one duty word once its party is known (duty, prohibition, right, the authority's
// own duty, a description …), and the role of a sentence without one (a bare statement).

import { KIND } from './reading.js';
import { BINDS, bitOf, NONE_ROLE, role, SUPPLIER_SIDE, type Party, type Role } from './binds.js';
import {
  mainClauseStart,
  negated,
  lifts,
  pastOpeningPhrases,
  type SentenceIndex,
  type Trigger,
} from './sentence-index.js';
import { firstSubjectIn, headOf, partyOf, supplierSideIn } from './subjects.js';

/** Whether the trigger's phrases include one of the kinds `bits`. */
function has(t: Trigger, bits: number): boolean {
  return (t.kinds & bits) !== 0;
}

/** The end of the trigger when it is of kind `kind`, else of such a phrase in the three words after it; -1 if none. */
function nearEnd(ix: SentenceIndex, t: Trigger, kind: number): number {
  if (has(t, kind)) return t.end;
  return ix.any(kind, t.end, t.end + 3)?.end ?? -1;
}

/** Whether the trigger is the verb of a relative clause: a relative pronoun one or two words before it. */
function inRelativeClause(ix: SentenceIndex, t: Trigger): boolean {
  for (let i = t.start - 1; i >= Math.max(0, t.start - 2); i--) if (ix.has(i, KIND.relative)) return true;
  return false;
}

/**
 * Whether what the authority does is done to the contract's terms ("Kommunen följer årligen upp
 * villkoren i avsnitt 4", "Nämnden granskar kraven"): its hold on the supplier, not a task of its
 * own. The terms are the object, just after the verb; "… enligt avtalet" only cites them.
 */
function followsTerms(ix: SentenceIndex, t: Trigger): boolean {
  for (const p of ix.parties) {
    if (p.at < t.end) continue;
    if (p.at > t.end + OBJECT_WORDS) return false;
    return p.cls === 'contract' && !ix.has(p.at - 1, KIND.preposition) && !OWN.has(ix.view.word(p.at - 1));
  }
  return false;
}

/** Words that make the terms the authority's own ("häva sina egna avtal", "its own contracts"). */
const OWN = new Set(['sina', 'sitt', 'sin', 'egna', 'eget', 'egen', 'its', 'their', 'own']);

/** How far after its verb an object may stand ("följer årligen upp de särskilda villkoren"). */
const OBJECT_WORDS = 3;

/** The role of one trigger, and whether reading the rest of the sentence must stop (it is subordinate). */
export function triggerRole(
  ix: SentenceIndex,
  t: Trigger,
  party: Party,
  previous: Party,
  liftedByNext: boolean,
): { role: Role; stop: boolean } {
  const isDuty = has(t, KIND.duty | KIND['duty-liftable'] | KIND['duty-label']);
  const isRight = has(t, KIND.right) && !isDuty;
  const isCommit = has(t, KIND.commitment);
  const no = negated(ix, t);
  const lifted = liftedByNext || lifts(ix, t);
  const supplierLike = party === 'supplier' || party === 'tenderer';
  if (supplierLike || party === 'contract') {
    if (lifted) return { role: role('lifted', party, 0, t), stop: false };
    if (isRight && !isCommit && supplierLike)
      return { role: role(no ? 'prohibition' : 'permission', party, no ? bitOf(party) : 0, t), stop: false };
    if (party === 'contract' && isCommit && !no) return { role: role('description', party, 0, t), stop: false };
    if (!isDuty && !isCommit && !isRight && !has(t, KIND.requiring) && has(t, KIND.ensuring) && party === 'contract') {
      return { role: role('statement', party, 0, t, false), stop: false };
    }
    // "the Agreement may be cancelled": a consequence the contract states, not a duty.
    if (party === 'contract' && isRight && !no)
      return { role: role('statement', party, bitOf(party), t, false), stop: false };
    return { role: role(no ? 'prohibition' : 'duty', party, bitOf(party), t), stop: false };
  }
  if (party === 'authority') {
    // "Kommunen kräver inte att …", "the Council does not require …": no requirement at all.
    if (lifted) return { role: role('lifted', party, 0, t), stop: false };
    // What the authority does just after the duty word: requires (binds the supplier) or ensures (its own undertaking).
    const requiring = nearEnd(ix, t, KIND.requiring);
    if (requiring >= 0 && !lifted && supplierSideIn(ix, requiring, ix.length, previous))
      return { role: role('duty', 'supplier', BINDS.supplier, t), stop: false };
    if (nearEnd(ix, t, KIND.ensuring) >= 0) return { role: role('own-duty', party, BINDS.authority, t), stop: true };
    if (isRight || isCommit || supplierSideIn(ix, t.end, ix.length, previous) || followsTerms(ix, t))
      return { role: role('right', party, BINDS.authorityRight, t), stop: false };
    return { role: role('own-duty', party, BINDS.authority, t), stop: false };
  }
  // A duty of "the buyer" is the authority's own; advice to buyers was caught before.
  // "the Buyer may require a Rectification Plan": where "the Buyer" is the authority (call-offs
  // name it so), its rights are the authority's; a guide binds no one whatever it says.
  if (party === 'buyer')
    return isRight && !isCommit && !no
      ? { role: role('right', party, BINDS.authorityRight, t), stop: true }
      : { role: role('own-duty', party, BINDS.authority, t), stop: true };
  if (party === 'law' || party === 'employer' || party === 'content')
    return { role: role('description', party, 0, t), stop: false };
  // No party named: a passive duty, or a possibility ("vite kan utgå"); "Ingen får …" forbids.
  if (lifted) return { role: role('lifted', party, 0, t), stop: false };
  // "Storviks Renhållning kan begära att leverantören visar …": only the buyer can ask that of the
  // supplier, whatever name it goes by.
  // ("vidta de åtgärder som skäligen kan krävas", "measures which may reasonably be required": what
  // a relative clause says may be asked describes the measures, and asks nothing.)
  if (
    isRight &&
    !no &&
    !isCommit &&
    !inRelativeClause(ix, t) &&
    nearEnd(ix, t, KIND.requiring) >= 0 &&
    supplierSideIn(ix, t.end, ix.length, previous)
  )
    return { role: role('right', 'authority', BINDS.authorityRight, t), stop: false };
  if (isRight && no && !isCommit) return { role: role('prohibition', party, BINDS.unspecified, t), stop: false };
  if (!isDuty) return { role: role('statement', party, BINDS.unspecified, t, false), stop: false };
  return {
    role: role(no && !has(t, KIND['duty-liftable']) ? 'prohibition' : 'duty', party, BINDS.unspecified, t),
    stop: false,
  };
}

/** A sentence without a duty word: what it says, and about whom. */
export function statementRole(ix: SentenceIndex, first: number, conditional: boolean, previous: Party): Role {
  // "In accordance with regulation 70 of the Regulations, the obligations … are …": the subject
  // stands after a phrase set off before it.
  const from = conditional ? mainClauseStart(ix, first, ix.length) : pastOpeningPhrases(ix, first);
  let found = firstSubjectIn(ix, from, ix.length);
  // "Vid varje byggmöte redovisar entreprenören hur villkoren uppfylls, med …": what looked like
  // an opening phrase set off by its comma held the subject and its verb.
  if (!found && from > first) found = firstSubjectIn(ix, first, from);
  // "Brister i villkoren som inte åtgärdats inom den tid Myndigheten anger leder till avdrag": a
  // party in a relative clause on the terms is not what the sentence is about; the terms are.
  const relative = found ? ix.any(KIND.relative, from, found.at) : undefined;
  if (relative && ix.parties.some((p) => p.at >= from && p.end <= relative.start && p.cls === 'contract'))
    found = undefined;
  const subject = found ? headOf(ix, found) : undefined;
  // "Such measures include …" goes on from the sentence before; "Kraven i detta avsnitt …" names the contract.
  const opening = ix.partyAt(first);
  const opensWithReference = ix.has(first, KIND['reference-section']) && (!opening || opening.cls === 'pronoun');
  if ((subject && subject.at === first && subject.cls === 'pronoun') || opensWithReference) {
    // Until prepare finds the sentence it goes on from, it is a statement with no party named,
    // unless the sentence before named one outside the supplier's side ("The Director advised …
    // It was noted that …").
    const outside = previous !== 'none' && (bitOf(previous) & SUPPLIER_SIDE) === 0;
    return role(
      'statement',
      previous,
      outside ? 0 : BINDS.unspecified,
      subject ? { start: subject.at, end: subject.end } : null,
      false,
      true,
    );
  }
  if (!subject) return NONE_ROLE;
  const party = partyOf(subject.cls, ix, previous, subject.at);
  const t = { start: subject.at, end: subject.end };
  if (party === 'none') return NONE_ROLE;
  // "Inga krav enligt detta avsnitt gäller …", "No requirements in this section apply …".
  if (ix.has(subject.at - 1, KIND.negation)) return role('lifted', party, 0, t);
  if (party === 'buyer') return role('advice', party, 0, t);
  if (party === 'law' || party === 'employer' || party === 'content') return role('description', party, 0, t, false);
  if (party === 'authority') {
    const acts = supplierSideIn(ix, 0, subject.at, previous) || supplierSideIn(ix, subject.end, ix.length, previous);
    return acts
      ? role('statement', party, BINDS.authorityRight, t, false)
      : role('description', party, BINDS.authority, t, false);
  }
  return role('statement', party, bitOf(party), t, false);
}
