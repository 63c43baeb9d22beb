// Headings where the format lost them: from type in PDF, from numbering and shape in text.
//
// In PDF, a short block set apart in type larger than the body's or in another font (pdfjs
// names fonts but gives no weight, so "bold" is "not the body font"), alone on its row, and
// only in a type mostly used so: a bold that also sets form labels ending in ':' is emphasis.
// In both PDF and text, a line of its own numbered like a heading ("5.3 Villkor om jämställd
// bemanning", "1 Inledning") before more text, unless the next line is numbered alike (a list
// of short items, a table of contents). In text, unnumbered headings are found conservatively:
// a title-like line after a blank line, followed by a clearly longer block; dates, times,
// addresses and form blanks rule a line out, so a dateline or a signature never outranks real
// structure. Levels: numbering depth where there is numbering ("5.3" is 2), else the rank of
// the type size in PDF, else 1.
import type { Label } from './reflow-labels.js';
import type { FlowLine } from './reflow-types.js';

/** What heading detection needs of a block reflow has formed. */
export interface HeadingCandidate {
  first: number;
  last: number;
  label?: Label;
  kind: 'paragraph' | 'list-item';
  text: string;
}

/**
 * Dot leaders, form blanks, dates, times and web addresses: a title line with one is a table of
 * contents, a form, a dateline or a signature, not a heading.
 */
