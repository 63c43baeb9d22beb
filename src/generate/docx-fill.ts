// Fills the placeholders of one WordprocessingML part by editing its XML text in place: only the
// text nodes of paragraphs that hold a placeholder change, and a block placeholder's paragraph is
// swapped for the block. Everything else stays byte for byte as the template had it. Elements
// are found by namespace and local name through the XML scanner, so a template in ISO Strict or
// under a prefix other than `w:` is filled like any other.
import { escapeText, scanXml, XmlSyntaxError } from '../xml/index.js';
import type { MetaValues } from './meta.js';
import { PLACEHOLDER, blockOf } from './placeholders.js';
import type { BlockName } from './placeholders.js';
import { fitAt, fitBlock, isW, ownDeclarations, type Fit } from './wordml.js';

export type { Fit } from './wordml.js';

/** What filling needs, and what it reports back. */
export interface FillContext {
  values: MetaValues;
  /** The XML of each block placeholder, as `w:` transitional WordprocessingML. */
  blocks: Record<BlockName, string>;
  /**
   * Blocks found standing alone in a paragraph (and so filled), with how the template writes WordprocessingML there.
   */
  found: Map<BlockName, Fit>;
  /** Block placeholders found with other text in their paragraph (left as they are). */
  notAlone: Array<{ key: string; part: string }>;
}

interface TextNode {
  /** Offsets of the whole text element. */
  start: number;
  end: number;
  text: string;
  /** Its start tag as rewritten: qualified name and own namespace declarations. */
  open: string;
  name: string;
}

interface Frame {
  /** Offsets of the whole paragraph; `end` is set when it closes. */
  start: number;
  end: number;
  nodes: TextNode[];
  /** Its qualified name and own namespace declarations, for paragraphs written in its place. */
  name: string;
  decls: string;
  fit: Fit;
  /** The paragraph's own properties, when they hold a section break (which must survive a swap). */
  sectionPPr?: { start: number; end: number };
  /** Whether the paragraph ends a cell or story, so a table put in its place needs one after it. */
  endsStory: boolean;
}

interface Edit {
  start: number;
  end: number;
  xml: string;
}

/** Elements that must end with a paragraph: a block ending in a table before their end gets one. */
const STORY_ENDS = new Set(['tc', 'body', 'hdr', 'ftr', 'footnote', 'endnote', 'txbxContent']);

/** Nesting past which a template part is refused rather than filled (as the readers do). */
const MAX_DEPTH = 256;

/** Paragraphs (innermost first) whose text may hold a placeholder, with their text nodes. */
function candidates(xml: string): Frame[] {
  const out: Frame[] = [];
  const stack: Frame[] = [];
  let node: TextNode | null = null;
  /** The paragraph properties being read, at their depth (a revision inside holds a `pPr` too). */
  let pPr: { frame: Frame; start: number; depth: number; sect: boolean } | null = null;
  let depth = 0;
  /** The paragraph closed last, until the next element says whether it ended a story. */
  let closed: Frame | null = null;
  scanXml(
    xml,
    {
      open(tag) {
        depth++;
        if (closed) closed.endsStory = isW(tag, 'sectPr');
        closed = null;
        const frame = stack[stack.length - 1];
        if (isW(tag, 'p')) {
          stack.push({
            start: tag.start,
            end: -1,
            nodes: [],
            name: tag.name,
            decls: ownDeclarations(xml, tag),
            fit: fitAt(tag),
            endsStory: false,
          });
        } else if (isW(tag, 't')) {
          if (frame)
            node = {
              start: tag.start,
              end: -1,
              text: '',
              open: `<${tag.name}${ownDeclarations(xml, tag)} xml:space="preserve">`,
              name: tag.name,
            };
        } else if (isW(tag, 'pPr')) {
          if (frame && !pPr) pPr = { frame, start: tag.start, depth, sect: false };
        } else if (isW(tag, 'sectPr') && pPr) {
          pPr.sect = true;
        }
      },
      close(tag) {
        depth--;
        if (closed) closed.endsStory = STORY_ENDS.has(tag.local) && isW(tag, tag.local);
        closed = null;
        if (isW(tag, 'p')) {
          const frame = stack.pop();
          if (frame?.nodes.some((n) => n.text.includes('{') || n.text.includes('}'))) {
            frame.end = tag.end;
            out.push(frame);
            closed = frame;
          }
        } else if (isW(tag, 't') && node) {
          node.end = tag.end;
          stack[stack.length - 1]?.nodes.push(node);
          node = null;
        } else if (pPr && pPr.depth === depth + 1 && isW(tag, 'pPr')) {
          if (pPr.sect) pPr.frame.sectionPPr = { start: pPr.start, end: tag.end };
          pPr = null;
        }
      },
      text(text) {
        if (node) node.text += text;
      },
    },
    {
      maxDepth: MAX_DEPTH,
      onDepth: () => {
        throw new XmlSyntaxError(`elements nested deeper than ${MAX_DEPTH}`, 0);
      },
    },
  );
  return out;
}

/** What replaces a paragraph holding a block placeholder alone. */
function blockSwap(xml: string, frame: Frame, block: string): string {
  const { name, decls, sectionPPr } = frame;
  const sectionBreak = sectionPPr ? `<${name}${decls}>${xml.slice(sectionPPr.start, sectionPPr.end)}</${name}>` : '';
  const trailing = block.endsWith('</w:tbl>') && frame.endsStory ? `<${name}${decls}/>` : '';
  return fitBlock(block, frame.fit) + sectionBreak + trailing;
}

/**
 * Fills one part; returns the new XML, or the same string when nothing changed.
 * @throws XmlSyntaxError or XmlDoctypeError when a part holding a `{` is not well-formed XML
 */
export function fillPart(xml: string, part: string, ctx: FillContext): string {
  if (!xml.includes('{')) return xml;
  const edits: Edit[] = [];
  for (const frame of candidates(xml)) {
    const joined = frame.nodes.map((n) => n.text).join('');
    if (!joined.includes('{{')) continue;
    const matches = [...joined.matchAll(PLACEHOLDER)];
    if (matches.length === 0) continue;

    const only = matches.length === 1 ? matches[0]! : undefined;
    const soleBlock = only && joined.trim() === only[0] ? blockOf(only[1]!) : undefined;
    if (soleBlock) {
      ctx.found.set(soleBlock, frame.fit);
      edits.push({ start: frame.start, end: frame.end, xml: blockSwap(xml, frame, ctx.blocks[soleBlock]) });
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
      if (out !== node.text)
        edits.push({ start: node.start, end: node.end, xml: `${node.open}${escapeText(out)}</${node.name}>` });
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
