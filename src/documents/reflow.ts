// Reflow: rebuilds paragraphs and list items from the lines of hard-wrapped text (PDF, and text
// or Markdown converted from PDF); headings, labels, hyphenation and page furniture have
// modules of their own (reflow-headings, reflow-labels, reflow-lines, hyphenation, furniture);
// the shapes it works with are in reflow-types.
//
// Readers hand over lines with their geometry (indent and end, in characters or points) and the
// breaks they already know (a blank line, a vertical gap, a page); reflow decides the rest:
//
// - A line continues the block above unless it starts a new one: after a break the reader
//   reports; at a clause or list label ("(a)", "(viii)", "1.", "2.1", "§ 4", "Article 12", "•")
//   when the line above ended the thought (".", ":", ";", "; and"), ended short of the right
//   margin, sits at another indent, or the label continues an open sequence ("(b)" after
//   "(a)"); and, in hard-wrapped text, after a line that ended short of the margin when the
//   next line starts like a new paragraph (a capital, a digit). "Short" means that the next
//   line's first word would have fitted: the writer broke the line, not the wrapping. A label
//   inside a sentence ("paragraph\n(8) of these specifications") splits nothing.
// - A label alone on its line (pdftotext prints "(13)" or "•" above its text) takes the next
//   line; a clause keyword alone ("Article 12", "Bilaga 3") is a heading.
// - A block broken by a page break runs on across it when the line before the break does not
//   end a sentence and the next page goes on in lower case.
// - Labels stay in the text: the judgement engine reads "(viii)", "6.1" and "§ 4" from its
//   start. Bullets go, as in every other reader: they carry nothing.
// - Kinds. Bullets make list items. A numbered or lettered label makes a list item when it
//   opens a sequence right after a lead-in ending with ':', inside another list item or
//   indented under the block above, or continues such a sequence; otherwise a paragraph:
//   "11. Equal Employment Opportunity. The Consultant …" is a clause of a contract, a numbered
//   paragraph rather than an item of a list, and the engine must not read the words before it
//   as its lead-in. Decimals, § and keywords (2.1, § 4, Article 12) always number clauses.
//   Sequences nest by indent and by family ("(i)" inside "(a)" inside "1."), which gives the
//   list level. An en or em dash opening a paragraph with no lead-in and no dash item beside it
//   is a dash (a line of dialogue, a subtitle), not a bullet, and stays in the text.
//
// Everything here is linear in the text: one pass over the lines, a bounded window for the
// margin, anchored patterns on line starts and ends.
import { hyphenatedCompounds } from './hyphenation.js';
import { findHeadings, type HeadingCandidate } from './reflow-headings.js';
import { readLabel, type Label } from './reflow-labels.js';
import {
  continuesOnNextPage,
  endsInAbbreviation,
  endsDangling,
  endsThought,
  firstWordLength,
  joinRange,
  rightMargin,
} from './reflow-lines.js';
import type { FlowBlock, FlowLine, ListState, OpenList, ReflowOptions } from './reflow-types.js';

export type { FlowBlock, FlowLine, ListState, OpenList, ReflowOptions } from './reflow-types.js';

/** A line that may open a paragraph of its own after a short line. */
const NEW_START = /^[\p{Lu}\p{Lt}\p{N}"'“”‘’«»([§]/u;
/**
 * Bullets unmistakable at a line's start. An en or em dash there may be a spaced dash that the
 * wrapping moved down ("kvinnor\n– och män"), so those only start items where labels do.
 */
const HARD_BULLETS = new Set([
  // dots, squares, triangles and middle dots
  ...['•', '●', '○', '◦', '▪', '▫', '■', '□', '‣', '⁃', '∙', '·'],
  // the ASCII bullets of plain text and Markdown
  ...['-', '*'],
]);
const SOFT_BULLETS = new Set(['–', '—']);
/**
 * A line ends at most this share of the margin (with the next word) to count as short: room
 * for proportional type, where characters are no measure of width. After a full stop, colon or
 * semicolon a break is likelier meant, so less room is left (measured on pdftotext output of
 * the tenders corpus against the documents' own paragraphs).
 */
const SHORT = 0.9;
const SHORT_AFTER_STOP = 0.95;
/** Label families that number clauses (2.1, § 4, Article 12), which are paragraphs, not list items. */
const CLAUSE_FAMILY = /^(?:dec|§|kw:)/;

/** A block being formed: its lines, its label, what it makes. */
interface Group extends HeadingCandidate {
  listLevel?: number;
  /** A dash that opened a list of its own, with no lead-in: an item only if another follows. */
  lone?: boolean;
}

/** Reflows `lines` into blocks; returns them with the sequences left open for a following call. */
export function reflow(lines: readonly FlowLine[], options: ReflowOptions): { blocks: FlowBlock[]; lists: ListState } {
  const margins = new Float64Array(lines.length).fill(-1);
  // Built the first time a hyphen at a line's end needs it.
  let hyphenated: Set<string> | undefined;
  const known = (): ReadonlySet<string> => (hyphenated ??= hyphenatedCompounds(lines.map((l) => l.text)));
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
    return (
      prev.end + perChar * (1 + firstWordLength(next.text)) <=
      margin * (endsThought(prev.text) ? SHORT_AFTER_STOP : SHORT)
    );
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
      if (endsThought(prev.text) || prev.hardBreak || endsShort(i - 1, line)) return true;
      // "… enligt 17 kap." | "1 § LOU och …": the number goes on with the citation, however indented.
      if (endsInAbbreviation(prev.text)) return false;
      const tol = tolerance(line);
      // Deeper than the line above (a nested item), or back at the label column of a hanging indent.
      if (line.indent > prev.indent + tol) return true;
      if (i - 1 > g.first && Math.abs(line.indent - prev.indent) > tol) return true;
      return continues(label, line);
    }
    if (!NEW_START.test(line.text)) return false;
    if (prev.hardBreak === true) return true;
    return options.shortLines === true && !endsDangling(prev.text) && endsShort(i - 1, line);
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
