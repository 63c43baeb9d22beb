// Swedish and English endings: which forms of a term word count as the word itself.

import type { Lang } from '../types.js';

/** A stem and the endings that may follow it; together they spell the accepted forms. */
export interface StemForms {
  stem: string;
  endings: readonly string[];
}

/** Adds the genitive `s` to every ending: `lönernas`, `föräldraledighetens`. */
function withGenitive(endings: string[]): string[] {
  return [...new Set([...endings, ...endings.map((e) => `${e}s`)])];
}

/** Endings of nouns (definite, plural), verbs (present, past, passive) and adjectives. */
const SV_ENDINGS = withGenitive([
  '',
  'en',
  'et',
  'n',
  't',
  'er',
  'erna',
  'ar',
  'arna',
  'or',
  'orna',
  'na',
  'e',
  'a',
  'r',
  'de',
]);
/** After a dropped final vowel: `kvinna` → `kvinnor`, `pojke` → `pojkar`. */
const SV_VOWEL_DROPPED = withGenitive(['or', 'orna', 'ar', 'arna', 'er', 'erna']);
/** After a dropped `e` in `-el -en -er`: `regel` → `regler`, `exempel` → `exemplet`. */
const SV_E_DROPPED = withGenitive(['er', 'erna', 'ar', 'arna', 'et', 'en', 'na']);
/** Latin `-um`: `kriterium` → `kriterier`, `kriteriet`. */
const SV_UM_DROPPED = withGenitive(['er', 'erna', 'et', 'a']);

const EN_ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', "'s", "s'", "'"];
/** `policy` → `policies`, `apply` → `applied`. */
const EN_Y_TO_I = ['es', 'ed', "es'"];
/** `balance` → `balancing`. */
const EN_E_DROPPED = ['ing'];
/** `plan` → `planned`, `planning`. */
const EN_DOUBLED = ['ed', 'ing'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'é', 'ü']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * The stems of a term word with the endings each may take, for a term in `lang`. The word
 * itself always comes first; the other stems are the word with a vowel dropped or changed.
 * Words that do not end in a letter (numbers, `§`) take no endings.
 */
/** The endings each language's words may take, by the term's language. */
const ENDINGS: Readonly<Record<Lang, readonly string[]>> = { sv: SV_ENDINGS, en: EN_ENDINGS };

export function stemForms(word: string, lang: Lang): StemForms[] {
  const last = word[word.length - 1];
  if (last === undefined || !isLetter(last)) return [{ stem: word, endings: [''] }];
  const forms: StemForms[] = [{ stem: word, endings: ENDINGS[lang] }];
  const n = word.length;
  if (n < 4) return forms;
  const beforeLast = word[n - 2]!;
  if (lang === 'sv') {
    if (last === 'a' || last === 'e') forms.push({ stem: word.slice(0, -1), endings: SV_VOWEL_DROPPED });
    else if (beforeLast === 'e' && (last === 'l' || last === 'n' || last === 'r') && !VOWELS.has(word[n - 3]!)) {
      forms.push({ stem: word.slice(0, -2) + last, endings: SV_E_DROPPED });
    } else if (word.endsWith('um')) forms.push({ stem: word.slice(0, -2), endings: SV_UM_DROPPED });
    return forms;
  }
  if (last === 'y' && !VOWELS.has(beforeLast)) forms.push({ stem: `${word.slice(0, -1)}i`, endings: EN_Y_TO_I });
  else if (last === 'e') forms.push({ stem: word.slice(0, -1), endings: EN_E_DROPPED });
  else if (!VOWELS.has(last) && VOWELS.has(beforeLast) && !VOWELS.has(word[n - 3]!) && !'wxy'.includes(last)) {
    forms.push({ stem: word + last, endings: EN_DOUBLED });
  }
  return forms;
}

/**
 * Every spelled-out form of a term word: the word and all its inflections, each once. A suffix
 * pattern's words end with one of the forms of its last part.
 */
export function inflectedForms(word: string, lang: Lang): readonly string[] {
  const out = new Set<string>();
  for (const { stem, endings } of stemForms(word, lang)) for (const e of endings) out.add(stem + e);
  return [...out];
}
