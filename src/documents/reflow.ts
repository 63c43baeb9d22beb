// Reflow: rebuilds paragraphs, list items and headings from the lines of hard-wrapped text (PDF,
// and text or Markdown converted from PDF), and rejoins words hyphenated at line ends.
//
// Readers hand over lines with their geometry (indent and end, in characters or points) and the
// breaks they already know (a blank line, a vertical gap, a page); reflow decides the rest:
//
// - A line continues the block above unless it starts a new one: after a break the reader
//   reports; at a clause or list label ("(a)", "(viii)", "1.", "2.1", "§ 4", "Article 12", "•")
//   when the line above ended the thought (".", ":", ";", "; and"), ended short of the right
//   margin, sits at another indent, or the label continues an open sequence ("(b)" after
//   "(a)"); and, in hard-wrapped text, after a line that ended well short of the margin when
//   the next line starts like a new paragraph (a capital, a digit). "Short" means that the next
//   line's first word would have fitted: the writer broke the line, not the wrapping. A label
//   inside a sentence ("paragraph\n(8) of these specifications") splits nothing.
// - A label alone on its line (pdftotext prints "(13)" or "•" above its text) takes the next
//   line; a clause keyword alone ("Article 12", "Bilaga 3") is a heading.
// - A block broken by a page break continues on the next page when the line before the break
//   does not end a sentence and the next page goes on in lower case.
// - Labels stay in the text: the judgement engine reads "(viii)", "6.1" and "§ 4" from its start.
//   Bullets go, as in every other reader: they carry nothing.
// - Kinds: bullets make list items. A numbered or lettered label makes a list item when it
//   opens a sequence right after a lead-in ending with ':' or inside another list item, or
//   continues such a sequence; otherwise a paragraph: "11. Equal Employment Opportunity. The
//   Consultant …" and "§ 4 …" are clauses of a contract, numbered paragraphs rather than items
//   of a list, and the engine must not take the words before them as a lead-in. Sequences nest
//   by indent and by family ("(i)" inside "(a)" inside "1."), which gives the list level.
// - Headings: in PDF, a short line set apart in type larger than the body or in another font
//   (bold, as pdfjs gives no weight) that is mostly used that way; in text, conservatively, a
//   short line without final punctuation numbered like a heading ("5.3 Villkor"), or set apart
//   by a blank line and followed by a clearly longer block. Numbering depth gives the level
//   ("5.3" is 2), else the type size's rank.
// - Hyphenation: "jäm-" + "ställdhet" is rejoined (lower case on both sides); "IT-" + "system",
//   "jämställdhets-" + "och" and compounds the text spells with a hyphen elsewhere keep theirs.
//
// Everything here is linear in the text: one pass over the lines, a bounded window for the
// margin, anchored patterns on line starts and ends.
import { readLabel, type Label, type OpenFamily } from './reflow-labels.js';

/** One line as a reader sees it, before reflow. */
export interface FlowLine {
  /** The text, trimmed; never empty. */
  text: string;
  /** Where the text starts: a column (text) or x in points (PDF). */
  indent: number;
  /** Where the text ends, in the same unit. */
  end: number;
  /** 1-based page: from form feeds in text, the page in PDF. */
  page: number;
  /** A break the reader knows of before this line: a blank line, a vertical gap, a change of type. */
  gapBefore: boolean;
  /** The line was ended on purpose (a Markdown hard break). */
  hardBreak?: boolean;
  /** Type (PDF): a font identity and size; undefined in text. */
  font?: string;
  size?: number;
  /** Nothing else on the line's row (PDF); a table's cells share rows and are never headings. */
  alone?: boolean;
}

export interface FlowBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
  level?: number;
  listLevel?: number;
  /** Indices of the block's first and last line. */
  first: number;
  last: number;
  /** Characters at the start of the first line's text left out of `text` (a bullet). */
  skip: number;
}

