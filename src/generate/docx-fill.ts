// Fills the placeholders of one WordprocessingML part by editing its XML text in place: only the
// text nodes of paragraphs that hold a placeholder change, and a block placeholder's paragraph is
// swapped for the block. Everything else stays byte for byte as the template had it.
import type { MetaValues } from './meta.js';
import { escapeXml } from './ooxml.js';
import { PLACEHOLDER, blockOf } from './placeholders.js';
import type { BlockName } from './placeholders.js';

/** What filling needs, and what it reports back. */
export interface FillContext {
  values: MetaValues;
  /** The XML of each block placeholder. */
  blocks: Record<BlockName, string>;
  /** Blocks found standing alone in a paragraph (and so filled). */
  found: Set<BlockName>;
  /** Block placeholders found with other text in their paragraph (left as they are). */
  notAlone: Array<{ key: string; part: string }>;
}

interface TextNode {
  /** Offsets of the whole `<w:t …>…</w:t>` element. */
  start: number;
  end: number;
  text: string;
}

interface Frame {
  /** Offsets of the whole paragraph; `end` is set when it closes. */
  start: number;
  end: number;
  nodes: TextNode[];
  brace: boolean;
}

interface Edit {
  start: number;
  end: number;
  xml: string;
}

const TAG = /<(\/?)w:(p|t)(?=[\s>/])([^>]*)>/g;

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (all, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    // A reference past U+10FFFF (a damaged or hostile template) is left as written, not thrown on.
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Paragraphs (innermost first) whose text may hold a placeholder, with their text nodes. */
function candidates(xml: string): Frame[] {
  const out: Frame[] = [];
  const stack: Frame[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const selfClosing = m[3]!.endsWith('/');
    if (m[2] === 'p') {
      if (closing) {
        const frame = stack.pop();
        if (frame && frame.brace) {
          frame.end = TAG.lastIndex;
          out.push(frame);
        }
      } else if (!selfClosing) {
        stack.push({ start: m.index, end: -1, nodes: [], brace: false });
      }
    } else if (!closing && !selfClosing) {
      const contentStart = TAG.lastIndex;
      const close = xml.indexOf('</w:t>', contentStart);
      if (close < 0) break;
      const end = close + 6;
      const frame = stack[stack.length - 1];
      if (frame) {
        const raw = xml.slice(contentStart, close);
        if (raw.includes('{') || raw.includes('}')) frame.brace = true;
        frame.nodes.push({ start: m.index, end, text: decodeXml(raw) });
      }
      TAG.lastIndex = end;
    }
  }
  return out;
}

/** What follows a block must be a paragraph where Word requires one (end of a cell or body). */
function needsTrailingParagraph(xml: string, at: number, block: string): boolean {
  if (!block.endsWith('</w:tbl>')) return false;
  const rest = xml.slice(at, at + 64).trimStart();
  return rest.startsWith('</w:tc>') || rest.startsWith('<w:sectPr') || rest.startsWith('</w:body>') || rest.startsWith('</w:hdr>') || rest.startsWith('</w:ftr>');
}

/** The paragraph's own properties when they carry a section break, which must survive the swap. */
function sectionBreakOf(paragraph: string): string {
  const open = paragraph.indexOf('<w:pPr>');
  if (open < 0 || !paragraph.includes('<w:sectPr')) return '';
  const close = paragraph.indexOf('</w:pPr>', open);
  const pPr = paragraph.slice(open, close + 8);
  return pPr.includes('<w:sectPr') ? `<w:p>${pPr}</w:p>` : '';
}

/** Fills one part; returns the new XML, or the same string when nothing changed. */
export function fillPart(xml: string, part: string, ctx: FillContext): string {
  if (!xml.includes('{')) return xml;
  const edits: Edit[] = [];
  for (const frame of candidates(xml)) {
    const end = frame.end;
    const joined = frame.nodes.map((n) => n.text).join('');
    if (!joined.includes('{{')) continue;
    const matches = [...joined.matchAll(PLACEHOLDER)];
    if (matches.length === 0) continue;

    const only = matches.length === 1 ? matches[0]! : undefined;
    const soleBlock = only && joined.trim() === only[0] ? blockOf(only[1]!) : undefined;
    if (soleBlock) {
      ctx.found.add(soleBlock);
      const block = ctx.blocks[soleBlock];
      const xmlOut = block + sectionBreakOf(xml.slice(frame.start, end)) + (needsTrailingParagraph(xml, end, block) ? '<w:p/>' : '');
      edits.push({ start: frame.start, end, xml: xmlOut });
      continue;
    }

    const reps: Array<{ s: number; e: number; text: string }> = [];
    for (const m of matches) {
      const key = m[1]!;
      if (blockOf(key)) {
        ctx.notAlone.push({ key: m[0], part });
        continue;
      }
      const r = ctx.values.resolve(key);
      if (r.kind === 'unknown') continue;
      reps.push({ s: m.index, e: m.index + m[0].length, text: r.text.replace(/\s*\n\s*/g, ' ') });
    }
    if (reps.length === 0) continue;

    // Each placeholder's text goes into the node where it starts (keeping that run's formatting);
    // its characters are removed from every node it spans, however Word split it.
    let ri = 0;
    let offset = 0;
    for (const node of frame.nodes) {
      const ns = offset;
      const ne = offset + node.text.length;
      offset = ne;
      let out = '';
      let i = ns;
      while (i < ne) {
        const r = reps[ri];
        if (r && i >= r.s) {
          if (i === r.s) out += r.text;
          i = Math.min(r.e, ne);
          if (i === r.e) ri += 1;
          continue;
        }
        const next = r ? Math.min(ne, r.s) : ne;
        out += joined.slice(i, next);
        i = next;
      }
      if (out !== node.text) {
        edits.push({ start: node.start, end: node.end, xml: `<w:t xml:space="preserve">${escapeXml(out)}</w:t>` });
      }
    }
  }
  if (edits.length === 0) return xml;

  // A block swap covers any edits inside its paragraph (e.g. a text box within it).
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    result += xml.slice(pos, e.start) + e.xml;
    pos = e.end;
  }
  return result + xml.slice(pos);
}
