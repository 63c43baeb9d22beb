// A document as every reader hands it over: blocks of text with their kind, heading path and
// location, plus inline suppressions and reader warnings.

/** A document as the matcher sees it: the text a reader of the tender sees, in blocks. */
export interface Block {
  text: string;
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'footnote' | 'endnote';
  /** Heading level (1-based) for headings. */
  level?: number;
  /** Shared by the blocks of a section (see BlockSink.headingPath). */
  headingPath: readonly string[];
  /** For table cells: which table, row and column (1-based). */
  table?: { id: number; row: number; col: number };
  /** Nesting depth for list items (1-based). */
  listLevel?: number;
  loc: BlockLoc;
}

export interface BlockLoc {
  /** 1-based block number in the document. */
  block: number;
  line?: number;
  column?: number;
  page?: number;
}

export type DocumentFormat = 'docx' | 'odt' | 'pdf' | 'markdown' | 'text';

/** A suppression written in the document itself (a comment, an HTML comment). */
export interface InlineSuppression {
  ruleId: string;
  reason: string;
  loc?: BlockLoc;
}

export interface Document {
  path: string;
  format: DocumentFormat;
  blocks: Block[];
  suppressions: InlineSuppression[];
  /** Reader warnings, e.g. a Latin-1 fallback. */
  warnings: string[];
}
