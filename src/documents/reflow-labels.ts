// Clause and list labels at the start of a line ("(a)", "(viii)", "2.1", "§ 4", "Article 12",
// "•"): what sequence a label belongs to and where in it, for reflow to split and nest blocks.

/** A label read from the start of a line. */
export interface Label {
  /**
   * The sequence the label belongs to: its numbering kind and punctuation, e.g. `(a)`, `(i)`,
   * `1.`, `a)`, `dec2` (two-part decimals such as 2.1), `§`, `kw:article`, `•`. Labels of one
   * family at one indent are siblings.
   */
  family: string;
  /** Position in the sequence (a = 1, iv = 4, 2.3 = 3); 0 for bullets and unordered labels. */
  ordinal: number;
  /** A bullet: it marks a list item and carries no number worth keeping in the text. */
  bullet: boolean;
  /** Characters taken by the label and the white space after it. */
  length: number;
  /** Nothing follows the label on the line: its text is on the next line (pdftotext does this). */
  alone: boolean;
  /** Numbering depth: 2 for "5.3", 1 for everything else. */
  depth: number;
}

/** What is known about the labels already open, to read "(i)" as the ninth letter or as one. */
export interface OpenFamily {
  family: string;
  ordinal: number;
}

/**
 * Bullets: typographic ones, the private-use code points Word's Symbol and Wingdings bullets
 * become in extracted text (U+F0B7 and friends), and ASCII/dash bullets. The ASCII and dash ones
 * need text after them: a lone "-" is a table's "nothing", not a list item.
 */
const BULLET_GLYPHS = String.raw`•●○◦▪▫■□‣⁃∙·\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF0A8`;
const BULLET = new RegExp(String.raw`^([${BULLET_GLYPHS}])(?:\s+|$)|^([-–—*])\s+(?=\S)`, 'u');
/** "(a)", "(a.)", "(iv)", "(12)", "(A)". */
const PAREN = /^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{2,7})\.?\)(?:\s+|$)/;
/** "(b)maintain": a parenthesised label glued to its word, as PDF text sometimes comes out. */
const GLUED_PAREN = /^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{2,7})\)(?=\p{L})/u;
/** "a)", "12)", "iv)". */
const CLOSE = /^(\d{1,3}|[a-zA-Z]|[ivxIVX]{2,6})\)(?:\s+|$)/;
/** "1.", "2.1", "2.1.", "4.2.1": one number needs its dot, decimals may go without. */
const DOTTED = /^(\d{1,3})((?:\.\d{1,3}){0,4})(\.?)(?:\s+|$)/;
/** "a.", "B.", "iv." (followed by white space, so "e.g." is no label). */
const LETTER_DOT = /^([a-zA-Z]|[ivxIVX]{2,6})\.(?:\s+|$)/;
/** "§ 4", "§ 4 a", "4 §", "1 a §". */
const SECTION = /^(?:§\s?(\d{1,4})(?:\s?[a-z](?=\s|$))?|(\d{1,4})(?:\s?[a-z])?\s?§)\.?(?:\s+|$)/;
/** "Article 12", "Art. 3", "Sec. 18-156.", "Subd. 2.", "Bilaga 1", "Kapitel IV". */
const KEYWORDS =
  String.raw`Article|Artikel|Art\.|Section|Sec\.|Subd\.|Subdivision|Clause|Paragraph|Para\.|Punkt|` +
  String.raw`Chapter|Kapitel|Kap\.|Annex|Appendix|Bilaga|Schedule`;
const KEYWORD = new RegExp(
  String.raw`^(${KEYWORDS})\s?(\d{1,4}(?:[-.]\d{1,4}){0,3}[a-z]?|[IVXLC]{1,7}|[A-Z])[.:]?(?:\s+|$)`,
);
/** Words that may open a label: roman numerals, and keywords by their first two letters (as codes). */
const ROMAN_DIGITS = 'ivxlcIVXLC';
const KEYWORD_STARTS = new Set(
  ['Ar', 'An', 'Ap', 'Se', 'Su', 'Sc', 'Cl', 'Ch', 'Pa', 'Pu', 'Ka', 'Bi'].map(
    (w) => w.charCodeAt(0) * 128 + w.charCodeAt(1),
  ),
);
const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
/**
 * Text that may follow a decimal, § or keyword label: not a lower-case word ("2.1 of the Act"),
 * unless it is a letter label of its own ("4.2 a) Leverantören").
 */
const NOT_LOWER = /^(?:$|[^\p{Ll}]|[a-z]\)\s)/u;

/**
 * Reads the label at the start of `text` (already trimmed). `open` lists the families open
 * around it, innermost last: a lone letter that could be roman ("i", "v", "x") counts as a
 * letter when it continues an open letter sequence, as a numeral otherwise. Returns undefined
 * when the line starts with no label.
 */