/** One open sequence of labels: its family, last number, indent, and what its labels make. */
interface OpenList extends OpenFamily {
  indent: number;
  list: boolean;
  bullet: boolean;
}

/** Sequences open after a run of lines, and whether the last block was a lead-in (ends with ':'). */
export interface ListState {
  readonly open: readonly Readonly<OpenList>[];
  readonly leadIn: boolean;
}

export interface ReflowOptions {
  /** Split where a line ends short of the margin (hard-wrapped text and PDF; not Markdown). */
  shortLines: boolean;
  /** How headings are found: from type (PDF), from the shape of lines (text), or not (Markdown). */
  headings: 'type' | 'shape' | 'none';
  /** Sequences open before these lines (Markdown reflows one paragraph at a time). */
  lists?: ListState;
}

/** A line ends a thought: sentence or clause punctuation, or "; and" / ", eller" before the next item. */
const TERMINAL = /(?:[.!?:;]|[,;]\s?(?:and|or|och|eller|samt))["'”’»)\]]{0,3}$/u;
/** A line that may open a paragraph of its own after a short line. */
const NEW_START = /^[\p{Lu}\p{Lt}\p{N}"'“”‘’«»([§]/u;
/**
 * Bullets unmistakable at a line's start. An en or em dash there may be a spaced dash that the
 * wrapping moved down ("kvinnor\n– och män"), so those only start items where labels do.
 */
const HARD_BULLETS = new Set(['•', '●', '○', '◦', '▪', '▫', '■', '□', '‣', '⁃', '∙', '·', '-', '*']);
const SOFT_BULLETS = new Set(['–', '—']);
/**
 * A line ends at most this share of the margin (with the next word) to count as short: room
 * for proportional type, where characters are no measure of width. After a full stop, colon or
 * semicolon a break is likelier meant, so less room is left (measured on pdftotext output of
 * the tenders corpus against the documents' own paragraphs).
 */
const SHORT = 0.9;
const SHORT_AFTER_STOP = 0.95;
/** Lines either side whose ends estimate the right margin (wide enough to see past a list of short items). */
const WINDOW = 30;
const MIN_FOR_SECOND = 5;
/** Label families that number clauses (2.1, § 4, Article 12), which are paragraphs, not list items. */
const CLAUSE_FAMILY = /^(?:dec|§|kw:)/;
/** Words that follow a suspended hyphen: "jämställdhets- och", "hälso- eller", "pre- and". */
const SUSPENDED = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'liksom', 'and', 'or', 'nor']);
/**
 * Dot leaders, form blanks, dates, times and web addresses: a title line with one is a table of
 * contents, a form, a dateline or a signature, not a heading.
 */
const NOT_HEADING =
  /\.{4}|…{2}|_{3}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|@|https?:|www\.|\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\b/i;
/** A table-of-contents entry's page number at the end of the line. */
const PAGE_REFERENCE = /\s\d{1,3}$/;
/** A heading numbered without a dot: "1 Inledning", "12 Avtalsvillkor". */
const BARE_NUMBERED = /^\d{1,2}\s+\p{Lu}/u;

interface Group {
  first: number;
  last: number;
  label?: Label;
  kind: 'paragraph' | 'list-item';
  listLevel?: number;
  text: string;
  /** A dash that opened a list of its own, with no lead-in: an item only if another follows. */
  lone?: boolean;
}