const MONTHS = [
  ...['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober'],
  ...['november', 'december', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october'],
];
const NOT_HEADING = new RegExp(
  String.raw`\.{4}|…{2}|_{3}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|@|https?:|www\.|` +
    String.raw`\b(?:${MONTHS.join('|')})\b`,
  'i',
);
/** A table-of-contents entry's page number at the end of the line. */
const PAGE_REFERENCE = /\s\d{1,3}$/;
/** Numbering that headings use: "1.", "2.1", "I.", "A."; "(a)" and "a)" number items. */
const HEADING_NUMBERS = /^(?:1\.|I\.|A\.|dec)/;
/** A heading numbered without a dot: "1 Inledning", "12 Avtalsvillkor". */
const BARE_NUMBERED = /^\d{1,2}\s+\p{Lu}/u;
/** The number that opens such a heading, with the space after it. */
const BARE_NUMBER_START = /^\d{1,2}\s+(?=\p{Lu})/u;

/** Heading levels of the blocks that are headings, by block index. */
export function findHeadings(
  lines: readonly FlowLine[],
  groups: readonly HeadingCandidate[],
  how: 'type' | 'shape' | 'none',
): Map<number, number> {
  const out = new Map<number, number>();
  if (how === 'none') return out;
  // Each block is asked twice (itself, and as the block after another): answer once.
  const titles = new Map<HeadingCandidate, boolean>();
  const title = (g: HeadingCandidate, max: number): boolean => {
    let t = titles.get(g);
    if (t === undefined) titles.set(g, (t = titleLike(g, 100)));
    return t && g.text.length <= max;
  };
  groups.forEach((_, k) => {
    const level = numberedHeading(lines, groups, k, title);
    if (level !== undefined) out.set(k, level);
  });
  if (how === 'type') {
    for (const [k, level] of typeHeadings(lines, groups)) if (!out.has(k)) out.set(k, level);
  } else {
    groups.forEach((_, k) => {
      if (!out.has(k) && shapeHeading(lines, groups, k, title)) out.set(k, 1);
    });
  }
  return out;
}

/** `titleLike`, remembered per block. */
type Title = (g: HeadingCandidate, maxLength: number) => boolean;

/** A one-line block that reads like a title: short, no final punctuation, a capital. */
function titleLike(g: HeadingCandidate, maxLength: number): boolean {
  if (g.kind !== 'paragraph' || g.first !== g.last) return false;
  const t = g.text;
  if (t.length < 4 || t.length > maxLength || /[.,;:!?]$/.test(t)) return false;
  // "1 Inledning": a number without a dot is no label, but the title starts after it.
  const body = g.label ? t.slice(g.label.length) : t.replace(BARE_NUMBER_START, '');
  return /^\p{Lu}/u.test(body) && !NOT_HEADING.test(body) && (g.label === undefined || !g.label.alone);
}

/**
 * "5.3 Villkor om jämställd bemanning", "2. Avropande myndighet", "1 Inledning" on a line of
 * their own before more text, unless the next block is numbered alike (a list of short items,
 * or a table of contents). The level is the numbering depth.
 */
function numberedHeading(
  lines: readonly FlowLine[],
  groups: readonly HeadingCandidate[],
  k: number,
  titleLike: Title,
): number | undefined {
  const g = groups[k]!;
  const next = groups[k + 1];
  const family = g.label?.family;
  // "Article 12", "Bilaga 3" alone on their line.
  if (next && g.label?.alone && family?.startsWith('kw:') && g.kind === 'paragraph' && g.first === g.last) return 1;
  if (!next || !titleLike(g, 100)) return undefined;
  const numbered = (family !== undefined && HEADING_NUMBERS.test(family)) || (!g.label && BARE_NUMBERED.test(g.text));
  if (!numbered) return undefined;
  if (next.label && next.label.family === family && next.first === next.last && titleLike(next, 100)) return undefined;
  // "1 Inledning" | "2 Krav" | "3 Avtal": a contents list numbered without dots, to its last entry.
  if (!g.label && (bareTitle(next, titleLike) || bareTitle(groups[k - 1], titleLike))) return undefined;
  // A table of contents: entries end with their page numbers.
  if (PAGE_REFERENCE.test(g.text) && PAGE_REFERENCE.test(next.text)) return undefined;
  if (lines[g.first]!.alone === false) return undefined;
  return Math.min(6, g.label?.depth ?? 1);
}

/** A title numbered without a dot ("2 Krav på leverantören"). */
function bareTitle(g: HeadingCandidate | undefined, titleLike: Title): boolean {
  return g !== undefined && !g.label && BARE_NUMBERED.test(g.text) && titleLike(g, 100);
}

/**
 * Plain text: a title-like line set apart by a blank line (or first) and followed by a block at
 * least half as long again and 60 characters long, a paragraph or a list. Datelines,
 * signatures and form labels fail one of these.
 */
function shapeHeading(
  lines: readonly FlowLine[],
  groups: readonly HeadingCandidate[],
  k: number,
  titleLike: Title,
): boolean {
  const g = groups[k]!;
  const next = groups[k + 1];
  if (!next || g.label || !titleLike(g, 80)) return false;
  if (k > 0 && !lines[g.first]!.gapBefore && lines[g.first]!.page === lines[g.first - 1]!.page) return false;
  if (g.text.split(' ').length > 12) return false;
  return next.text.length >= Math.max(60, g.text.length * 1.5) && !titleLike(next, 80);
}

/**
 * PDF: blocks of up to three lines set in a type other than the body's, no smaller, larger or in
 * another font, alone on their rows, without final punctuation; and only types that are mostly
 * used so (a bold font that also sets form labels ending in ':' is emphasis). Levels follow size.
 */
function typeHeadings(lines: readonly FlowLine[], groups: readonly HeadingCandidate[]): Map<number, number> {
  const chars = new Map<string, number>();
  for (const l of lines) if (l.font !== undefined) chars.set(typeKey(l), (chars.get(typeKey(l)) ?? 0) + l.text.length);
  let body = '';
  let most = -1;
  for (const [key, n] of chars) if (n > most) [body, most] = [key, n];
  const out = new Map<number, number>();
  if (body === '') return out;
  const bodyLine = lines.find((l) => typeKey(l) === body)!;
  const bodySize = bodyLine.size ?? 0;
  const typeOf = (g: HeadingCandidate): string | undefined => {
    const key = typeKey(lines[g.first]!);
    for (let i = g.first + 1; i <= g.last; i++) if (typeKey(lines[i]!) !== key) return undefined;
    return key;
  };
  const seen = new Map<string, { blocks: number; headings: number; size: number }>();
  const candidates: { k: number; key: string }[] = [];
  groups.forEach((g, k) => {
    const key = typeOf(g);
    if (key === undefined || key === body) return;
    const first = lines[g.first]!;
    const size = first.size ?? 0;
    const s = seen.get(key) ?? { blocks: 0, headings: 0, size };
    s.blocks++;
    seen.set(key, s);
    if (size < bodySize * 0.95 || !(size >= bodySize * 1.12 || first.font !== bodyLine.font)) return;
    // A heading the layout indents under a list reads as more of its last item, and a numbered
    // heading after a list as its next item: the type tells them apart, bullets aside.
    if (g.label?.bullet || g.last - g.first > 2 || g.text.length > 150 || /[.:;,]$/.test(g.text)) return;
    // Lower case opens a heading only in clearly larger type ("allmän orientering" set in
    // small capitals); in a bold the size of the body it is the second line of a table cell.
    if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(g.text) && !(/^\p{Ll}/u.test(g.text) && size >= bodySize * 1.12)) return;
    // A table of contents set in bold: entries end with their page numbers.
    const next = groups[k + 1];
    if (PAGE_REFERENCE.test(g.text) && next !== undefined && PAGE_REFERENCE.test(next.text)) return;
    for (let i = g.first; i <= g.last; i++) if (lines[i]!.alone === false) return;
    s.headings++;
    candidates.push({ k, key });
  });
  // Types mostly used for heading-like blocks; their sizes, largest first, rank the levels.
  const heading = (s: { blocks: number; headings: number }): boolean => s.headings > 0 && s.headings * 2 >= s.blocks;
  const sizes = [...new Set([...seen.values()].filter(heading).map((s) => s.size))].sort((a, b) => b - a);
  for (const { k, key } of candidates) {
    const s = seen.get(key)!;
    if (!heading(s)) continue;
    const g = groups[k]!;
    const depth = g.label && HEADING_NUMBERS.test(g.label.family) ? g.label.depth : undefined;
    out.set(k, Math.min(6, depth ?? sizes.indexOf(s.size) + 1));
  }
  return out;
}

function typeKey(l: FlowLine): string {
  return `${l.font ?? ''}@${l.size ?? 0}`;
}
