// Text normalisation shared by documents and terms, so both sides compare the same strings.

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible, never meaningful. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Any run of white space, including no-break and typographic spaces. */
const SPACES = /\s+/g;

/** Typographic characters folded to the ASCII ones the tokeniser knows. */
const FOLD: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’ (also the typographic apostrophe: supplier’s)
  '\u201a': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen: part of the word as in the document
  '\u2012': '-',
  '\u2013': '-', // en dash: "2020–2022"; a spaced dash becomes a lone '-' the tokeniser drops
  '\u2014': '-',
  '\u2212': '-',
};
const HAS_FOLDED = /[\u2018\u2019\u201a\u02bc\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2010-\u2014\u2212]/;
const FOLDED = /[\u2018\u2019\u201a\u02bc\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2010-\u2014\u2212]/g;

/**
 * The text as a reader sees it: NFC, invisible characters removed, whitespace collapsed to
 * single spaces and trimmed. Case and punctuation are kept, so this is what messages quote.
 */
export function cleanText(text: string): string {
  // Each step only when it can change something: most text is already clean, and the three
  // passes cost more than the rest of preparing a document. One class first rules out all
  // three at once for the common clean text (and, asked by cleanTextPlain, folding too).
  if (!MAY_NEED_CLEANING.test(text) && !text.includes('  ')) return text.trim();
  return cleanSlowly(text);
}

/** Clean text, and whether it is plain: nothing in it for `foldText` to fold, so its folded form is its lower case. */
export interface CleanText {
  text: string;
  plain: boolean;
}

/**
 * {@link cleanText}, with whether the clean text is plain: one search of the text answers both
 * for the common text that needs neither cleaning nor folding.
 */
export function cleanTextPlain(text: string): CleanText {
  if (!NOT_PLAIN.test(text) && !text.includes('  ')) return { text: text.trim(), plain: true };
  return { text: cleanText(text), plain: false };
}

function cleanSlowly(text: string): string {
  let t = MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
  if (HAS_INVISIBLE.test(t)) t = t.replace(INVISIBLE, '');
  if (OTHER_SPACE.test(t) || t.includes('  ')) t = t.replace(SPACES, ' ');
  return t.trim();
}

/**
 * Characters outside the ranges where NFC never changes a string: Latin up to U+02FF, general
 * punctuation from U+2002 (U+2000 and U+2001 are singletons) and currency signs (checked
 * exhaustively, each character and each pair).
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2002-\u206f\u20a0-\u20cf]/;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/**
 * Any character that MAY_CHANGE_UNDER_NFC, HAS_INVISIBLE or OTHER_SPACE finds, as one class:
 * the complement of the code units none of them matches (generated and checked for every code
 * unit, see test/match/fast-paths.test.ts).
 */
const MAY_NEED_CLEANING = new RegExp(
  '[^\\u0000-\\u0008\\u000e-\\u009f\\u00a1-\\u00ac\\u00ae-\\u02ff\\u200e-\\u2027\\u202a-\\u202e' +
    '\\u2030-\\u205e\\u2061-\\u206f\\u20a0-\\u20cf]',
);

/**
 * White space that collapsing would change: anything but a plain space, or two spaces in a
 * row (tested apart: a class alone is searched much faster than the alternation `[^\S ]| {2}`).
 */
const OTHER_SPACE = /[^\S ]/;

/**
 * Any character that MAY_NEED_CLEANING or HAS_FOLDED finds, as one class: MAY_NEED_CLEANING's
 * complement less the characters folded (checked for every code unit, see
 * test/match/fast-paths.test.ts). Lower case makes none of the folded characters, so a text
 * without any is folded by lower-casing it.
 */
const NOT_PLAIN = new RegExp(
  '[^\\u0000-\\u0008\\u000e-\\u009f\\u00a1-\\u00aa\\u00ac\\u00ae-\\u00b3\\u00b5-\\u00ba\\u00bc-\\u02bb' +
    '\\u02bd-\\u02ff\\u200e\\u200f\\u2015-\\u2017\\u201b\\u201f-\\u2027\\u202a-\\u202e\\u2030-\\u205e' +
    '\\u2061-\\u206f\\u20a0-\\u20cf]',
);

/** The one-class tests, for the test that checks them against the classes they stand for. */
export const CLASSES = { MAY_NEED_CLEANING, HAS_FOLDED, NOT_PLAIN } as const;

/** Lower case with typographic quotes and dashes folded, for text that is already clean. */
export function foldText(clean: string): string {
  const lower = clean.toLowerCase();
  // Testing first: replacing makes a new string even when nothing is replaced.
  return HAS_FOLDED.test(lower) ? lower.replace(FOLDED, (ch) => FOLD[ch] ?? ch) : lower;
}

/** Clean text in lower case with typographic quotes and dashes folded: what tokens come from. */
export function normaliseText(text: string): string {
  return foldText(cleanText(text));
}
