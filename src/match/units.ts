// Lays a document's blocks out as sentences (segments) and the units rules match in.

import type { Block } from '../types.js';
import { cleanTextPlain } from './normalise.js';
import { sentenceBoundsInto } from './sentences.js';

/** A half-open range of segment indexes. */
export type Range = readonly [from: number, to: number];

/** One sentence of one block: multi-word terms never cross a segment. */
export interface SegmentLayout {
  block: number;
  text: string;
  /** The block's clean text, and where `text` stands in it: a block is folded and scanned once. */
  clean: string;
  /** Whether `clean` holds nothing to fold but case (see `cleanTextPlain`): its folded form is its lower case. */
  plain: boolean;
  from: number;
  to: number;
  /** Whether its block is a list item (or a paragraph that reads as one) or a table cell. */
  item: boolean;
  /** Half-open range of token positions, filled in by `prepare` (which hands these objects on as its segments). */
  start: number;
  end: number;
}

/**
 * What all concepts of a rule must match in: a sentence, a list item with its lead-ins, or a
 * table row with its header row and the paragraph introducing the table. Every unit has every
 * field (one shape keeps the code that reads units optimised, see `Role`).
 */
export interface UnitLayout {
  own: Range;
  /** Segments that govern the unit: their words count for matching and for the obligation. */
  leads: readonly Range[];
  /** The unit's own text as in the document (cells joined with ` | `), for messages. */
  text: string;
  /** Headings name a topic but oblige no one, so they are never requirement contexts. */
  heading: boolean;
  /**
   * The unit finishes its lead-in's sentence ("Vi intygar att" | "de anställda kan kombinera …"):
   * what the unit says is the content of the lead-in's duty, not a sentence of its own.
   */
  continues: boolean;
  /** A labelled sentence of a list run into one paragraph ("… must cover: (a) …; (b) …"). */
  inline: boolean;
}

export interface Layout {
  segments: SegmentLayout[];
  units: UnitLayout[];
}

/** Bullets that PDF and plain-text readers leave at the start of list items typed as paragraphs. */
const BULLETS = new Set(['•', '·', '▪', '◦', '○', '●', '■', '□', '-', '–', '—', '*']);

/** A list label as a paragraph's first word: "a)", "1)", "12)", "1.", "a.", "(a)", "(iv)", "(a.)". */
const LIST_LABEL = /^(?:(?:\d{1,2}|[a-z])[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,5})\.?\))$/;

/** Whether a paragraph is really a list item: "• text", "- text", "a) text", "1) text". */
export function looksLikeListItem(text: string): boolean {
  const space = text.indexOf(' ');
  if (space <= 0) return false;
  const marker = text.slice(0, space);
  if (BULLETS.has(marker)) return true;
  return LIST_LABEL.test(marker);
}

/**
 * How a paragraph leads into what follows it: it ends with ':' ("Leverantören ska:"), or stops on
 * a word that leaves its sentence unfinished ("Vi intygar att", "The Contractor shall ensure
 * that"), which the list or table after it finishes; or it does not.
 */
function leadsInto(text: string, endings: ReadonlySet<string>): 'colon' | 'unfinished' | null {
  // "Leverantören ska beskriva, och under uppdraget tillämpa," | a list: a comma ends no sentence.
  if (text.endsWith(':') || text.endsWith(',')) return 'colon';
  // The last word, read backwards from the end (a regular expression anchored at the end would
  // try every position of the paragraph first).
  let start = text.length;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (
    start < text.length &&
    (start === 0 || SPACE.test(text[start - 1]!)) &&
    endings.has(text.slice(start).toLowerCase())
  )
    return 'unfinished';
  // No mark at all at its end ("… ska ställa krav på att leverantörerna"): the sentence runs on
  // into what follows, as after ':'.
  return OPEN_END.test(text) ? 'colon' : null;
}

/**
 * Whether a paragraph points ahead to what follows it ("Bidders must propose targets against each
 * of the following metrics. The metrics will form …"): one of its words is a pointer.
 */
function pointsAhead(text: string, pointers: ReadonlySet<string>): boolean {
  if (pointers.size === 0) return false;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && LETTER.test(text[i]!);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (pointers.has(text.slice(start, i).toLowerCase())) return true;
      start = -1;
    }
  }
  return false;
}

const LETTER = /[\p{L}-]/u;
/** A numbered clause or section sign at a paragraph's start ("4.3 Leverantören …", "§ 5 …"). */
const CLAUSE_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s|§\s?\d)/;
/** Text that opens in lower case. */
export const LOWER_START = /^\p{Ll}/u;
/** A paragraph that ends on a word, with no mark after it. */
export const OPEN_END = /[\p{L}\p{N}]$/u;
const SPACE = /\s/;

