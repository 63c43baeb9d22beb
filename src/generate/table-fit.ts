// Column widths fitted to content, the way a browser lays out an automatic table: every column
// is at least as wide as its longest word (so no word is ever broken across lines), and the room
// left over goes to the columns with the most text.
import { textWidth, unbreakables } from './text-width.js';

/** One column's content: each cell's paragraphs, and whether the cell is set in bold. */
export interface ColumnText {
  cells: Array<{ paragraphs: string[]; bold?: boolean }>;
  /** A floor in twips for content that is not text (a tick box). */
  minTwips?: number;
}

/** How the table's text is set: font size in half-points and the cell's side margins in twips. */
export interface TableFont {
  halfPoints: number;
  cellMargin: number;
}

/**
 * The built-in table style sets 10 pt and 0.15 cm side margins (templates/build.mjs), but
 * LibreOffice does not apply a table style's run size and cell margins to DOCX tables: it sets
 * the text at the document's 11 pt with its default 0.19 cm margins. Measure for the larger.
 */
export const TABLE_FONT: TableFont = { halfPoints: 22, cellMargin: 108 };

/**
 * Room for what the estimate cannot see: kerning, a user's wider font, LibreOffice and Word
 * rounding. Wide enough that the PDF test (test/generate/table-widths.e2e.test.ts) finds no break.
 */
const SAFETY = 1.06;

/** Thousandths of an em at `halfPoints` → twips (1 pt = 20 twips). */
function twips(units: number, font: TableFont): number {
  return Math.ceil((units / 1000) * (font.halfPoints / 2) * 20 * SAFETY) + 2 * font.cellMargin;
}

function measure(col: ColumnText, font: TableFont): { min: number; max: number } {
  let min = col.minTwips ?? 0;
  let max = min;
  for (const cell of col.cells) {
    for (const p of cell.paragraphs) {
      for (const word of unbreakables(p)) min = Math.max(min, twips(textWidth(word, cell.bold), font));
      max = Math.max(max, twips(textWidth(p, cell.bold), font));
    }
  }
  return { min, max: Math.max(min, max) };
}

/**
 * Widths in twips that add up to `total`. Columns whose whole text fits get it; the rest share
 * what is left in proportion to how much more they would take. When even the longest words do
 * not fit side by side, the columns shrink in proportion (the caller keeps tables narrow enough
 * that this does not happen; the PDF test checks it).
 */
export function fitColumns(columns: ColumnText[], total: number, font: TableFont = TABLE_FONT): number[] {
  const m = columns.map((c) => measure(c, font));
  const sumMin = m.reduce((a, c) => a + c.min, 0);
  const sumMax = m.reduce((a, c) => a + c.max, 0);
  let widths: number[];
  if (sumMax <= total) {
    widths = m.map((c) => c.max + ((total - sumMax) * c.max) / sumMax);
  } else if (sumMin <= total) {
    const slack = sumMax - sumMin;
    widths = m.map((c) => c.min + ((total - sumMin) * (c.max - c.min)) / slack);
  } else {
    widths = m.map((c) => (c.min * total) / sumMin);
  }
  // Whole twips that still add up to the total: the rounding remainder goes to the widest column.
  const rounded = widths.map((w) => Math.floor(w));
  const rest = total - rounded.reduce((a, b) => a + b, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest]! += rest;
  return rounded;
}

/** Whether the longest words of every column fit side by side in `total` twips. */
export function fitsWithoutBreaking(columns: ColumnText[], total: number, font: TableFont = TABLE_FONT): boolean {
  return columns.reduce((a, c) => a + measure(c, font).min, 0) <= total;
}
