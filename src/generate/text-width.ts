// How wide a text is when set, estimated from the advance widths of Liberation Sans (the font of
// the built-in templates, metric-compatible with Arial): enough to size table columns so that no
// word has to be broken across lines. Widths are in thousandths of an em.

/** Liberation Sans / Arial regular advance widths for U+0020–U+007E. */
const ASCII = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space … /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0 … ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ … O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P … _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` … o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p … ~
] as const;

/** Characters outside ASCII that tender text uses, by width. */
const OTHER: Record<string, number> = {
  '§': 556,
  '–': 556,
  '—': 1000,
  '”': 333,
  '“': 333,
  '’': 222,
  '‘': 222,
  '…': 1000,
  '°': 400,
  '×': 584,
  '½': 834,
  '€': 556,
  '·': 278,
  '•': 350,
  '\u00a0': 278,
  '☐': 1000,
  '☒': 1000,
};

/** Bold faces run wider; Liberation Sans Bold is at most about 10 % wider than regular. */
const BOLD = 1.1;

/** Width of an unknown character: wide enough never to underestimate a Latin letter. */
const UNKNOWN = 1000;

function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20]!;
  const known = OTHER[ch];
  if (known !== undefined) return known;
  // Accented Latin letters (å, ä, ö, é, Å, Ö …) are as wide as their base letter.
  const base = ch.normalize('NFD')[0]!;
  if (base !== ch && base.codePointAt(0)! <= 0x7e) return charWidth(base);
  return UNKNOWN;
}

/** The width of `text` in thousandths of an em. */
export function textWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return bold ? w * BOLD : w;
}

/** The words of a text as a line breaker sees them: broken at spaces and after hyphens and slashes. */
export function unbreakables(text: string): string[] {
  return text.split(/\s+|(?<=[-–/])/).filter((w) => w !== '');
}
