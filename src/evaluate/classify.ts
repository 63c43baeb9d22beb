// A requirement's status from the sentences of an answer (and the form's tick box): reservation
// first, since a bid with one against a mandatory requirement must be rejected; then acceptance,
// a description, or nothing; then whether an attachment it asks for is named.
import type { AnswerSentence } from './sentences.js';
import type { Cell, Quote, Requirement } from './types.js';
import type { EvaluateVocabulary } from './vocabulary.js';

/** What an answer says, before the attachment is checked. */
export interface Reading {
  status: 'accepted' | 'answered' | 'not-answered' | 'reservation';
  quote?: Quote;
  reservation?: Cell['reservation'];
  /** An attachment is named in the answer's words ("se bilaga 3"). */
  namesAttachment: boolean;
  /** Words of description: what the answer says beyond "ja". */
  describes: boolean;
}

/** Fewer words than this describe nothing ("Ja", "Se ovan"). */
const MIN_DESCRIPTION_WORDS = 4;

/** Reads an answer. `ticked` is the form's box (undefined when the answer is not from a form). */
export function classify(
  req: Requirement,
  sentences: readonly AnswerSentence[],
  ticked: boolean | null | undefined,
  v: EvaluateVocabulary,
): Reading {
  const quote = (s: AnswerSentence): Quote => ({ text: s.text, place: s.place });
  const namesAttachment = sentences.some((s) => v.attachmentNamed.find(s.words) !== undefined);
  let words = 0;
  for (const s of sentences) if (!v.acceptAlone.isWhole(s.words)) words += s.words.length;
  const describes = words >= MIN_DESCRIPTION_WORDS;
  const base = { namesAttachment, describes };

  for (const s of sentences) {
    const hit = v.reservation.find(s.words);
    if (hit)
      return { ...base, status: 'reservation', quote: quote(s), reservation: { words: hit.phrase, kind: 'condition' } };
  }
  for (const s of sentences) {
    const hit = v.refusal.find(s.words) ?? (v.declineAlone.isWhole(s.words) ? { phrase: s.text.trim() } : undefined);
    if (hit)
      return { ...base, status: 'reservation', quote: quote(s), reservation: { words: hit.phrase, kind: 'refusal' } };
  }
  const altered = sentences.find((s) => s.altered);
  if (altered)
    return {
      ...base,
      status: 'reservation',
      quote: quote(altered),
      reservation: { words: altered.altered!, kind: 'altered' },
    };

  if (req.kind === 'award-criterion') {
    // A criterion is scored on what the bid describes; a tick alone gives the committee nothing to score.
    const first = sentences.find((s) => !v.acceptAlone.isWhole(s.words));
    return describes && first
      ? { ...base, status: 'answered', quote: quote(first) }
      : { ...base, status: 'not-answered' };
  }
  const accepting = sentences.find(
    (s) => s.binds || v.acceptAlone.isWhole(s.words) || v.acceptance.find(s.words) !== undefined,
  );
  if (accepting) return { ...base, status: 'accepted', quote: quote(accepting) };
  if (ticked === true) return { ...base, status: 'accepted' };
  if (sentences.length > 0) return { ...base, status: 'answered', quote: quote(sentences[0]!) };
  return { ...base, status: 'not-answered' };
}
