// Decides whether a sentence puts an obligation on the supplier (a "requirement context").

import { normaliseText } from './normalise.js';
import { tokenise } from './tokens.js';

/** `obligation`: the sentence obliges someone; `negated`: it lifts one ("behöver inte"); else `none`. */
export type ObligationState = 'obligation' | 'negated' | 'none';

/**
 * Words that oblige on their own. `true` marks words whose negation lifts the duty ("krävs inte",
 * "not required"); for the others a negation is a prohibition ("ska inte diskriminera",
 * "shall not discriminate"), which is still an obligation on the supplier.
 */
const OBLIGING = new Map<string, boolean>([
  // Swedish
  ['ska', false], ['skall', false], ['bör', false], ['måste', true], ['krävs', true], ['kräver', true],
  ['kräva', true], ['behöver', true], ['behöva', true], ['behövs', true], ['åligger', false],
  ['åläggs', false], ['ombeds', false], ['uppmanas', false], ['åtar', false], ['åtager', false],
  ['förbinder', false], ['förbinds', false], ['förpliktar', false], ['förpliktigar', false],
  ['ansvarar', false], ['ansvara', false], ['ansvarig', true], ['ansvariga', true], ['skyldig', true],
  ['skyldiga', true], ['skyldighet', true], ['förväntas', true], ['utvärderas', true], ['bedöms', true],
  ['poäng', true], ['obligatorisk', true], ['obligatoriskt', true], ['obligatoriska', true],
  ['ska-krav', false], ['skall-krav', false], ['skakrav', false], ['skallkrav', false], ['bör-krav', false],
  ['börkrav', false],
  // English
  ['shall', false], ['must', false], ['should', false], ['undertakes', false], ['undertake', false],
  ['commits', false], ['agrees', false], ['obliged', true], ['obligated', true], ['requires', true],
  ['mandatory', true], ['points', true], ['evaluated', true], ['assessed', true], ['scored', true],
]);

/** Nouns that oblige when a verb of applying follows: "Följande krav gäller:", "requirements apply". */
const DUTY_NOUNS = new Set(['krav', 'kraven', 'kravet', 'requirement', 'requirements', 'obligation', 'obligations']);
const DUTY_NOUN_FOLLOWERS = new Set(['gäller', 'ställs', 'är', 'att', 'på', 'som', 'apply', 'applies', 'are', 'is', 'that', 'for']);

/** Words that oblige only with the word that follows them. */
const NEEDS_NEXT = new Map<string, Set<string>>([
  ['får', new Set(['inte', 'ej', 'icke'])], // "får inte": a prohibition
  ['need', new Set(['to', 'not'])],
  ['needs', new Set(['to', 'not'])],
  ['responsible', new Set(['for'])],
  ['expected', new Set(['to'])],
  ['requested', new Set(['to'])],
  ['required', new Set(['to'])],
  ['committed', new Set(['to'])],
]);

/** Words that oblige with the word before them: "is required", "ges poäng". */
const NEEDS_PREVIOUS = new Map<string, Set<string>>([
  ['required', new Set(['is', 'are', 'be', 'been', 'being'])],
]);

/** Imperatives that open a tender instruction: "Redovisa …", "Describe …". */
const IMPERATIVES = new Set([
  'redovisa', 'beskriv', 'bifoga', 'ange', 'bekräfta', 'lämna', 'intyga', 'specificera', 'uppge',
  'presentera', 'förklara', 'visa', 'describe', 'provide', 'submit', 'state', 'attach', 'confirm',
  'specify', 'indicate', 'explain', 'demonstrate', 'outline', 'detail',
]);

/** Who "will" obliges when it is their future: "The Contractor will ensure …". */
const PARTIES = ['contractor', 'supplier', 'tenderer', 'bidder', 'provider', 'vendor', 'consultant'];

const NEGATORS = new Set([
  'inte', 'ej', 'icke', 'inga', 'inget', 'ingen', 'aldrig', 'not', 'no', 'never', "doesn't", "don't",
  "isn't", "aren't", "won't", "needn't",
]);

/** Modals that a lifted duty right after them takes along: "ska inte behöva", "shall not be required". */
const MODALS = new Set(['ska', 'skall', 'måste', 'bör', 'shall', 'must', 'should', 'will']);

/** Every word that can trigger an obligation wherever it stands (imperatives only open a sentence). */
const TRIGGER_WORDS = new Set<string>([...OBLIGING.keys(), ...DUTY_NOUNS, ...NEEDS_NEXT.keys(), ...NEEDS_PREVIOUS.keys(), 'will']);

/**
 * Whether a word can make a sentence an obligation at all: a sentence without any such word is
 * never one, so its state is known without looking further.
 */
export function mayOblige(token: string): boolean {
  return TRIGGER_WORDS.has(token) || IMPERATIVES.has(token);
}

/** Bits of {@link obligingKind}: a word that may oblige wherever it stands, and an imperative. */
export const TRIGGER_WORD = 1;
export const IMPERATIVE_WORD = 2;

/** What a word can do for an obligation, as bits (0: nothing; non-zero exactly when {@link mayOblige}). */
export function obligingKind(token: string): number {
  return (TRIGGER_WORDS.has(token) ? TRIGGER_WORD : 0) | (IMPERATIVES.has(token) ? IMPERATIVE_WORD : 0);
}

/** A list label ("a", "1", "2.1"); one object, not a new one per sentence. */
const LIST_LABEL = /^[\p{N}.]+$|^\p{L}$/u;

