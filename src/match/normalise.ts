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
const FOLDED = /[\u2018\u2019\u201a\u02bc\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2010-\u2014\u2212]/g;

/**
 * The text as a reader sees it: NFC, invisible characters removed, whitespace collapsed to
 * single spaces and trimmed. Case and punctuation are kept, so this is what messages quote.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Lower case with typographic quotes and dashes folded, for text that is already clean. */
export function foldText(clean: string): string {
  return clean.toLowerCase().replace(FOLDED, (ch) => FOLD[ch] ?? ch);
}

/** Clean text in lower case with typographic quotes and dashes folded: what tokens come from. */
export function normaliseText(text: string): string {
  return foldText(cleanText(text));
}
