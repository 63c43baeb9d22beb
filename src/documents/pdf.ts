// PDF: text items per page (pdfjs-dist, imported only when a PDF is read, see pdf-open.ts) grouped into lines by
// position and into paragraphs by vertical gaps; words hyphenated at line ends are rejoined.
import type { Document } from '../types.js';
import { BlockSink, normalizeInline } from './blocks.js';
import { warn, type ReadContext } from './context.js';
import { readPdfPages } from './pdf-open.js';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  eol: boolean;
}

interface Line {
  text: string;
  x0: number;
  xEnd: number;
  y: number;
  size: number;
}

interface Para {
  text: string;
  x0: number;
  y: number;
  size: number;
  page: number;
}

/** Reads a PDF into paragraph blocks with `loc.page`. */
export async function readPdf(ctx: ReadContext, bytes: Uint8Array): Promise<Omit<Document, 'path' | 'format' | 'warnings'>> {
  const paras: Para[] = [];
  // Opening and reading pdf.js under the limits is pdf-open.ts; this is the layout of its items.
  await readPdfPages(ctx, bytes, ({ page: p, items: pageItems }) => {
    const items: Item[] = [];
    for (const it of pageItems) {
      const t = it.transform;
      const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || it.height || 1;
      items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, size, width: it.width, eol: it.hasEOL });
    }
    // One by one: spreading a page of 200,000 paragraphs into push() overflows the call stack.
    for (const para of toParagraphs(toLines(items), p)) paras.push(para);
  });
  const sink = new BlockSink(ctx);
  const headingSizes = headingLevels(paras);
  for (const para of paras) {
    const text = normalizeInline(para.text);
    const level = headingSizes.get(para.size);
    if (level && text.length <= 150 && !/[.:;,]$/.test(text)) sink.add('heading', text, { level, page: para.page });
    else sink.add('paragraph', text, { page: para.page });
  }
  if (sink.blocks.length === 0) warn(ctx, 'warnPdfNoText');
  sink.finish();
  return { blocks: sink.blocks, suppressions: sink.suppressions };
}

/** Items to lines: same baseline, moving right, no column-sized gap. */
export function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  let ended = false;
  for (const it of items) {
    if (it.str === '') {
      if (it.eol) ended = true;
      continue;
    }
    const gap = cur ? it.x - cur.xEnd : 0;
    const same = cur && !ended && Math.abs(it.y - cur.y) <= cur.size * 0.4 && gap > -cur.size * 0.5 && gap < cur.size * 3;
    if (cur && same) {
      if (gap > cur.size * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ')) cur.text += ' ';
      cur.text += it.str;
      cur.xEnd = Math.max(cur.xEnd, it.x + it.width);
      cur.size = Math.max(cur.size, it.size);
    } else {
      cur = { text: it.str, x0: it.x, xEnd: it.x + it.width, y: it.y, size: it.size };
      lines.push(cur);
    }
    ended = it.eol;
  }
  return lines;
}

/** Lines to paragraphs: a line continues the paragraph when it sits just below it in the same column and size. */
export function toParagraphs(lines: Line[], page: number): Para[] {
  const out: Para[] = [];
  let cur: Para | undefined;
  for (const l of lines) {
    const text = l.text.trim();
    if (text === '') continue;
    const dy = cur ? cur.y - l.y : 0;
    const sameSize = cur && Math.abs(cur.size - l.size) <= Math.max(cur.size, l.size) * 0.15;
    const near = cur && dy > 0 && dy <= Math.max(cur.size, l.size) * 1.6 && Math.abs(l.x0 - cur.x0) < cur.size * 4;
    if (cur && sameSize && near) {
      cur.text = joinLines(cur.text, text);
      cur.y = l.y;
    } else {
      cur = { text, x0: l.x0, y: l.y, size: Math.round(l.size * 10) / 10, page };
      out.push(cur);
    }
  }
  return out;
}

/** Joins two lines, rejoining a word hyphenated across them (`jäm-` + `ställdhet`). */
export function joinLines(a: string, b: string): string {
  if (/\u00AD$/.test(a)) return a.slice(0, -1) + b;
  // Only a lower-case letter before the hyphen and after the break: `IT-` + `system` keeps its hyphen.
  if (/\p{Ll}[-\u2010]$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  // Any other hyphen glued to a word is a real one (`IT-system`, `10-`): keep it, add no space.
  if (/\S[-\u2010]$/u.test(a)) return a + b;
  return `${a} ${b}`;
}

/** Font sizes clearly above the body size, largest first, as heading levels 1–6. */
function headingLevels(paras: Para[]): Map<number, number> {
  const chars = new Map<number, number>();
  for (const p of paras) chars.set(p.size, (chars.get(p.size) ?? 0) + p.text.length);
  let body = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [body, most] = [size, n];
  const bigger = [...chars.keys()].filter((s) => s >= body * 1.2).sort((a, b) => b - a).slice(0, 6);
  return new Map(bigger.map((s, i) => [s, i + 1]));
}
