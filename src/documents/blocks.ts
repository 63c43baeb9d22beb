// Turning reader output into Blocks: numbering, heading paths, whitespace, size limits, and
// the `jamkrav-disable` suppression syntax shared by every format.
import type { Block, BlockLoc, InlineSuppression } from '../types.js';
import { fail, type ReadContext } from './context.js';

/** Optional properties a reader knows about a block besides its text. */
export type BlockExtras = Pick<Block, 'level' | 'listLevel' | 'table'> &
  Omit<BlockLoc, 'block'> & {
    /** Use this heading path instead of the current one (e.g. a footnote's reference point). */
    headingPath?: readonly string[];
  };

/**
 * Collapses runs of ASCII whitespace to one space, drops soft hyphens (U+00AD) and stray
 * byte-order marks, and trims. No-break spaces stay: they are meaningful in Swedish amounts.
 */
export function normalizeInline(s: string): string {
  // The replacements only when one of them can change something: most paragraphs need neither.
  if (s.indexOf('  ') < 0 && !NEEDS_WORK.test(s)) return s.trim();
  return s
    .replace(/[\u00AD\uFEFF]/g, '')
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim();
}

/**
 * A character to drop, or ASCII white space other than a plain space (two plain spaces are
 * looked for with indexOf: as a regex alternative they made this test the slowest step of a read).
 */
const NEEDS_WORK = /[\u00AD\uFEFF\t\r\n\f\v]/;

/** Accumulates text with a running length, so an absurd paragraph fails before it fills memory. */
export class TextBuf {
  private parts: string[] = [];
  private len = 0;
  constructor(
    private readonly ctx: ReadContext,
    private readonly blockNo: () => number,
  ) {}

  push(s: string): void {
    this.len += s.length;
    if (this.len > this.ctx.limits.maxBlockChars) {
      fail(this.ctx, 'blockTooLong', { block: this.blockNo(), max: this.ctx.limits.maxBlockChars });
    }
    this.parts.push(s);
  }

  get length(): number {
    return this.len;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * A copy of `s` that holds no reference to a larger string. A reader's text is often a slice of
 * the whole decoded part, and the engine keeps a slice alive by keeping the part alive: a
 * block's text, kept in a lint result, would otherwise keep its document's XML in memory for
 * the rest of the run. (Concatenating and slicing makes the engine copy the characters.)
 */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * A block's location. Every location has every key, in this order, absent ones undefined: code
 * that reads locations then sees one shape of object, and a document sent to another thread
 * reads back the same.
 */
export function blockLoc(block: number, line?: number, column?: number, page?: number): BlockLoc {
  return { block, line, column, page };
}

/**
 * A block with every key, in the order of `Block` (absent ones undefined), for the reason
 * `blockLoc` gives: the engine reads blocks in its hottest loops, and one shape keeps that code
 * from being compiled again for each combination of the optional keys.
 */
export function makeBlock(
  text: string,
  kind: Block['kind'],
  headingPath: readonly string[],
  loc: BlockLoc,
  { level, table, listLevel }: Pick<Block, 'level' | 'listLevel' | 'table'> = {},
): Block {
  return { text, kind, level: kind === 'heading' ? (level ?? 1) : undefined, headingPath, table, listLevel, loc };
}

/** Collects blocks in document order, numbering them and tracking the heading stack. */
export class BlockSink {
  readonly blocks: Block[] = [];
  readonly suppressions: InlineSuppression[] = [];
  private readonly headings: { level: number; text: string }[] = [];
  /** The current heading path, made when first asked for (see headingPath). */
  private path: readonly string[] | null = null;
  /** Suppressions anchored to a spot with no text yet: they go to the next block. */
  private pending: InlineSuppression[] = [];

  constructor(private readonly ctx: ReadContext) {}

  /** The number the next block will get. */
  get next(): number {
    return this.blocks.length + 1;
  }

  /**
   * Heading texts from the outermost to the current section. One array per section, shared by
   * its blocks (and so sent once when a document crosses to another thread): never change it.
   */
  headingPath(): readonly string[] {
    this.path ??= this.headings.map((h) => h.text);
    return this.path;
  }

  /**
   * Adds a block unless its text is empty. Headings update the heading stack first, so a
   * heading's own path ends with itself. Returns the block, or undefined when empty.
   */
  add(kind: Block['kind'], text: string, extras: BlockExtras = {}): Block | undefined {
    if (text.length > this.ctx.limits.maxBlockChars) {
      fail(this.ctx, 'blockTooLong', { block: this.next, max: this.ctx.limits.maxBlockChars });
    }
    if (text === '') return undefined;
    text = ownCopy(text);
    const { headingPath, level, listLevel, table, line, column, page } = extras;
    if (kind === 'heading') {
      const lv = level ?? 1;
      while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.level >= lv) this.headings.pop();
      this.headings.push({ level: lv, text });
      this.path = null;
    }
    const block = makeBlock(text, kind, headingPath ?? this.headingPath(), blockLoc(this.next, line, column, page), {
      level,
      listLevel,
      table,
    });
    this.blocks.push(block);
    for (const s of this.pending) this.suppressions.push({ ...s, loc: block.loc });
    this.pending = [];
    return block;
  }

  /** Records suppressions whose location is `loc`, or the next block when `loc` is undefined. */
  suppress(found: InlineSuppression[], loc?: BlockLoc): void {
    for (const s of found) {
      if (loc) this.suppressions.push({ ...s, loc });
      else this.pending.push(s);
    }
  }

  /** Suppressions still waiting for a block at the end go in without a location. */
  finish(): void {
    this.suppressions.push(...this.pending);
    this.pending = [];
  }
}

const KEYWORD = 'jamkrav-disable';

/**
 * Parses a suppression comment body: `jamkrav-disable <rule-id>[, <rule-id>…] -- reason`.
 * Returns one suppression per rule id, or an empty list when the text is no suppression.
 * The reason may be missing (empty string): the lint layer decides whether that is allowed.
 */
export function parseSuppression(text: string): InlineSuppression[] {
  const t = text.replace(/\u00A0/g, ' ').trim();
  if (!t.startsWith(KEYWORD) || !/\s/.test(t.charAt(KEYWORD.length))) return [];
  const rest = t.slice(KEYWORD.length);
  // Word's AutoFormat turns ` -- ` into an en dash as you type, so dashes count as well.
  const sep = rest.search(/(^|\s)(--|\u2013|\u2014)(\s|$)/);
  const ids = sep < 0 ? rest : rest.slice(0, sep);
  const reason = sep < 0 ? '' : normalizeInline(rest.slice(sep).replace(/^\s*(--|\u2013|\u2014)/, ''));
  return ids
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((ruleId) => ({ ruleId, reason }));
}
