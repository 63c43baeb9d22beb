// Plain text: encoding detection, HTML-comment suppressions, page furniture, and lines reflowed
// into paragraphs, list items and headings.
import type { InlineSuppression } from '../types.js';
import { type BlockSink, normalizeInline, parseSuppression, type BlockExtras } from './blocks.js';
import { warn, type ReadContext } from './context.js';
import { findFurniture, type PageLine } from './furniture.js';
import { reflow, type FlowLine } from './reflow.js';

/**
 * Decodes text: UTF-8 (BOM optional), UTF-16 LE/BE with a BOM; bytes that are not valid UTF-8
 * are read as Windows-1252 (a superset of Latin-1 for printable text) with a warning.
 */
export function decodeText(ctx: ReadContext, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warn(ctx, 'warnLatin1');
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252 at 0x80–0x9F (undefined bytes stay as their C1 code points). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decodes Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * control characters, which loses the dashes and curly quotes Swedish text is full of.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join('');
}

/** One source line after comment removal; `gone` lines held only comments. */
export interface SourceLine {
  text: string;
  /** 1-based line number. */
  line: number;
  gone: boolean;
  /** Suppressions from comments that start on this line. */
  suppressions: InlineSuppression[];
}

/**
 * Splits text into lines and removes HTML comments (`all`: every comment, as Markdown renders
 * none; otherwise only `jamkrav-disable` ones). Suppressions go with the line their comment starts on.
 */
export function splitLines(text: string, all: boolean): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: SourceLine[] = [];
  const found = new Map<number, InlineSuppression[]>();
  const record = (body: string[], line: number): void => {
    const list = parseSuppression(body.join('\n'));
    if (list.length > 0) found.set(line, [...(found.get(line) ?? []), ...list]);
  };
  let open: { body: string[]; line: number } | undefined;
  for (let i = 0; i < raw.length; i++) {
    let rest = raw[i]!;
    let kept = '';
    let hadComment = false;
    while (rest !== '') {
      if (open) {
        const end = rest.indexOf('-->');
        if (end < 0) {
          open.body.push(rest);
          rest = '';
          break;
        }
        open.body.push(rest.slice(0, end));
        record(open.body, open.line);
        open = undefined;
        rest = rest.slice(end + 3);
        hadComment = true;
        continue;
      }
      const start = rest.indexOf('<!--');
      const isOurs = start >= 0 && (all || /^<!--\s*jamkrav-disable\s/.test(rest.slice(start)));
      if (!isOurs) {
        kept += rest;
        break;
      }
      kept += rest.slice(0, start);
      open = { body: [], line: i + 1 };
      rest = rest.slice(start + 4);
      hadComment = true;
    }
    // A line wholly inside a comment is gone too.
    if (open && !hadComment) hadComment = true;
    out.push({ text: kept, line: i + 1, gone: hadComment && kept.trim() === '', suppressions: [] });
  }
  if (open) record(open.body, open.line);
  for (const [line, list] of found) out[line - 1]!.suppressions = list;
  return out;
}

/** A line drawn with rule characters only: a table's or a page's ruling, no text. */
const RULE_LINE = /^[-=_*~─━═—–+|\s]{3,}$/;

/**
 * Reads plain text into blocks and suppressions: page furniture goes, then the lines are
 * reflowed (paragraphs at blank lines and where hard-wrapped lines end short, clause and list
 * labels, headings by shape, hyphenation undone).
 */