/**
 * {@link LIST_LABEL}'s answer, without running it for the common short word that opens a
 * sentence ("det", "om", "the"): two or more units starting with an ASCII letter are neither a
 * number nor a single letter.
 */
function isListLabel(token: string): boolean {
  const c = token.charCodeAt(0) | 0x20;
  if (token.length > 1 && c >= 0x61 && c <= 0x7a) return false;
  return LIST_LABEL.test(token);
}

/**
 * The obliging words of the sentence last given to {@link triggers}: their positions, and whether
 * a negation may lift each. Shared by every call (a sentence is weighed at a time), so no object
 * is made per trigger.
 */
const foundAt: number[] = [];
const foundLifting: boolean[] = [];

function isPartyWord(token: string): boolean {
  return PARTIES.some((p) => token.startsWith(p));
}

/**
 * The obliging words of a sentence, with whether a negation may lift each, into foundAt and
 * foundLifting; their count. `kinds`, when given, holds each token's {@link obligingKind}:
 * most words are then ruled out without a lookup by string.
 */
function triggers(tokens: string[], kinds?: Uint8Array): number {
  let count = 0;
  const found = (at: number, lifting: boolean): void => {
    foundAt[count] = at;
    foundLifting[count] = lifting;
    count++;
  };
  let first = 0;
  // Skip list labels such as "a", "1", "2.1" before an opening imperative.
  while (first < tokens.length - 1 && tokens[first]!.length <= 3 && isListLabel(tokens[first]!)) first++;
  for (let i = 0; i < tokens.length; i++) {
    // Most words can trigger nothing: one lookup rules them out (the opening word may still be an imperative).
    if (i !== first && (kinds ? (kinds[i]! & TRIGGER_WORD) === 0 : !TRIGGER_WORDS.has(tokens[i]!))) continue;
    const t = tokens[i]!;
    const lifting = OBLIGING.get(t);
    if (lifting !== undefined) {
      found(i, lifting);
      continue;
    }
    if (DUTY_NOUNS.has(t)) {
      const next = tokens.slice(i + 1, i + 3);
      const prev = tokens[i - 1];
      const negated = prev !== undefined && NEGATORS.has(prev);
      if (negated || next.length === 0 || next.some((n) => DUTY_NOUN_FOLLOWERS.has(n))) found(i, true);
      continue;
    }
    const next = NEEDS_NEXT.get(t);
    if (next && tokens[i + 1] !== undefined && next.has(tokens[i + 1]!)) {
      found(i, t !== 'får');
      continue;
    }
    const prev = NEEDS_PREVIOUS.get(t);
    if (prev) {
      // Look past one negation so that "is not required" is seen (and then lifted).
      const before = i > 1 && NEGATORS.has(tokens[i - 1]!) ? tokens[i - 2] : tokens[i - 1];
      if (before !== undefined && prev.has(before)) {
        found(i, true);
        continue;
      }
    }
    if (t === 'will' && tokens.slice(Math.max(0, i - 3), i).some(isPartyWord)) {
      found(i, false);
      continue;
    }
    if (i === first && IMPERATIVES.has(t)) found(i, false);
  }
  return count;
}

/** Words that start a clause of their own, so a negation after them is not about the duty. */
const CLAUSE_OPENERS = new Set(['att', 'som', 'för', 'om', 'med', 'that', 'to', 'for', 'of', 'with', 'which']);

/**
 * Whether a negation is about the duty at `at`: up to two words before it ("inga krav",
 * "is not required"), the word after it ("krävs inte", "need not"), or two after when no new
 * clause starts in between ("Poäng ges inte", but not "krävs att ingen …").
 */
function negatedAt(tokens: string[], at: number): boolean {
  const is = (j: number): boolean => j >= 0 && j < tokens.length && NEGATORS.has(tokens[j]!);
  if (is(at - 1) || is(at - 2) || is(at + 1)) return true;
  const between = tokens[at + 1];
  return between !== undefined && !CLAUSE_OPENERS.has(between) && is(at + 2);
}

/**
 * The obligation state of a sentence given as normalised tokens. `kinds` may give each token's
 * {@link obligingKind} (as the lexicon knows it), which spares a lookup per word; the answer is
 * the same either way.
 */
export function obligationState(tokens: string[], kinds?: Uint8Array): ObligationState {
  const count = triggers(tokens, kinds);
  if (count === 0) return 'none';
  // Made only for a sentence that lifts a duty: most sentences lift none.
  let lifted: Set<number> | null = null;
  for (let k = 0; k < count; k++) {
    const at = foundAt[k]!;
    if (!foundLifting[k] || !negatedAt(tokens, at)) continue;
    lifted ??= new Set<number>();
    lifted.add(at);
    // "ska inte behöva", "shall not be required": the modal before a lifted duty is lifted too.
    for (let j = Math.max(0, at - 3); j < at; j++) if (MODALS.has(tokens[j]!)) lifted.add(j);
  }
  if (lifted === null) return 'obligation';
  for (let k = 0; k < count; k++) if (!lifted.has(foundAt[k]!)) return 'obligation';
  return 'negated';
}

/**
 * Whether a sentence puts an obligation on someone (ska, måste, shall, must, "Det åligger
 * leverantören att", "Följande krav gäller:", "Describe …"), and no negation lifts it
 * ("behöver inte", "is not required"). A prohibition ("ska inte", "får inte", "shall not") is
 * an obligation.
 */
export function isRequirementContext(sentence: string): boolean {
  return obligationState(tokenise(normaliseText(sentence))) === 'obligation';
}
