// What the DOCX and ODT walkers share once they know where a paragraph ends: its text goes into
// the container it stands in (a table cell, a note, a comment) or out as a block of its own, and
// a container that closes becomes one block. The formats differ only in how they find these.
import type { Block, InlineSuppression } from '../types.js';
import { normalizeInline, type BlockExtras, type BlockSink, type TextBuf } from './blocks.js';

/** A paragraph being read: its text so far and the suppressions anchored in it. */
export interface Para {
  buf: TextBuf;
  anchors: InlineSuppression[];
}

/** Something paragraphs stand in; a frame (text box) passes them through to the story. */
export type Container =
  | { type: 'cell'; texts: string[]; anchors: InlineSuppression[]; table: NonNullable<Block['table']>; span: number }
  | {
      type: 'note';
      texts: string[];
      anchors: InlineSuppression[];
      kind: 'footnote' | 'endnote';
      id: string;
      headingPath?: readonly string[];
    }
  | { type: 'comment'; texts: string[]; id: string }
  | { type: 'frame' };

export type Note = Extract<Container, { type: 'note' }>;

/**
 * The last element of `a`. Not `a[a.length - 1]`: on an empty array that reads index -1, which
 * the engine looks up as a property name along the prototype chain, slowly.
 */
export function last<T>(a: readonly T[]): T | undefined {
  const n = a.length;
  return n > 0 ? a[n - 1] : undefined;
}

/**
 * Ends `para`: into the innermost container that collects text, or out as a block, a heading
 * when `place` gives a level, a list item when it gives a list level. `place` is asked only then,
 * as working out a style's heading level is the costly part.
 */
export function endParagraph<P extends Para>(
  sink: BlockSink,
  containers: readonly Container[],
  para: P,
  place: (para: P) => BlockExtras,
): void {
  const text = normalizeInline(para.buf.toString());
  const top = last(containers);
  if (top && top.type !== 'frame') {
    if (text) top.texts.push(text);
    if (top.type !== 'comment') top.anchors.push(...para.anchors);
    return;
  }
  const extras = place(para);
  const kind = extras.level ? 'heading' : extras.listLevel ? 'list-item' : 'paragraph';
  const block = sink.add(kind, text, extras);
  sink.suppress(para.anchors, block?.loc);
}

/** A closed table cell as one block, its paragraphs on lines of their own. */
export function addCell(sink: BlockSink, cell: Extract<Container, { type: 'cell' }>): void {
  const block = sink.add('table-cell', cell.texts.join('\n'), { table: cell.table });
  sink.suppress(cell.anchors, block?.loc);
}

/** A closed footnote or endnote as one block, under the heading where its reference stands. */
export function addNote(sink: BlockSink, note: Note, headingPath: readonly string[] | undefined): void {
  const block = sink.add(note.kind, note.texts.join('\n'), headingPath ? { headingPath } : {});
  sink.suppress(note.anchors, block?.loc);
}

/** Where cells stand: the open tables of a story, each at a row and a grid column. */
export class Tables {
  private readonly open: { id: number; row: number; col: number }[] = [];

  /** `numbered` counts tables across the stories that share it, so ids stay unique. */
  constructor(private readonly numbered: { count: number }) {}

  begin(): void {
    this.open.push({ id: ++this.numbered.count, row: 0, col: 0 });
  }

  end(): void {
    this.open.pop();
  }

  get inTable(): boolean {
    return this.open.length > 0;
  }

  row(): void {
    const t = last(this.open);
    if (t) {
      t.row++;
      t.col = 0;
    }
  }

  /** The position of a cell opening now; a cell outside any table is the first of a table of its own. */
  cell(): NonNullable<Block['table']> {
    const t = last(this.open);
    return t ? { id: t.id, row: t.row, col: t.col + 1 } : { id: ++this.numbered.count, row: 1, col: 1 };
  }

  /** Moves `n` grid columns on (a cell's span), or to column `n` when `to` (columns left empty before a row). */
  advance(n: number, to = false): void {
    const t = last(this.open);
    if (t) t.col = to ? n : t.col + n;
  }
}
