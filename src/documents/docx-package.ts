// The OOXML package around a Word document: relationships, part paths, and the styles that
// decide headings, list paragraphs and hidden text.
import { decodePart } from '../xml/index.js';
import type { ReadContext } from './context.js';
import { attr, parseXml, type XmlTag } from './xml.js';

/** WordprocessingML in its transitional and ISO Strict namespaces. */
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** Whether the tag is WordprocessingML (called for every element: plain comparisons, no lookup). */
export function isW(tag: XmlTag): boolean {
  return tag.uri === W_TRANSITIONAL || tag.uri === W_STRICT;
}

export interface Relationship {
  id: string;
  /** The last path segment of the type URI (`officeDocument`, `styles`, …): the same in Strict. */
  type: string;
  /** The zip path of the target part (undefined for external targets). */
  part?: string;
}

/** Reads a `.rels` part; targets are resolved against `source`, the part the rels belong to. */
export function parseRels(ctx: ReadContext, relsPart: string, bytes: Uint8Array, source: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(ctx, relsPart, bytes, {
    open(tag) {
      if (tag.local !== 'Relationship' || tag.uri !== RELS_NS) return;
      const id = attr(tag, 'Id') ?? '';
      const type = (attr(tag, 'Type') ?? '').replace(/^.*\//, '');
      const target = attr(tag, 'Target') ?? '';
      const external = attr(tag, 'TargetMode') === 'External';
      rels.push({ id, type, part: external ? undefined : resolvePart(source, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The zip path of `target` (a relative or absolute URI) seen from the part `source`. */
export function resolvePart(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A malformed escape is kept as written.
  }
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface StyleDef {
  name?: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
  vanish?: boolean;
}

/** Paragraph and character styles, resolved through `basedOn` chains. */
export class Styles {
  private readonly memo = new Map<string, { heading?: number; list?: number; hidden: boolean }>();
  constructor(private readonly defs: Map<string, StyleDef> = new Map()) {}

  /** 1-based heading level of a paragraph style, if it is a heading style. */
  headingLevel(id: string | undefined): number | undefined {
    return id === undefined ? undefined : this.resolve(id).heading;
  }

  /** 1-based list level when the style itself carries numbering (List Bullet and the like). */
  listLevel(id: string | undefined): number | undefined {
    return id === undefined ? undefined : this.resolve(id).list;
  }

  /** Whether text in this style is hidden (`w:vanish`). */
  hidden(id: string | undefined): boolean {
    return id === undefined ? false : this.resolve(id).hidden;
  }

  private resolve(id: string): { heading?: number; list?: number; hidden: boolean } {
    const known = this.memo.get(id);
    if (known) return known;
    const chain: StyleDef[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur) && chain.length < 32; ) {
      seen.add(cur);
      const def = this.defs.get(cur);
      if (!def) break;
      chain.push(def);
      cur = def.basedOn;
    }
    const own = chain[0];
    // Built-in heading styles are named `heading N` whatever the UI language (the id is
    // `Rubrik1` in Swedish Word); without styles.xml the id is all we have.
    const named = /^heading ([1-9])$/i.exec(own?.name ?? '') ?? /^(?:heading|rubrik)([1-9])$/i.exec(id);
    const outline = chain.find((d) => d.outline !== undefined)?.outline;
    const heading = named ? Number(named[1]) : outline !== undefined && outline < 9 ? outline + 1 : undefined;
    const numbered = chain.find((d) => d.numId !== undefined);
    const list =
      numbered && numbered.numId !== '0' ? (chain.find((d) => d.ilvl !== undefined)?.ilvl ?? 0) + 1 : undefined;
    const hidden = chain.find((d) => d.vanish !== undefined)?.vanish ?? false;
    const out = { heading, list, hidden };
    this.memo.set(id, out);
    return out;
  }
}

/** `w:val` of an on/off property: absent, `true`, `1` and `on` mean on. */
export function onOff(tag: XmlTag): boolean {
  const v = attr(tag, 'val');
  return v === undefined || v === 'true' || v === '1' || v === 'on';
}

/** Reads styles.xml (only what headings, lists and hidden text need). */
export function parseStyles(ctx: ReadContext, part: string, bytes: Uint8Array): Styles {
  const defs = new Map<string, StyleDef>();
  let cur: StyleDef | undefined;
  let inPPr = false;
  let inRPr = false;
  parseXml(ctx, part, withoutLatentStyles(decodePart(bytes)), {
    open(tag) {
      if (!isW(tag)) return;
      switch (tag.local) {
        case 'style':
          cur = {};
          defs.set(attr(tag, 'styleId') ?? '', cur);
          break;
        case 'name':
          if (cur && !inPPr && !inRPr) cur.name = attr(tag, 'val');
          break;
        case 'basedOn':
          if (cur) cur.basedOn = attr(tag, 'val');
          break;
        case 'pPr':
          inPPr = true;
          break;
        case 'rPr':
          inRPr = true;
          break;
        case 'outlineLvl':
          if (cur && inPPr) cur.outline = Number(attr(tag, 'val'));
          break;
        case 'numId':
          if (cur && inPPr) cur.numId = attr(tag, 'val');
          break;
        case 'ilvl':
          if (cur && inPPr) cur.ilvl = Number(attr(tag, 'val')) || 0;
          break;
        case 'vanish':
          if (cur && inRPr && !inPPr) cur.vanish = onOff(tag);
          break;
      }
    },
    close(tag) {
      if (!isW(tag)) return;
      if (tag.local === 'style') cur = undefined;
      else if (tag.local === 'pPr') inPPr = false;
      else if (tag.local === 'rPr') inRPr = false;
    },
    text() {},
  });
  return new Styles(defs);
}

/**
 * Word's styles.xml is mostly `w:latentStyles` (about 27 KB of 29 KB in a typical file), which
 * says nothing about headings or hidden text: cutting it out before parsing saves most of the
 * time. With any other prefix nothing is cut and the parse is merely slower.
 */
function withoutLatentStyles(xml: string): string {
  const start = xml.indexOf('<w:latentStyles');
  if (start < 0) return xml;
  const close = '</w:latentStyles>';
  const end = xml.indexOf(close, start);
  if (end < 0) return xml;
  return xml.slice(0, start) + xml.slice(end + close.length);
}
