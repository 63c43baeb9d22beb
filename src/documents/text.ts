// Plain text: encoding detection, HTML-comment suppressions, paragraphs at blank lines and
// bulleted lines as list items.
import type { InlineSuppression } from '../types.js';
import { BlockSink, normalizeInline, parseSuppression } from './blocks.js';
import { warn, type ReadContext } from './context.js';

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

const BULLET = /^(\s*)([-•–*])\s+(.*)$/;

/** Reads plain text into blocks and suppressions. */
export function readPlainText(ctx: ReadContext, text: string, sink: BlockSink): void {
  const lines = splitLines(text, false);
  let cur: { parts: string[]; line: number; end: number; column: number; listLevel?: number } | undefined;
  const indents: number[] = [];
  const ends: number[] = [];
  const flush = (): void => {
    if (!cur) return;
    const extras = { line: cur.line, column: cur.column, listLevel: cur.listLevel };
    if (sink.add(cur.listLevel ? 'list-item' : 'paragraph', normalizeInline(cur.parts.join(' ')), extras)) ends.push(cur.end);
    cur = undefined;
  };
  for (const l of lines) {
    if (l.gone) continue;
    if (l.text.trim() === '') {
      flush();
      indents.length = 0;
      continue;
    }
    const m = BULLET.exec(l.text);
    if (m) {
      flush();
      const indent = m[1]!.length;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      cur = { parts: [m[3]!], line: l.line, end: l.line, column: l.text.length - m[3]!.length + 1, listLevel: indents.length };
      continue;
    }
    if (!cur) cur = { parts: [], line: l.line, end: l.line, column: l.text.search(/\S/) + 1 };
    cur.parts.push(l.text);
    cur.end = l.line;
  }
  flush();
  attachByLine(sink, lines, ends);
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
    sink.suppress(l.suppressions, b < ends.length ? sink.blocks[b]!.loc : undefined);
  }
}
