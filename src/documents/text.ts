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
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** One source line after comment removal. `blank` lines end paragraphs; `gone` lines held only comments. */
export interface SourceLine {
  text: string;
  /** 1-based line number. */
  line: number;
  gone: boolean;
}

/**
 * Splits text into lines and removes HTML comments (`all`: every comment, as Markdown renders
 * none; otherwise only `jamkrav-disable` ones). Suppressions found go to `found` with the line.
 */
export function splitLines(
  text: string,
  all: boolean,
  found: (s: InlineSuppression[], line: number) => void,
): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: SourceLine[] = [];
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
        found(parseSuppression(open.body.join('\n')), open.line);
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
    out.push({ text: kept, line: i + 1, gone: hadComment && kept.trim() === '' });
  }
  if (open) found(parseSuppression(open.body.join('\n')), open.line);
  return out;
}

const BULLET = /^(\s*)([-•–*])\s+(.*)$/;

/** Reads plain text into blocks and suppressions. */
export function readPlainText(ctx: ReadContext, text: string, sink: BlockSink): void {
  const lines = splitLines(text, false, (s) => sink.suppress(s));
  let cur: { parts: string[]; line: number; column: number; listLevel?: number } | undefined;
  const indents: number[] = [];
  const flush = (): void => {
    if (!cur) return;
    const extras = { line: cur.line, column: cur.column, listLevel: cur.listLevel };
    sink.add(cur.listLevel ? 'list-item' : 'paragraph', normalizeInline(cur.parts.join(' ')), extras);
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
      cur = { parts: [m[3]!], line: l.line, column: l.text.length - m[3]!.length + 1, listLevel: indents.length };
      continue;
    }
    if (!cur) cur = { parts: [], line: l.line, column: l.text.search(/\S/) + 1 };
    cur.parts.push(l.text);
  }
  flush();
}