const NO_POINTERS: ReadonlySet<string> = new Set();

/** The lead-ins of a unit that has none: one shared (read-only) array. */
const NO_LEADS: readonly Range[] = [];

/** The lead-ins that are there, in this order, as an array of just their size. */
function leadsOf(first: Range | null, second: Range | null): readonly Range[] {
  if (first) return second ? [first, second] : [first];
  return second ? [second] : NO_LEADS;
}

interface OpenItem {
  level: number;
  range: Range;
  leads: 'colon' | 'unfinished' | null;
  /** For a paragraph typed as an item, the shape of its label ("(a)", "1.", "•"); else null. */
  style: string | null;
  /** For a list item, the level of the paragraph item its list is nested in (0: none). */
  base: number;
}

/**
 * The level of a list item: its own, under the paragraph typed as an item that leads into its
 * list ("(b) The Contractor shall, at a minimum:" | a numbered list), if any.
 */
function listItemLevel(items: readonly OpenItem[], own: number): { level: number; base: number } {
  const top = items[items.length - 1];
  const base = !top ? 0 : top.style === null ? top.base : top.leads ? top.level : 0;
  return { level: base + own, base };
}

/**
 * The shape of a paragraph item's label: its letters as `a` and digits as `1` ("(b)" and "(c)"
 * are both "(a)", "1." and "12." both "1."), a bullet itself.
 */
function labelStyle(text: string): string {
  const marker = text.slice(0, text.indexOf(' '));
  if (BULLETS.has(marker)) return marker;
  let out = '';
  for (const c of marker) {
    const kind = c >= '0' && c <= '9' ? '1' : c >= 'a' && c <= 'z' ? 'a' : c;
    if (out[out.length - 1] !== kind || (kind !== '1' && kind !== 'a')) out += kind;
  }
  return out;
}

/**
 * The level of a paragraph typed as a list item, which no reader gives one: a sibling of the open
 * item whose label has its shape ("(b)" after "(a)"), else nested in the item before when that
 * leads in ("(b) The Contractor shall, at a minimum:" | "1. notify …"), else the first level.
 */
function paragraphItemLevel(items: readonly OpenItem[], style: string): number {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.style === style) return items[i]!.level;
  const top = items[items.length - 1];
  return top?.style != null && top.leads ? top.level + 1 : 1;
}

/** A paragraph that leads into what follows, and how. */
interface LeadIn {
  range: Range;
  unfinished: boolean;
}