/** Reflows `lines` into blocks; returns them with the sequences left open for a following call. */
export function reflow(lines: readonly FlowLine[], options: ReflowOptions): { blocks: FlowBlock[]; lists: ListState } {
  const margins = new Float64Array(lines.length).fill(-1);
  // Built the first time a hyphen at a line's end needs it.
  let hyphenated: Set<string> | undefined;
  const known = (): ReadonlySet<string> => (hyphenated ??= hyphenatedWords(lines));
  const open: OpenList[] = (options.lists?.open ?? []).map((e) => ({ ...e }));
  let leadIn = options.lists?.leadIn ?? false;
  const groups: Group[] = [];
  let cur: Group | undefined;

  const tolerance = (l: FlowLine): number => (l.size ?? 1) * 0.5;
  let previousIndent = Infinity;
  const close = (): void => {
    if (!cur) return;
    previousIndent = lines[cur.first]!.indent;
    cur.text = joinRange(lines, cur.first, cur.last, cur.label?.bullet ? cur.label.length : 0, known);
    leadIn = cur.text.endsWith(':');
    groups.push(cur);
    cur = undefined;
  };
  const start = (i: number, label: Label | undefined): Group => {
    const line = lines[i]!;
    const tol = tolerance(line);
    if (!label) {
      const top = open[open.length - 1];
      // Text indented under a list item after a break is more of that item.
      if (top?.list && line.gapBefore && line.indent > top.indent + tol) {
        return { first: i, last: i, kind: 'list-item', listLevel: listDepth(open), text: '' };
      }
      open.length = 0;
      return { first: i, last: i, kind: 'paragraph', text: '' };
    }
    while (open.length > 0 && open[open.length - 1]!.indent > line.indent + tol) open.pop();
    const k = innermost(open, label, line.indent, tol);
    let list: boolean;
    if (k >= 0) {
      open.length = k + 1;
      open[k]!.ordinal = label.ordinal;
      list = open[k]!.list;
    } else {
      const top = open[open.length - 1];
      // Another bullet at the same indent is the same list, whatever its glyph.
      if (label.bullet && top?.bullet && Math.abs(top.indent - line.indent) <= tol) open.pop();
      // Decimals, § and keywords number clauses, never items; other labels make items after a
      // lead-in, inside an item, or indented under the block above.
      const within = leadIn || (open[open.length - 1]?.list ?? false) || line.indent > previousIndent + tol;
      list = label.bullet || (within && !CLAUSE_FAMILY.test(label.family));
      open.push({ family: label.family, ordinal: label.ordinal, indent: line.indent, list, bullet: label.bullet });
      if (SOFT_BULLETS.has(label.family) && !leadIn) {
        return { first: i, last: i, label, kind: 'list-item', listLevel: listDepth(open), text: '', lone: true };
      }
    }
    return list
      ? { first: i, last: i, label, kind: 'list-item', listLevel: listDepth(open), text: '' }
      : { first: i, last: i, label, kind: 'paragraph', text: '' };
  };
  /** Whether a label continues a sequence that is open (the current block's own label included). */
  const continues = (label: Label, line: FlowLine): boolean => {
    const tol = tolerance(line);
    const e = open[innermost(open, label, line.indent, tol)];
    if (!e) return false;
    if (label.bullet) return true;
    return label.ordinal === e.ordinal + 1 || (label.family.startsWith('dec') && label.ordinal === 1);
  };
  /** Whether the line before ended well short of the margin: the next line's first word would have fitted. */
  const endsShort = (p: number, next: FlowLine): boolean => {
    const prev = lines[p]!;
    if (margins[p]! < 0) margins[p] = rightMargin(lines, p);
    const margin = margins[p]!;
    const perChar = (prev.end - prev.indent) / Math.max(1, prev.text.length);
    return prev.end + perChar * (1 + firstWordLength(next.text)) <= margin * (TERMINAL.test(prev.text) ? SHORT_AFTER_STOP : SHORT);
  };
  const splits = (i: number, label: Label | undefined): boolean => {
    const line = lines[i]!;
    const prev = lines[i - 1]!;
    const g = cur!;
    // A label alone on its line takes the next line as its text.
    if (g.first === g.last && g.label?.alone && !label && !g.label.family.startsWith('kw:')) return false;
    if (line.page !== prev.page) return !continuesOnNextPage(prev, line, label);
    if (line.gapBefore) return true;
    if (label) {
      if (label.bullet && HARD_BULLETS.has(label.family)) return true;
      if (TERMINAL.test(prev.text) || prev.hardBreak || endsShort(i - 1, line)) return true;
      const tol = tolerance(line);
      // Deeper than the line above (a nested item), or back at the label column of a hanging indent.
      if (line.indent > prev.indent + tol) return true;
      if (i - 1 > g.first && Math.abs(line.indent - prev.indent) > tol) return true;
      return continues(label, line);
    }
    if (!NEW_START.test(line.text)) return false;
    return prev.hardBreak === true || (options.shortLines && endsShort(i - 1, line));
  };

  for (let i = 0; i < lines.length; i++) {
    const label = readLabel(lines[i]!.text, open);
    if (cur && !splits(i, label)) {
      cur.last = i;
      continue;
    }
    close();
    cur = start(i, label);
  }
  close();
  // A dash opening a paragraph with no dash item next to it is a dash: a line of dialogue
  // ("– Vi kommer att kräva …"), a subtitle ("– en handledning"). It stays in the text.
  groups.forEach((g, k) => {
    if (!g.lone || groups[k + 1]?.label?.family === g.label!.family) return;
    g.kind = 'paragraph';
    delete g.listLevel;
    delete g.label;
    g.text = joinRange(lines, g.first, g.last, 0, known);
  });

  const headingAt = findHeadings(lines, groups, options.headings);
  const blocks = groups.map((g, k): FlowBlock => {
    // A bullet alone on its line: the block's text, and so its place, starts on the next line.
    const below = g.label?.bullet === true && g.label.alone && g.last > g.first;
    const first = below ? g.first + 1 : g.first;
    const skip = g.label?.bullet && !below ? g.label.length : 0;
    const level = headingAt.get(k);
    if (level !== undefined) return { kind: 'heading', text: g.text, level, first, last: g.last, skip };
    const block: FlowBlock = { kind: g.kind, text: g.text, first, last: g.last, skip };
    if (g.listLevel !== undefined) block.listLevel = g.listLevel;
    return block;
  });
  return { blocks, lists: { open, leadIn } };
}

