// Text normalisation shared by documents and terms, so both sides compare the same strings.

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible, never meaningful. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

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
  '\u2013': '-', // en dash: "2020–2022", and a spaced dash becomes a lone '-' the tokeniser drops
  '\u2014': '-',
  '\u2212': '-',
};

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * The text as a reader sees it: NFC, invisible characters removed, whitespace collapsed to
 * single spaces and trimmed. Case and punctuation are kept, so this is what messages quote.
 */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (INVISIBLE.has(code)) continue;
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += nfc[i];
  }
  return out;
}

/** Clean text in lower case with typographic quotes and dashes folded: what tokens come from. */
export function normaliseText(text: string): string {
  const lower = cleanText(text).toLowerCase();
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out;
}