export function readPlainText(text: string, sink: BlockSink): void {
  const lines = splitLines(text, false);
  const measured = measureLines(lines);
  const flow: FlowLine[] = [];
  const source: number[] = [];
  let gap = false;
  // Dropped furniture marks a page break even without a form feed (text pasted from a PDF):
  // counting it into the page lets a sentence run on across it.
  let breaks = 0;
  measured.forEach((m, k) => {
    if (m.furniture) breaks++;
    if (lines[k]!.gone) return;
    // A rule ("-----  -------", "=====") draws a line between blocks, as a blank line does.
    if (m.text === '' || RULE_LINE.test(m.text)) {
      gap = true;
      return;
    }
    flow.push({ text: m.text, indent: m.indent, end: m.indent + m.text.length, page: m.page + breaks, gapBefore: gap });
    source.push(k);
    gap = false;
  });
  const ends: number[] = [];
  for (const b of reflow(flow, { shortLines: true, headings: 'shape' }).blocks) {
    const k = source[b.first]!;
    const extras: BlockExtras = { line: lines[k]!.line, column: measured[k]!.start + b.skip + 1 };
    if (b.level !== undefined) extras.level = b.level;
    if (b.listLevel !== undefined) extras.listLevel = b.listLevel;
    if (sink.add(b.kind, normalizeInline(b.text), extras)) ends.push(lines[source[b.last]!]!.line);
  }
  attachByLine(sink, lines, ends);
}

/** A source line measured for reflow. */
export interface MeasuredLine {
  /** The text trimmed; '' for a blank line. */
  text: string;
  /** Offset of the first character that is not white space. */
  start: number;
  /** Width of the leading white space in columns (a tab is four, a form feed none). */
  indent: number;
  /** 1-based page, counting form feeds (pdftotext ends every page with one). */
  page: number;
  /** A running header or footer, or a page number: marked gone. */
  furniture: boolean;
}

/**
 * Measures each line and marks page furniture (running headers and footers, page numbers) as
 * gone, so that it is no text but the lines after it keep their numbers.
 */
export function measureLines(lines: SourceLine[]): MeasuredLine[] {
  let page = 1;
  const out = lines.map((l): MeasuredLine => {
    const raw = l.text;
    const text = raw.trim();
    const start = text === '' ? raw.length : raw.search(/\S/);
    let indent = 0;
    for (let i = 0; i < start; i++) {
      const c = raw.charCodeAt(i);
      // A form feed before the text opens its page.
      if (c === 0x0c) page++;
      else indent += c === 0x09 ? 4 : 1;
    }
    const m = { text, start, indent, page, furniture: false };
    // Form feeds after the text open the next page.
    for (let i = raw.indexOf('\f', start); i >= 0; i = raw.indexOf('\f', i + 1)) page++;
    return m;
  });
  // Whether line j, next to line k, leaves k standing alone: none, blank, or on another page.
  const apart = (j: number, k: number): boolean =>
    j < 0 || j >= out.length || out[j]!.text === '' || out[j]!.page !== out[k]!.page;
  const byPage: { at: number; line: PageLine }[][] = [];
  out.forEach((m, k) => {
    if (lines[k]!.gone || m.text === '') return;
    while (byPage.length < m.page) byPage.push([]);
    byPage[m.page - 1]!.push({ at: k, line: { text: m.text, alone: true, own: apart(k - 1, k) && apart(k + 1, k) } });
  });
  const found = findFurniture(
    byPage.map((p) => p.map((x) => x.line)),
    page > 1,
  );
  found.forEach((drop, p) => {
    for (const i of drop) {
      const at = byPage[p]![i]!.at;
      lines[at]!.gone = true;
      out[at]!.furniture = true;
    }
  });
  return out;
}

/**
 * Gives each comment suppression to the block whose lines hold it, or else to the next block:
 * `ends[i]` is the last source line of block i + 1.
 */
export function attachByLine(sink: BlockSink, lines: SourceLine[], ends: number[]): void {
  let b = 0;
  for (const l of lines) {
    if (l.suppressions.length === 0) continue;
    while (b < ends.length && ends[b]! < l.line) b++;
    if (b >= ends.length) {
      sink.suppress(l.suppressions, undefined);
      continue;
    }
    // It silences that block, and is reported where the comment itself stands.
    const { column: _column, ...loc } = sink.blocks[b]!.loc;
    sink.suppress(l.suppressions, { ...loc, line: l.line });
  }
}