/** The innermost open sequence of the label's family at its indent, or -1. */
function innermost(open: readonly OpenList[], label: Label, indent: number, tol: number): number {
  for (let k = open.length - 1; k >= 0; k--) {
    if (open[k]!.family === label.family && Math.abs(open[k]!.indent - indent) <= tol) return k;
  }
  return -1;
}

function listDepth(open: readonly OpenList[]): number {
  let n = 0;
  for (const e of open) if (e.list) n++;
  return Math.max(1, n);
}

/** A page break inside a block: the sentence runs on, in lower case, in the same type. */
function continuesOnNextPage(prev: FlowLine, line: FlowLine, label: Label | undefined): boolean {
  if (label || TERMINAL.test(prev.text)) return false;
  if (prev.size !== undefined && line.size !== undefined && Math.abs(prev.size - line.size) > prev.size * 0.08) return false;
  return /^\p{Ll}/u.test(line.text) || /\p{Ll}[-\u2010\u00AD]$/u.test(prev.text.slice(-2));
}

/**
 * The right margin around a line: the second-largest end among the lines near it on the same
 * page that overlap it horizontally (so a column's lines are measured against their column,
 * and one overlong line, a URL, does not make all its neighbours look short). Asked only where
 * a line might end short, so most lines never pay for it.
 */
function rightMargin(lines: readonly FlowLine[], i: number): number {
  const l = lines[i]!;
  let first = 0;
  let second = 0;
  let seen = 0;
  const last = Math.min(lines.length - 1, i + WINDOW);
  for (let j = Math.max(0, i - WINDOW); j <= last; j++) {
    const o = lines[j]!;
    if (o.page !== l.page || o.indent >= l.end || o.end <= l.indent) continue;
    seen++;
    if (o.end > first) {
      second = first;
      first = o.end;
    } else if (o.end > second) second = o.end;
  }
  // A handful of lines has no outlier to guard against, and its second line may be the short one.
  return seen < MIN_FOR_SECOND ? first : second;
}

