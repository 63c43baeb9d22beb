// PDF: text items per page (pdfjs-dist, imported only when a PDF is read, see pdf-open.ts) grouped
// into lines by position; page furniture dropped; lines reflowed into paragraphs, list items and headings.
import type { Document } from '../types.js';
import { BlockSink, normalizeInline } from './blocks.js';
import { warn, type ReadContext } from './context.js';
import { findFurniture } from './furniture.js';
import { readPdfPages } from './pdf-open.js';
import { reflow, type FlowLine } from './reflow.js';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  eol: boolean;
  /** pdfjs's name for the font (`g_d0_f2`): no weight or family, but the same name is the same font. */
  font: string;
}

export interface Line {
  text: string;
  x0: number;
  xEnd: number;
  y: number;
  size: number;
  /** The font that sets most of the line's characters. */
  font: string;
  /** No other line shares this one's row (table cells do). */
  alone: boolean;
}

/** Reads a PDF into paragraph blocks with `loc.page`. */
export async function readPdf(
  ctx: ReadContext,
  bytes: Uint8Array,
): Promise<Omit<Document, 'path' | 'format' | 'warnings'>> {
  const pages: Line[][] = [];
  // Opening and reading pdf.js under the limits is pdf-open.ts; this is the layout of its items.
  await readPdfPages(ctx, bytes, ({ items: pageItems }) => {
    const items: Item[] = [];
    for (const it of pageItems) {
      const t = it.transform;
      const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || it.height || 1;
      items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, size, width: it.width, eol: it.hasEOL, font: it.fontName });
    }
    pages.push(toLines(items));
  });
  const sink = new BlockSink(ctx);
  const flow = flowLines(pages);
  for (const b of reflow(flow, { shortLines: true, headings: 'type' }).blocks) {
    const extras = { page: flow[b.first]!.page, level: b.level, listLevel: b.listLevel };
    sink.add(b.kind, normalizeInline(b.text), extras);
  }
  if (sink.blocks.length === 0) warn(ctx, 'warnPdfNoText');
  sink.finish();
  return { blocks: sink.blocks, suppressions: sink.suppressions };
}

/** Items to lines: same baseline, moving right, no column-sized gap. */
export function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  const fonts: Map<string, number>[] = [];
  let cur: Line | undefined;
  let ended = false;
  for (const it of items) {
    if (it.str === '') {
      if (it.eol) ended = true;
      continue;
    }
    const gap = cur ? it.x - cur.xEnd : 0;
    const same =
      cur && !ended && Math.abs(it.y - cur.y) <= cur.size * 0.4 && gap > -cur.size * 0.5 && gap < cur.size * 3;
    if (cur && same) {
      if (gap > cur.size * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ')) cur.text += ' ';
      cur.text += it.str;
      // pdfjs fills a gap between two runs with a space item as wide as the gap: it must not
      // carry the line across to the next table column.
      if (it.str.trim() !== '') cur.xEnd = Math.max(cur.xEnd, it.x + it.width);
      cur.size = Math.max(cur.size, it.size);
    } else {
      if (it.str.trim() === '') {
        ended = it.eol;
        continue;
      }
      cur = { text: it.str, x0: it.x, xEnd: it.x + it.width, y: it.y, size: it.size, font: it.font, alone: true };
      lines.push(cur);
      fonts.push(new Map());
    }
    const tally = fonts[fonts.length - 1]!;
    tally.set(it.font, (tally.get(it.font) ?? 0) + it.str.length);
    ended = it.eol;
  }
  lines.forEach((l, i) => {
    let most = -1;
    for (const [font, n] of fonts[i]!) if (n > most) [l.font, most] = [font, n];
  });
  markShared(lines);
  return lines;
}

/** Marks lines that share their row with another line (table cells, side-by-side text). */
function markShared(lines: Line[]): void {
  const byY = [...lines].sort((a, b) => a.y - b.y);
  for (let i = 1; i < byY.length; i++) {
    const a = byY[i - 1]!;
    const b = byY[i]!;
    if (b.y - a.y <= Math.min(a.size, b.size) * 0.4) a.alone = b.alone = false;
  }
}

/**
 * Pages of lines to the lines reflow reads: page furniture (found among the lines from the top
 * of each page down) dropped; a break before a line that does not sit just below the previous
 * one in the same column and size (a larger gap, a jump up to a new column, another size). A
 * change of font alone breaks nothing: bold words inside a paragraph are no new block.
 */
export function flowLines(pages: Line[][]): FlowLine[] {
  const kept = pages.map((page) => page.filter((l) => l.text.trim() !== ''));
  const fromTop = kept.map((page) => [...page].sort((a, b) => b.y - a.y || a.x0 - b.x0));
  const furniture = findFurniture(
    fromTop.map((page) => page.map((l) => ({ text: l.text.trim(), alone: l.alone }))),
    true,
  );
  const flow: FlowLine[] = [];
  kept.forEach((page, p) => {
    const drop = new Set([...furniture[p]!].map((i) => fromTop[p]![i]!));
    let prev: Line | undefined;
    for (const l of page) {
      if (drop.has(l)) continue;
      const text = l.text.trim();
      const size = Math.round(l.size * 10) / 10;
      let gapBefore = true;
      if (prev) {
        const big = Math.max(prev.size, l.size);
        const dy = prev.y - l.y;
        const sameSize = Math.abs(prev.size - l.size) <= big * 0.08;
        gapBefore = !(sameSize && dy > 0 && dy <= big * 1.6 && Math.abs(l.x0 - prev.x0) < prev.size * 4);
      }
      flow.push({ text, indent: l.x0, end: l.xEnd, page: p + 1, gapBefore, font: l.font, size, alone: l.alone });
      prev = l;
    }
  });
  return flow;
}
