// Markdown: ATX and setext headings, paragraphs, nested list items, pipe tables; code blocks,
// front matter and HTML comments are not text (`jamkrav-disable` comments become suppressions).
import { BlockSink, normalizeInline } from './blocks.js';
import { attachByLine, splitLines, type SourceLine } from './text.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TABLE_DELIM = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:\s/;

/** Strips inline Markdown syntax, keeping the text a reader sees. */
export function inlineText(s: string): string {
  return normalizeInline(
    s
      .replace(/\n/g, ' ')
      // Bounded repetitions keep every pattern linear on hostile input (no closing bracket).
      .replace(/!\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{0,1000})\]\[[^\]]{0,1000}\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,1000})?\/?>/g, '')
      .replace(/`{1,3}([^`]{1,1000})`{1,3}/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]{1,1000}?)(?<=\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]{1,1000}?)(?<=\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)(.{1,1000}?)(?<=\S)~~/g, '$1')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/gi, decodeEntity),
  );
}

function decodeEntity(all: string, name: string): string {
  const n = name.toLowerCase();
  if (n.startsWith('#')) {
    const code = n.startsWith('#x') ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
    // Past U+10FFFF (or zero) is no character: the replacement character, never a RangeError.
    return String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);
  }
  return ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00A0' } as Record<string, string>)[n] ?? all;
}

/** Splits a pipe-table row into cells with their 1-based start columns. */
function tableCells(line: string): { text: string; column: number }[] {
  const cells: { text: string; column: number }[] = [];
  let start = 0;
  let i = line.search(/\S/);
  if (line[i] === '|') i++;
  start = i;
  for (; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      if (!(i === line.length && raw.trim() === '')) cells.push({ text: raw.replace(/\\\|/g, '|'), column: start + lead + 1 });
      start = i + 1;
    }
  }
  return cells;
}

/** Reads Markdown into blocks and suppressions. */
export function readMarkdown(text: string, sink: BlockSink): void {
  const lines: SourceLine[] = splitLines(text, true);
  let para: { parts: string[]; line: number; end: number; column: number; listLevel?: number } | undefined;
  const ends: number[] = []; // last source line of each block, to place comment suppressions
  const add = (end: number, ...args: Parameters<BlockSink['add']>): void => {
    if (sink.add(...args)) ends.push(end);
  };
  const items: number[] = []; // indents of open list markers
  let tableId = 0;
  const flush = (): void => {
    if (!para) return;
    const extras = { line: para.line, column: para.column, listLevel: para.listLevel };
    add(para.end, para.listLevel ? 'list-item' : 'paragraph', inlineText(para.parts.join('\n')), extras);
    para = undefined;
  };
  let i = 0;
  // Front matter: a YAML block at the very top is metadata, not text.
  if (lines[0]?.text === '---') {
    const end = lines.findIndex((l, k) => k > 0 && (l.text === '---' || l.text === '...'));
    if (end > 0) i = end + 1;
  }
  let prevBlank = true;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.gone) continue;
    const t = l.text;
    if (t.trim() === '') {
      flush();
      prevBlank = true;
      continue;
    }
    const fence = FENCE.exec(t);
    if (fence) {
      flush();
      const marker = fence[1]!;
      while (i + 1 < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[i + 1]!.text)) i++;
      i++;
      prevBlank = false;
      continue;
    }
    // Indented code: four spaces after a blank line, outside a list.
    if (prevBlank && items.length === 0 && /^( {4}|\t)/.test(t)) continue;
    prevBlank = false;
    const atx = ATX.exec(t);
    if (atx) {
      flush();
      items.length = 0;
      add(l.line, 'heading', inlineText(atx[2] ?? ''), { level: atx[1]!.length, line: l.line, column: t.indexOf('#') + 1 });
      continue;
    }
    const setext = SETEXT.exec(t);
    if (setext && para && para.listLevel === undefined) {
      const p = para;
      para = undefined;
      const level = setext[1]![0] === '=' ? 1 : 2;
      add(l.line, 'heading', inlineText(p.parts.join('\n')), { level, line: p.line, column: p.column });
      continue;
    }
    if (THEMATIC.test(t)) {
      flush();
      continue;
    }
    if (LINK_DEF.test(t) && !para) continue;
    if (t.includes('|') && i + 1 < lines.length && TABLE_DELIM.test(lines[i + 1]!.text) && lines[i + 1]!.text.includes('-')) {
      flush();
      tableId++;
      let row = 0;
      for (let k = i; k < lines.length; k++) {
        if (k === i + 1) continue;
        const r = lines[k]!;
        if (r.gone) continue;
        if (r.text.trim() === '' || !r.text.includes('|')) break;
        row++;
        tableCells(r.text).forEach((c, col) => {
          const table = { id: tableId, row, col: col + 1 };
          add(r.line, 'table-cell', inlineText(c.text), { table, line: r.line, column: c.column });
        });
        i = k;
      }
      continue;
    }
    const quoted = t.replace(/^ {0,3}>\s?/, '');
    if (quoted !== t) {
      // A block quote: its lines are read as paragraphs of their own.
      if (quoted.trim() === '') flush();
      else if (para) {
        para.parts.push(quoted);
        para.end = l.line;
      } else para = { parts: [quoted], line: l.line, end: l.line, column: t.length - quoted.length + 1 };
      continue;
    }
    const item = ITEM.exec(t);
    if (item && (item[3] !== undefined || !para)) {
      flush();
      const indent = item[1]!.replace(/\t/g, '    ').length;
      while (items.length > 0 && items[items.length - 1]! > indent) items.pop();
      if (items.length === 0 || items[items.length - 1]! < indent) items.push(indent);
      const body = (item[3] ?? '').replace(/^\[[ xX]\]\s+/, '');
      para = { parts: [body], line: l.line, end: l.line, column: t.length - (item[3] ?? '').length + 1, listLevel: items.length };
      continue;
    }
    if (para) {
      para.parts.push(t);
      para.end = l.line;
      continue;
    }
    const indent = t.search(/\S/);
    // Text indented under a list after a blank line continues the list item as another paragraph.
    const listLevel = items.length > 0 && indent > 0 ? levelFor(items, indent) : undefined;
    if (items.length > 0 && indent === 0) items.length = 0;
    para = { parts: [t], line: l.line, end: l.line, column: indent + 1, listLevel };
  }
  flush();
  attachByLine(sink, lines, ends);
}

function levelFor(items: number[], indent: number): number {
  let level = 0;
  for (const at of items) if (indent > at) level++;
  return Math.max(1, level);
}
