// Markdown: ATX and setext headings, paragraphs, nested list items, pipe tables; code blocks,
// front matter and HTML comments are not text (`jamkrav-disable` comments become suppressions).
// Paragraphs are reflowed, for Markdown converted from PDF: clause labels on lines of their own
// start blocks, hyphenation is undone, page furniture goes.
import { type BlockSink, normalizeInline, type BlockExtras } from './blocks.js';
import { reflow, type FlowLine, type ListState } from './reflow.js';
import { attachByLine, measureLines, splitLines, type SourceLine } from './text.js';

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
      // Struck-through text is text the author deleted in plain sight.
      .replace(/~~(?=\S)(.{1,1000}?)(?<=\S)~~/g, '')
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
      if (!(i === line.length && raw.trim() === ''))
        cells.push({ text: raw.replace(/\\\|/g, '|'), column: start + lead + 1 });
      start = i + 1;
    }
  }
  return cells;
}

/** One source line of a paragraph: its text, where it starts, and whether it ends in a hard break. */
interface Part {
  text: string;
  line: number;
  /** 1-based column of the text's first character. */
  column: number;
  page: number;
}

/** Reads Markdown into blocks and suppressions. */
export function readMarkdown(text: string, sink: BlockSink): void {
  const lines: SourceLine[] = splitLines(text, true);
  const measured = measureLines(lines);
  let para: { parts: Part[]; listLevel?: number } | undefined;
  const ends: number[] = []; // last source line of each block, to place comment suppressions
  const add = (end: number, ...args: Parameters<BlockSink['add']>): void => {
    if (sink.add(...args)) ends.push(end);
  };
  const items: number[] = []; // indents of open list markers
  let tableId = 0;
  // Clause and list labels open across paragraphs ("(a)" … blank line … "(b)"); reset by
  // anything that is not a paragraph.
  let lists: ListState | undefined;
  const part = (k: number, body: string, column: number): Part => ({
    text: body,
    line: lines[k]!.line,
    column,
    page: measured[k]!.page,
  });
  const flush = (): void => {
    if (!para) return;
    const p = para;
    para = undefined;
    const parts = p.parts.filter((x) => x.text.trim() !== '');
    if (parts.length === 0) return;
    const flow = parts.map((x): FlowLine => {
      // A hard break: two spaces or a backslash at the end of the line.
      const hardBreak = /(?: {2}|\\)$/.test(x.text);
      const t = x.text.replace(/\\$/, '').trim();
      const indent = x.column - 1;
      return { text: t, indent, end: indent + t.length, page: x.page, gapBefore: false, hardBreak };
    });
    const r = reflow(flow, { shortLines: false, headings: 'none', lists });
    lists = r.lists;
    r.blocks.forEach((b, k) => {
      const first = parts[b.first]!;
      const extras: BlockExtras = { line: first.line, column: first.column + b.skip };
      let kind = b.kind;
      if (p.listLevel !== undefined) {
        // Inside a Markdown list item everything is that item, or an item nested in it.
        kind = 'list-item';
        extras.listLevel = k > 0 && b.kind === 'list-item' ? p.listLevel + (b.listLevel ?? 1) : p.listLevel;
      } else if (b.listLevel !== undefined) extras.listLevel = b.listLevel;
      add(parts[b.last]!.line, kind, inlineText(b.text), extras);
    });
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
      lists = undefined;
      const marker = fence[1]!;
      while (
        i + 1 < lines.length &&
        !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[i + 1]!.text)
      )
        i++;
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
      lists = undefined;
      items.length = 0;
      add(l.line, 'heading', inlineText(atx[2] ?? ''), {
        level: atx[1]!.length,
        line: l.line,
        column: t.indexOf('#') + 1,
      });
      continue;
    }
    const setext = SETEXT.exec(t);
    if (setext && para && para.listLevel === undefined) {
      const p = para;
      para = undefined;
      lists = undefined;
      const level = setext[1]![0] === '=' ? 1 : 2;
      const first = p.parts[0]!;
      add(l.line, 'heading', inlineText(p.parts.map((x) => x.text).join('\n')), {
        level,
        line: first.line,
        column: first.column,
      });
      continue;
    }
    if (THEMATIC.test(t)) {
      flush();
      lists = undefined;
      continue;
    }
    if (LINK_DEF.test(t) && !para) continue;
    if (
      t.includes('|') &&
      i + 1 < lines.length &&
      TABLE_DELIM.test(lines[i + 1]!.text) &&
      lines[i + 1]!.text.includes('-')
    ) {
      flush();
      lists = undefined;
      tableId++;
      let row = 0;
      // The delimiter line is the one after the header; `i` moves on with each row read.
      const delimiter = i + 1;
      for (let k = i; k < lines.length; k++) {
        if (k === delimiter) continue;
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
      const column = t.length - quoted.length + quoted.search(/\S/) + 1;
      if (quoted.trim() === '') flush();
      else if (para) para.parts.push(part(i, quoted, column));
      else para = { parts: [part(i, quoted, column)] };
      continue;
    }
    const item = ITEM.exec(t);
    if (item && (item[3] !== undefined || !para)) {
      flush();
      const indent = item[1]!.replace(/\t/g, '    ').length;
      while (items.length > 0 && items[items.length - 1]! > indent) items.pop();
      if (items.length === 0 || items[items.length - 1]! < indent) items.push(indent);
      const body = (item[3] ?? '').replace(/^\[[ xX]\]\s+/, '');
      para = { parts: [part(i, body, t.length - (item[3] ?? '').length + 1)], listLevel: items.length };
      continue;
    }
    if (para) {
      para.parts.push(part(i, t, t.search(/\S/) + 1));
      continue;
    }
    const indent = t.search(/\S/);
    // Text indented under a list after a blank line continues the list item as another paragraph.
    const listLevel = items.length > 0 && indent > 0 ? levelFor(items, indent) : undefined;
    if (items.length > 0 && indent === 0) items.length = 0;
    para = { parts: [part(i, t, indent + 1)], listLevel };
  }
  flush();
  attachByLine(sink, lines, ends);
}

function levelFor(items: number[], indent: number): number {
  let level = 0;
  for (const at of items) if (indent > at) level++;
  return Math.max(1, level);
}