/** Cuts blocks into segments and units, tracking lead-ins for list items and table rows. */
export function layout(
  blocks: Block[],
  leadInEndings: ReadonlySet<string>,
  pointers: ReadonlySet<string> = NO_POINTERS,
): Layout {
  const segments: SegmentLayout[] = [];
  const units: UnitLayout[] = [];
  let leadIn: LeadIn | null = null; // the last paragraph, when it leads into what follows
  let previousColon: LeadIn | null = null; // that paragraph, only while it is the block just before
  // The paragraph just before, when it does not lead in by its end: it may still point ahead.
  let previousParagraph: { range: Range; text: string } | null = null;
  const pointing = (): LeadIn | null =>
    previousParagraph && pointsAhead(previousParagraph.text, pointers)
      ? { range: previousParagraph.range, unfinished: false }
      : null;
  const items: OpenItem[] = [];
  const bounds: number[] = [];
  const headerRows = new Map<number, Range>();
  const tableIntros = new Map<number, LeadIn | null>();

  const addSegments = (block: number, text: string, plain: boolean, item: boolean): Range => {
    const from = segments.length;
    const count = sentenceBoundsInto(text, bounds);
    for (let k = 0; k < count; k += 2) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      segments.push({ block, text: text.slice(from, to), clean: text, plain, from, to, item, start: 0, end: 0 });
    }
    return [from, segments.length];
  };
  const addSentenceUnits = (range: Range, heading: boolean, leads: readonly Range[] = NO_LEADS): void => {
    // A list run into one paragraph ("Your response must cover: (a) how …; (b) the training …;
    // (c) …"): each labelled sentence after the one holding the colon has that one as lead-in.
    let opener = -1;
    for (let s = range[0]; s < range[1]; s++) {
      const text = segments[s]!.text;
      const inline = s > range[0] && opener >= 0 && looksLikeListItem(text);
      if (!inline) opener = -1;
      const own: readonly Range[] = inline ? [...leads, [opener, opener + 1]] : leads;
      units.push({ own: [s, s + 1], leads: own, text, heading, continues: false, inline });
      if (opener < 0 && !heading && text.includes(':') && s + 1 < range[1] && looksLikeListItem(segments[s + 1]!.text))
        opener = s;
    }
  };
  // A paragraph ending with ':' and the plain paragraphs after it, up to a heading, a list, a
  // table, a numbered clause or the next such paragraph: what a PDF makes of a list or a table
  // ("Följande villkor gäller:" | "a" | "Leverantören genomför …" | "Intyg").
  let colonRun: Range | null = null;

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const { text, plain } = cleanTextPlain(block.text);
    // A paragraph that opens in lower case right after a list ("samt att kraven ska …", "and that
    // …") ends the sentence the list's lead-in began: it is read as the list's last item.
    const closing: boolean =
      block.kind === 'paragraph' && items.length > 0 && leadIn !== null && LOWER_START.test(text);
    const listed: boolean =
      block.kind === 'list-item' || closing || (block.kind === 'paragraph' && looksLikeListItem(text));
    const before: LeadIn | null = previousColon ?? (block.kind === 'table-cell' || listed ? pointing() : null);
    previousColon = null;
    previousParagraph = null;
    if (block.kind !== 'paragraph' || listed || CLAUSE_START.test(text)) colonRun = null;
    if (block.kind === 'table-cell') {
      // Gather the consecutive cells of this row into one unit.
      const id = block.table?.id;
      const row = block.table?.row;
      // The row's text: its non-empty cells joined with ' | '.
      let rowText = '';
      const from = segments.length;
      let last = b;
      for (let c = b; c < blocks.length; c++) {
        const cell = blocks[c]!;
        if (cell.kind !== 'table-cell') break;
        if (c > b && (id === undefined || cell.table?.id !== id || cell.table?.row !== row)) break;
        const { text: cellText, plain: cellPlain } = c === b ? { text, plain } : cleanTextPlain(cell.text);
        if (cellText) rowText = rowText ? `${rowText} | ${cellText}` : cellText;
        addSegments(c, cellText, cellPlain, true);
        last = c;
      }
      const own: Range = [from, segments.length];
      let leads: readonly Range[] = NO_LEADS;
      let intro: LeadIn | null = before;
      if (id !== undefined) {
        if (!tableIntros.has(id)) tableIntros.set(id, before);
        intro = tableIntros.get(id) ?? null;
        const header = headerRows.get(id);
        if (!header) headerRows.set(id, own);
        leads = leadsOf(intro?.range ?? null, header ?? null);
      } else if (before) {
        leads = [before.range];
      }
      if (own[1] > own[0])
        units.push({ own, leads, text: rowText, heading: false, continues: intro?.unfinished ?? false, inline: false });
      b = last;
      leadIn = null;
      items.length = 0;
      continue;
    }
    if (block.kind === 'footnote' || block.kind === 'endnote') {
      // Notes stand outside the flow of the text: they neither take nor break lead-ins.
      addSentenceUnits(addSegments(b, text, plain, false), false);
      previousColon = before;
      continue;
    }
    if (block.kind === 'heading') {
      const range = addSegments(b, text, plain, false);
      addSentenceUnits(range, true);
      // A heading leads into a list right after it, as a paragraph does: "Utföraren ska därför"
      // (a short line a PDF reader takes for a heading), "Exempel på krav som kan ställas".
      const leads = leadsInto(text, leadInEndings);
      leadIn = leads && range[1] > range[0] ? { range, unfinished: leads === 'unfinished' } : null;
      items.length = 0;
      continue;
    }
    if (listed) {
      // The first item after a paragraph that points ahead ("… the following metrics. …").
      if (!leadIn && before) leadIn = before;
      const style = block.kind === 'list-item' ? null : labelStyle(text);
      const { level, base } =
        style === null
          ? listItemLevel(items, block.listLevel ?? 1)
          : { level: paragraphItemLevel(items, style), base: 0 };
      while (items.length > 0 && items[items.length - 1]!.level >= level) items.pop();
      const parent = items[items.length - 1];
      const own = addSegments(b, text, plain, true);
      const leads = leadsOf(leadIn?.range ?? null, parent?.leads ? parent.range : null);
      const continues = parent?.leads ? parent.leads === 'unfinished' : (leadIn?.unfinished ?? false);
      if (own[1] > own[0]) units.push({ own, leads, text, heading: false, continues, inline: false });
      items.push({ level, range: own, leads: leadsInto(text, leadInEndings), style, base });
      continue;
    }
    const range = addSegments(b, text, plain, false);
    addSentenceUnits(range, false, colonRun ? [colonRun] : NO_LEADS);
    const leads = leadsInto(text, leadInEndings);
    if (text.endsWith(':') && range[1] > range[0]) colonRun = range;
    leadIn = leads && range[1] > range[0] ? { range, unfinished: leads === 'unfinished' } : null;
    previousColon = leadIn;
    if (!leadIn && range[1] > range[0] && block.kind === 'paragraph') previousParagraph = { range, text };
    items.length = 0;
  }
  return { segments, units };
}