function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
}

/** The text of lines first…last joined, hyphenation undone, the first `skip` characters left out. */
function joinRange(lines: readonly FlowLine[], first: number, last: number, skip: number, known: () => ReadonlySet<string>): string {
  const parts: string[] = [lines[first]!.text.slice(skip).trimStart()];
  for (let i = first + 1; i <= last; i++) {
    const b = lines[i]!.text;
    const k = parts.length - 1;
    const a = parts[k]!;
    if (a === '') {
      parts[k] = b;
      continue;
    }
    const j = joint(a, b, known);
    if (j.cut) parts[k] = a.slice(0, -1);
    if (j.space) parts.push(' ');
    parts.push(b);
  }
  return parts.join('');
}

/** Joins two lines, rejoining a word hyphenated across them (`jäm-` + `ställdhet`). */
export function joinLines(a: string, b: string, known: ReadonlySet<string> = NONE): string {
  const j = joint(a, b, () => known);
  return (j.cut ? a.slice(0, -1) : a) + (j.space ? ' ' : '') + b;
}

const NONE: ReadonlySet<string> = new Set();

/** How two lines meet: drop a final hyphen (`cut`), and put a space between them or not. */
function joint(a: string, b: string, known: () => ReadonlySet<string>): { cut: boolean; space: boolean } {
  const tail = a.slice(-2);
  const last = tail.charAt(tail.length - 1);
  if (last === '\u00AD') return { cut: true, space: false };
  if (last !== '-' && last !== '\u2010') return { cut: false, space: true };
  // Only a lower-case letter before the hyphen and after the break: `IT-` + `system` keeps its hyphen.
  if (/^\p{Ll}$/u.test(tail.charAt(0)) && /^\p{Ll}/u.test(b)) {
    const next = leadingWord(b);
    // A suspended compound: "jämställdhets- och mångfaldsarbete".
    if (SUSPENDED.has(next)) return { cut: false, space: true };
    // A compound the text spells with a hyphen elsewhere ("well-known") keeps it here too.
    if (known().has(`${trailingWord(a.slice(0, -1))}-${next}`.toLowerCase())) return { cut: false, space: false };
    return { cut: true, space: false };
  }
  // Any other hyphen glued to a word is a real one (`IT-system`, `10-`): keep it, add no space.
  if (/\S/.test(tail.charAt(0))) return { cut: false, space: false };
  return { cut: false, space: true };
}

/** The letters at the start of `s`, up to 40. */
function leadingWord(s: string): string {
  const m = /^\p{L}{1,40}/u.exec(s);
  return m ? m[0] : '';
}

/** The letters at the end of `s`, up to 40. */
function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0 && s.length - i < 40 && /\p{L}/u.test(s.charAt(i - 1))) i--;
  return s.slice(i);
}

/** Compounds written with a hyphen inside a line ("well-known", "e-post"), lower-cased. */
function hyphenatedWords(lines: readonly FlowLine[]): Set<string> {
  const out = new Set<string>();
  const re = /(?<!\p{L})\p{Ll}{1,40}-\p{Ll}{1,40}(?!\p{L})/gu;
  for (const l of lines) {
    if (l.text.indexOf('-') < 0) continue;
    for (const m of l.text.matchAll(re)) out.add(m[0].toLowerCase());
  }
  return out;
}

/** Heading levels by group index. */
function findHeadings(lines: readonly FlowLine[], groups: readonly Group[], how: ReflowOptions['headings']): Map<number, number> {
  const out = new Map<number, number>();
  if (how === 'none') return out;
  groups.forEach((_, k) => {
    const level = numberedHeading(lines, groups, k);
    if (level !== undefined) out.set(k, level);
  });
  if (how === 'type') {
    for (const [k, level] of typeHeadings(lines, groups)) if (!out.has(k)) out.set(k, level);
  } else {
    groups.forEach((_, k) => {
      if (!out.has(k) && shapeHeading(lines, groups, k)) out.set(k, 1);
    });
  }
  return out;
}

