// The shapes reflow works with: the lines a reader hands over, the blocks it gets back, and the
// open label sequences carried from one call to the next (Markdown reflows a paragraph at a time).
import type { OpenFamily } from './reflow-labels.js';

/** One line as a reader sees it, before reflow. */
export interface FlowLine {
  /** The text, trimmed; never empty. */
  text: string;
  /** Where the text starts: a column (text) or x in points (PDF). */
  indent: number;
  /** Where the text ends, in the same unit. */
  end: number;
  /**
   * 1-based page: the page in PDF; in text, counted from form feeds and from page furniture
   * dropped between lines. Only a change matters: a block runs on across it only as a sentence.
   */
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
export interface OpenList extends OpenFamily {
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
