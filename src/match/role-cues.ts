// Cues in a sentence's words and place that change the role documentRoles gives it: a heading
// above that names award criteria, a noun repeated from the sentence before, a clause number
// before a statement of what the supplier does.

import type { Block } from '../types.js';
import type { DocumentStance, Role } from './binds.js';
import type { SentencePhrases } from './phrases.js';
import { firstWord, SentenceIndex } from './sentence-index.js';

/** A clause number opening a sentence: "4.2", "Z12.3", "C.5", "§ 7". */
const CLAUSE_NUMBER = /^(?:[A-Z]{0,3}\.?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|§\s*\d{1,3})\s/u;

/** Whether a text opens with a clause number or a field's code ("4.2 …", "B1. …", "C.5 …"). */
export function opensWithLabel(text: string): boolean {
  return CLAUSE_NUMBER.test(text);
}

/** Whether a heading holds one of `words`, each heading's words read once. */
function headingNamer(words: ReadonlySet<string>): (heading: string) => boolean {
  const known = new Map<string, boolean>();
  return (heading) => {
    let found = known.get(heading);
    if (found === undefined) {
      found = namesOneOf(heading, words);
      known.set(heading, found);
    }
    return found;
  };
}

/** Per block, whether a heading above it holds one of `words` ("4 Tilldelningskriterier", "Code of Conduct"). */
export function sectionsHeadedBy(blocks: readonly Block[], words: ReadonlySet<string>): (block: number) => boolean {
  const names = headingNamer(words);
  return (block) => blocks[block]!.headingPath.some(names);
}

/**
 * Per block, whether the heading it stands under (the nearest) holds one of `words` ("14.2
 * Obligations", or the header of a table a PDF reader flattened: "Ref Obligation Evidence Timescale").
 */
export function nearestHeadingNames(blocks: readonly Block[], words: ReadonlySet<string>): (block: number) => boolean {
  const names = headingNamer(words);
  return (block) => {
    const path = blocks[block]!.headingPath;
    return path.length > 0 && names(path[path.length - 1]!);
  };
}

/**
 * Per block, whether it stands in a code of conduct: under a heading that names one (as
 * {@link sectionsHeadedBy}), or after such a heading under numbered headings a reader gave a
 * higher level ("ANNEX – SUPPLY CHAIN CODE OF CONDUCT" | "4. Equality, dignity and respect at
 * work"), until a heading with no number.
 */
export function codeSections(blocks: readonly Block[], words: ReadonlySet<string>): (block: number) => boolean {
  const under = sectionsHeadedBy(blocks, words);
  const inCode = new Uint8Array(blocks.length);
  let open = false;
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') {
      const numbered = NUMBERED_HEADING.test(block.text);
      // An annex's own title opens the code ("4.3 Staff conduct" is a clause of something else).
      open = numbered ? open : namesOneOf(block.text, words);
    }
    inCode[b] = open ? 1 : 0;
  });
  return (block) => inCode[block] === 1 || under(block);
}

/** Whether a heading holds one of `words` (lower case). */
function namesOneOf(heading: string, words: ReadonlySet<string>): boolean {
  return heading
    .toLowerCase()
    .split(/[^\p{L}:-]+/u)
    .some((w) => words.has(w));
}

/** A heading that opens with a number: "4. Equality at work", "4.2 Equal pay". */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s/;

/** Determiners of a noun that refers back: "the plan", "this work". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** The longest Swedish definite ending of a noun: "arbete" → "arbetet", "åtgärder" → "åtgärderna". */
const DEFINITE_ENDING = 3;
/** The shortest noun read as repeated: shorter words are too often other words' beginnings. */
const REPEATED_NOUN = 4;

/**
 * Whether a sentence opens with a definite noun the sentence before holds ("… ett systematiskt
 * arbete … | Arbetet ska …", "… an equality plan … | The plan shall …").
 */
export function repeatsNounBefore(found: SentencePhrases, before: SentencePhrases, stance: DocumentStance): boolean {
  const i = firstWord(new SentenceIndex(found, stance));
  // "C2.2 Personnel …": a clause numbered on its own starts afresh.
  if (i > 0) return false;
  if (i + 1 < found.length && DEFINITE.has(found.word(i))) {
    const noun = found.word(i + 1);
    if (noun.length < REPEATED_NOUN) return false;
    for (let j = 0; j < before.length; j++) if (before.word(j) === noun) return true;
    return false;
  }
  const noun = found.word(i);
  for (let j = 0; j < before.length; j++) {
    const w = before.word(j);
    const ending = noun.length - w.length;
    if (w.length >= REPEATED_NOUN && ending >= 0 && ending <= DEFINITE_ENDING && noun.startsWith(w)) return true;
  }
  return false;
}

/** Whether a sentence is a numbered clause opening by stating what the supplier does ("4.2 The Contractor keeps …"). */
export function opensClauseStatement(
  text: string,
  found: SentencePhrases,
  role: Role,
  stance: DocumentStance,
): boolean {
  if (role.force !== 'statement' || role.party !== 'supplier' || role.anaphoric || !CLAUSE_NUMBER.test(text))
    return false;
  // The party stands just after the number (a word of the number between at most).
  return role.at <= firstWord(new SentenceIndex(found, stance)) + 2;
}

/**
 * Words that end as a present tense does but are no verb of doing: what the party is or has ("är",
 * "has", a description) and short function words ("or", "eller", "för", "när", "under").
 */
const NOT_DOING = new Set([
  'är',
  'har',
  'is',
  'has',
  'was',
  'does',
  'or',
  'nor',
  'for',
  'per',
  'after',
  'under',
  'over',
  'eller',
  'för',
  'efter',
  'över',
  'när',
  'där',
  'hur',
  'mer',
  'fler',
  'hos',
  'utöver',
]);

/** Whether a word reads as a present tense ("lämnar", "keeps"), in Swedish only when `swedish`. */
function presentTense(word: string, swedishOnly: boolean): boolean {
  if (word.length < 3 || NOT_DOING.has(word)) return false;
  return word.endsWith('r') || (!swedishOnly && word.endsWith('s') && !word.endsWith('ss'));
}

/**
 * Whether a statement says, in the present tense of doing, what the supplier does, its party
 * opening it ("C.4.1 Leverantören lämnar årligen …", "The Contractor keeps …") or, in Swedish
 * word order, just after a verb in the first words ("Utöver kvartalsrapporten redovisar
 * leverantören …"): in a document facing suppliers that is a duty, as "shall" is. A past tense
 * ("Leverantören uppgav …", "The Contractor reported …") reports.
 */
export function statesWhatSupplierDoes(found: SentencePhrases, role: Role, stance: DocumentStance): boolean {
  if (role.force !== 'statement' || role.party !== 'supplier' || role.anaphoric || role.at < 0) return false;
  const first = firstWord(new SentenceIndex(found, stance));
  if (role.at <= first + 2) return role.end < found.length && presentTense(found.word(role.end), false);
  return role.at <= first + INVERTED_WORDS && presentTense(found.word(role.at - 1), true);
}

/** How far into a sentence a verb may stand before its subject ("Vid mötet redovisar leverantören"). */
const INVERTED_WORDS = 8;