/** A one-line block that reads like a title: short, no final punctuation, a capital. */
function titleLike(g: Group, maxLength: number): boolean {
  if (g.kind !== 'paragraph' || g.first !== g.last) return false;
  const t = g.text;
  if (t.length < 2 || t.length > maxLength || /[.,;:!?]$/.test(t)) return false;
  const body = g.label ? t.slice(g.label.length) : t;
  return /^\p{Lu}/u.test(body) && !NOT_HEADING.test(body) && (g.label === undefined || !g.label.alone);
}

/**
 * "5.3 Villkor om jämställd bemanning", "2. Avropande myndighet", "1 Inledning" on a line of
 * their own before more text, unless the next block is numbered alike (a list of short items,
 * or a table of contents). The level is the numbering depth.
 */
function numberedHeading(lines: readonly FlowLine[], groups: readonly Group[], k: number): number | undefined {
  const g = groups[k]!;
  const next = groups[k + 1];
  const family = g.label?.family;
  // "Article 12", "Bilaga 3" alone on their line.
  if (next && g.label?.alone && family?.startsWith('kw:') && g.kind === 'paragraph' && g.first === g.last) return 1;
  if (!next || !titleLike(g, 100)) return undefined;
  const numbered = family === '1.' || family?.startsWith('dec') || (!g.label && BARE_NUMBERED.test(g.text));
  if (!numbered) return undefined;
  if (next.label && next.label.family === family && next.first === next.last && titleLike(next, 100)) return undefined;
  // A table of contents: entries end with their page numbers.
  if (PAGE_REFERENCE.test(g.text) && PAGE_REFERENCE.test(next.text)) return undefined;
  if (lines[g.first]!.alone === false) return undefined;
  return Math.min(6, g.label?.depth ?? 1);
}

/**
 * Plain text: a title-like line set apart by a blank line (or first) and followed by a block at
 * least half as long again and 60 characters long, a paragraph or a list. Datelines,
 * signatures and form labels fail one of these.
 */
function shapeHeading(lines: readonly FlowLine[], groups: readonly Group[], k: number): boolean {
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
function typeHeadings(lines: readonly FlowLine[], groups: readonly Group[]): Map<number, number> {
  const chars = new Map<string, number>();
  for (const l of lines) if (l.font !== undefined) chars.set(typeKey(l), (chars.get(typeKey(l)) ?? 0) + l.text.length);
  let body = '';
  let most = -1;
  for (const [key, n] of chars) if (n > most) [body, most] = [key, n];
  const out = new Map<number, number>();
  if (body === '') return out;
  const bodyLine = lines.find((l) => typeKey(l) === body)!;
  const bodySize = bodyLine.size ?? 0;
  const typeOf = (g: Group): string | undefined => {
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
    if (g.kind !== 'paragraph' || g.last - g.first > 2 || g.text.length > 150 || /[.:;,]$/.test(g.text)) return;
    if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(g.text)) return;
    for (let i = g.first; i <= g.last; i++) if (lines[i]!.alone === false) return;
    s.headings++;
    candidates.push({ k, key });
  });
  const sizes = [...new Set([...seen.entries()].filter(([, s]) => s.headings > 0).map(([, s]) => s.size))].sort((a, b) => b - a);
  for (const { k, key } of candidates) {
    const s = seen.get(key)!;
    if (s.headings * 2 < s.blocks) continue;
    const g = groups[k]!;
    const depth = g.label && (g.label.family === '1.' || g.label.family.startsWith('dec')) ? g.label.depth : undefined;
    out.set(k, Math.min(6, depth ?? sizes.indexOf(s.size) + 1));
  }
  return out;
}

function typeKey(l: FlowLine): string {
  return `${l.font ?? ''}@${l.size ?? 0}`;
}