export function readLabel(text: string, open: readonly OpenFamily[] = []): Label | undefined {
  // Most lines start with a word that opens no label: answer those without a regex. A label
  // that starts with a letter is a letter ("a."), a numeral ("iv)") or a keyword ("Article").
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (isAsciiLetter(first) && isAsciiLetter(second)) {
    if (!(isRomanDigit(first) && isRomanDigit(second)) && !KEYWORD_STARTS.has(first * 128 + second)) return undefined;
  }
  // Letters beyond ASCII (Å, É) open none; bullets and § sit outside that range.
  if (first >= 0xc0 && first < 0x2000) return undefined;
  let m = BULLET.exec(text);
  if (m) {
    const ch = m[1] ?? m[2]!;
    const family = ch.charCodeAt(0) >= 0xf000 ? '•' : ch;
    return { family, ordinal: 0, bullet: true, length: m[0].length, alone: m[0].length === text.length, depth: 1 };
  }
  if ((m = PAREN.exec(text))) return ordered(text, m, '(', ')', open);
  // Glued to its word, a label counts only where it continues its sequence: "(s)he" opens none.
  if ((m = GLUED_PAREN.exec(text))) {
    const label = ordered(text, m, '(', ')', open);
    return label && open.some((f) => f.family === label.family && f.ordinal === label.ordinal - 1) ? label : undefined;
  }
  if ((m = CLOSE.exec(text))) return ordered(text, m, '', ')', open);
  // "2 miljoner" is a number, no label: a lone number needs its dot.
  if ((m = DOTTED.exec(text)) && (m[2] !== '' || m[3] !== '')) {
    const parts = m[2]!;
    if (parts === '') return plain(text, m[0].length, '1.', Number(m[1]), 1);
    if (!NOT_LOWER.test(text.slice(m[0].length))) return undefined;
    const all = (m[1]! + parts).split('.');
    return plain(text, m[0].length, `dec${all.length}`, Number(all[all.length - 1]), all.length);
  }
  if ((m = LETTER_DOT.exec(text))) return ordered(text, m, '', '.', open);
  if ((m = SECTION.exec(text))) {
    if (!NOT_LOWER.test(text.slice(m[0].length))) return undefined;
    return plain(text, m[0].length, '§', Number(m[1] ?? m[2]), 1);
  }
  if ((m = KEYWORD.exec(text))) {
    if (!NOT_LOWER.test(text.slice(m[0].length))) return undefined;
    const n = Number(m[2]);
    return plain(text, m[0].length, `kw:${m[1]!.toLowerCase().replace(/\.$/, '')}`, Number.isInteger(n) ? n : 0, 1);
  }
  return undefined;
}

function plain(text: string, length: number, family: string, ordinal: number, depth: number): Label {
  return { family, ordinal, bullet: false, length, alone: length === text.length, depth };
}

/**
 * A letter, roman or number label inside `open`…`close`. A lone letter other than a/A (or i/I
 * read as one) must continue an open sequence: "J. Smith" and "E. coli" start no item.
 */
function ordered(
  text: string,
  m: RegExpExecArray,
  open: string,
  close: string,
  around: readonly OpenFamily[],
): Label | undefined {
  const body = m[1]!;
  const length = m[0].length;
  const alone = length === text.length;
  const at = (family: string): OpenFamily | undefined => {
    for (let k = around.length - 1; k >= 0; k--) if (around[k]!.family === family) return around[k];
    return undefined;
  };
  if (/^\d/.test(body))
    return { family: `${open}1${close}`, ordinal: Number(body), bullet: false, length, alone, depth: 1 };
  const upper = body !== body.toLowerCase();
  const lower = body.toLowerCase();
  const letterFamily = `${open}${upper ? 'A' : 'a'}${close}`;
  const romanFamily = `${open}${upper ? 'I' : 'i'}${close}`;
  const letter = lower.length === 1 ? lower.charCodeAt(0) - 0x60 : 0;
  const roman = ROMAN.test(lower) ? romanValue(lower) : 0;
  const asLetter = (): Label => ({ family: letterFamily, ordinal: letter, bullet: false, length, alone, depth: 1 });
  const asRoman = (): Label => ({ family: romanFamily, ordinal: roman, bullet: false, length, alone, depth: 1 });
  // A parenthesised label is unmistakable; "a." and "a)" are only labels in sequence.
  const strong = open === '(';
  if (letter > 0 && at(letterFamily)?.ordinal === letter - 1) return asLetter();
  if (roman > 0 && (at(romanFamily)?.ordinal === roman - 1 || roman === 1)) return asRoman();
  // Only i, v and x open a roman sequence on their own; a lone "c" or "d" is a letter.
  if (roman > 0 && (lower.length > 1 || ((strong || roman === 1) && 'ivx'.includes(lower)))) return asRoman();
  if (letter > 0 && (strong || letter === 1)) return asLetter();
  return undefined;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isRomanDigit(c: number): boolean {
  return ROMAN_DIGITS.includes(String.fromCharCode(c));
}
