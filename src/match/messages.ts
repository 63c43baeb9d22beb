// Every reason an evidence spec, a term or the reading vocabulary is refused, in Swedish and
// English: the pack loaders show it to a user, in the language asked for.
import type { Text } from '../types.js';

/** Why compiling failed; `{name}` slots are filled with `fmt` from src/i18n.ts. */
export const EVIDENCE_MESSAGES = {
  // A term (src/match/terms.ts)
  loneStar: { sv: 'ett ensamt "*" skulle träffa varje ord', en: 'a lone "*" would match every word' },
  starInside: {
    sv: '"*" får bara stå först eller sist i ett ord, inte inuti "{raw}"',
    en: '"*" may only stand at the start or the end of a word, not inside "{raw}"',
  },
  noLetters: { sv: '"{raw}" har inga bokstäver eller siffror', en: '"{raw}" has no letters or digits' },
  starOnWords: {
    sv: '"{raw}" måste vara ett enda ord för att få ha ett "*"',
    en: '"{raw}" must be a single word to carry a "*"',
  },
  starTooShort: {
    sv: '"{raw}" är för kort för ett "*": ordet behöver minst {min} bokstäver',
    en: '"{raw}" is too short for a "*": it needs at least {min} letters',
  },
  termNotString: { sv: 'en term måste vara text', en: 'a term must be a string' },
  termCharacter: {
    sv: '"{ch}" är inte tillåtet i en term ("{term}"): använd bokstäver, siffror, -, \', §, . och *',
    en: '"{ch}" is not allowed in a term ("{term}"): use letters, digits, -, \', §, . and *',
  },
  termNoWords: { sv: 'en term behöver minst ett ord', en: 'a term needs at least one word' },
  // An evidence spec (src/match/compile.ts)
  specNotMapping: {
    sv: 'beviset måste vara en mappning med en "all"-lista',
    en: 'evidence must be a mapping with an "all" list',
  },
  specKey: {
    sv: 'okänd nyckel "{key}": ska vara all, not, context eller parties',
    en: 'unknown key "{key}": expected all, not, context or parties',
  },
  allEmpty: { sv: '"all" måste ha minst ett begrepp', en: '"all" must list at least one concept' },
  context: {
    sv: 'context måste vara "requirement" eller "any", inte {context}',
    en: 'context must be "requirement" or "any", not {context}',
  },
  conceptNotMapping: {
    sv: 'ett begrepp måste vara en mappning med sv- och en-termer',
    en: 'a concept must be a mapping with sv and en terms',
  },
  conceptKey: {
    sv: 'okänd nyckel "{key}" i ett begrepp: ska vara {langs} eller from',
    en: 'unknown key "{key}" in a concept: expected {langs} or from',
  },
  conceptNoTerms: {
    sv: 'begreppet saknar termer under {lang}: ange minst en',
    en: 'the concept has no {lang} terms: give at least one',
  },
  namesEmpty: { sv: '{key} måste ange minst ett av {known}', en: '{key} must list at least one of {known}' },
  nameUnknown: { sv: '{name} är inget av {known}', en: '{name} is not one of {known}' },
  // The reading vocabulary (src/match/reading.ts)
  phrasesNotMapping: {
    sv: '"{key}" måste vara en mappning med sv- och en-fraser',
    en: '"{key}" must be a mapping with sv and en phrases',
  },
  phrasesMissing: { sv: '"{key}" saknar fraser under {lang}', en: '"{key}" has no {lang} phrases' },
  leadInEnding: {
    sv: 'ett slutord som leder in i en lista är ett enda ord, eller ett ord med punkt: {word}',
    en: 'a lead-in ending is one word, or one with a full stop: {word}',
  },
  singleWord: {
    sv: 'posterna i listan är ord av bokstäver (och bindestreck): {word}',
    en: 'the list takes words of letters (and hyphens): {word}',
  },
} as const satisfies Record<string, Text>;

export type EvidenceMessageKey = keyof typeof EVIDENCE_MESSAGES;
