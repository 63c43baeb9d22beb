// Turns an example sentence from a rule pack (plain text with light markup) into blocks.

import type { Block } from '../types.js';

/** A list item line: `- text`, `* text`, `• text` or `1. text`, indented two spaces a level. */
function listItem(line: string): { level: number; text: string } | null {
  const indent = line.length - line.trimStart().length;
  const marker = /^(?:[-*•]|\d{1,3}[.)]) /.exec(line.trimStart());
  if (!marker) return null;
  return { level: Math.floor(indent / 2) + 1, text: line.trimStart().slice(marker[0].length).trim() };
}

/** The cells of a `| a | b |` row, or null for the `|---|---|` line under a Markdown header. */
function tableCells(line: string): string[] | null {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|').map((c) => c.trim());
  return cells.every((c) => /^:?-{3,}:?$/.test(c)) ? null : cells;
}

/**
 * The blocks of an example: each line a paragraph, `# ` lines headings, `- ` (or `1. `) lines list items
 * (governed by the line before them when it ends with `:`), and `|`-delimited lines table rows;
 * rows in a run form one table whose first row is its header.
 */
export function exampleBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const headingPath: string[] = [];
  let table = 0;
  let row = 0;
  let inTable = false;
  const add = (block: Omit<Block, 'loc' | 'headingPath'>, line: number): void => {
    blocks.push({ ...block, headingPath: [...headingPath], loc: { block: blocks.length + 1, line } });
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      inTable = false;
      return;
    }
    if (raw.trim().startsWith('|')) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      }
      const cells = tableCells(raw);
      if (!cells) return;
      row++;
      cells.forEach((cell, c) => add({ text: cell, kind: 'table-cell', table: { id: table, row, col: c + 1 } }, line));
      return;
    }
    inTable = false;
    const heading = /^(#{1,6}) (.*)$/.exec(raw.trim());
    if (heading) {
      const level = heading[1]!.length;
      headingPath.splice(level - 1);
      add({ text: heading[2]!.trim(), kind: 'heading', level }, line);
      headingPath.push(heading[2]!.trim());
      return;
    }
    const item = listItem(raw);
    if (item) add({ text: item.text, kind: 'list-item', listLevel: item.level }, line);
    else add({ text: raw.trim(), kind: 'paragraph' }, line);
  });
  return blocks;
}
