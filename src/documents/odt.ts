// ODT: content.xml body text into blocks (headings, paragraphs, list items, table cells,
// notes); tracked deletions and annotations are not text, except `jamkrav-disable` ones.
import type { Document } from '../types.js';
import { decodePart } from '../xml/index.js';
import { BlockSink, parseSuppression, TextBuf, type BlockExtras } from './blocks.js';
import { fail, type ReadContext } from './context.js';
import {
  addCell,
  addNote,
  endParagraph,
  last,
  Tables,
  type Container,
  type Note,
  type Para as BasePara,
} from './story-blocks.js';
import { attr, parseXml, type XmlHandlers, type XmlTag } from './xml.js';
import type { ZipArchive } from './zip.js';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';

const TEXT_MIMES = new Set([
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.text-template',
  'application/vnd.oasis.opendocument.text-master',
]);

/** Reads an opened ODT archive. */
export function readOdt(ctx: ReadContext, zip: ZipArchive): Omit<Document, 'path' | 'format' | 'warnings'> {
  const head = zip.read(['mimetype', 'META-INF/manifest.xml']);
  const mimeBytes = head.get('mimetype');
  const mime = mimeBytes ? new TextDecoder().decode(mimeBytes).trim() : '';
  if (mime && !TEXT_MIMES.has(mime)) fail(ctx, 'odtNotText', { mime });
  const manifest = head.get('META-INF/manifest.xml');
  // An encrypted package keeps a plain manifest that lists the cipher for each part.
  if (manifest && decodePart(manifest).includes('encryption-data')) fail(ctx, 'odtEncrypted');
  const content = zip.read(['content.xml']).get('content.xml');
  if (!content) fail(ctx, 'missingPart', { part: 'content.xml' });
  const sink = new BlockSink(ctx);
  const walker = new OdtWalker(ctx, sink);
  parseXml(ctx, 'content.xml', content, walker);
  walker.finish();
  sink.finish();
  return { blocks: sink.blocks, suppressions: sink.suppressions };
}

interface Para extends BasePara {
  heading?: number;
}

/**
 * A container with the number of paragraphs open around it: text directly inside a note,
 * annotation or frame (author, date, citation) belongs to no paragraph.
 */
type Floored = Container & { floor: number };

/** Elements whose content is not body text (deleted text, note numbers, alt text, index templates). */
function skipped(tag: XmlTag): boolean {
  if (tag.uri === TEXT) {
    return (
      tag.local === 'tracked-changes' ||
      tag.local === 'note-citation' ||
      tag.local.endsWith('-source') ||
      tag.local === 'sequence-decls' ||
      tag.local === 'variable-decls' ||
      tag.local === 'user-field-decls'
    );
  }
  if (tag.uri === SVG) return tag.local === 'title' || tag.local === 'desc';
  return tag.uri === OFFICE && (tag.local === 'forms' || tag.local === 'annotation-end');
}

class OdtWalker implements XmlHandlers {
  private skip = 0;
  private readonly paras: Para[] = [];
  private readonly containers: Floored[] = [];
  private readonly tables = new Tables({ count: 0 });
  private listDepth = 0;
  private inBody = false;
  /** Notes wait for the end, so they follow the body as they do in a DOCX. */
  private readonly notes: Note[] = [];
  /** Where a paragraph outside any container goes: heading, list item or paragraph. */
  private readonly place = (para: Para): BlockExtras =>
    para.heading ? { level: para.heading } : this.listDepth > 0 ? { listLevel: this.listDepth } : {};

  constructor(
    private readonly ctx: ReadContext,
    private readonly sink: BlockSink,
  ) {}

  open(tag: XmlTag): void {
    if (this.skip > 0 || skipped(tag)) {
      this.skip++;
      return;
    }
    if (tag.uri === OFFICE) {
      if (tag.local === 'body') this.inBody = true;
      if (tag.local === 'annotation')
        this.containers.push({ type: 'comment', texts: [], id: '', floor: this.paras.length });
      return;
    }
    if (!this.inBody) return;
    if (tag.uri === DRAW && tag.local === 'text-box') this.containers.push({ type: 'frame', floor: this.paras.length });
    else if (tag.uri === TEXT) this.openText(tag);
    else if (tag.uri === TABLE) this.openTable(tag);
  }

  private openText(tag: XmlTag): void {
    switch (tag.local) {
      case 'p':
      case 'h': {
        const level = Number(attr(tag, 'outline-level') ?? '1') || 1;
        this.paras.push({
          buf: new TextBuf(this.ctx, () => this.sink.next),
          heading: tag.local === 'h' ? level : undefined,
          anchors: [],
        });
        return;
      }
      case 'list':
        this.listDepth++;
        return;
      case 's':
        this.emit(' '.repeat(Math.min(Number(attr(tag, 'c') ?? '1') || 1, 1000)));
        return;
      case 'tab':
      case 'line-break':
        this.emit(' ');
        return;
      case 'note': {
        const kind = attr(tag, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
        this.containers.push({
          type: 'note',
          texts: [],
          anchors: [],
          kind,
          id: '',
          headingPath: this.sink.headingPath(),
          floor: this.paras.length,
        });
        return;
      }
    }
  }

  private openTable(tag: XmlTag): void {
    switch (tag.local) {
      case 'table':
        this.tables.begin();
        return;
      case 'table-row':
        this.tables.row();
        return;
      case 'table-cell':
        if (!this.tables.inTable) return;
        this.containers.push({
          type: 'cell',
          texts: [],
          anchors: [],
          table: this.tables.cell(),
          span: 1,
          floor: this.paras.length,
        });
        this.tables.advance(Math.max(1, Number(attr(tag, 'number-columns-repeated') ?? '1') || 1));
        return;
      case 'covered-table-cell':
        this.tables.advance(Math.max(1, Number(attr(tag, 'number-columns-repeated') ?? '1') || 1));
        return;
    }
  }

  close(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (tag.uri === OFFICE) {
      if (tag.local === 'body') this.inBody = false;
      if (tag.local === 'annotation') this.endAnnotation();
      return;
    }
    if (tag.uri === DRAW && tag.local === 'text-box') {
      if (last(this.containers)?.type === 'frame') this.containers.pop();
    } else if (tag.uri === TEXT) {
      if (tag.local === 'p' || tag.local === 'h') this.endParagraph();
      else if (tag.local === 'list') this.listDepth--;
      else if (tag.local === 'note') this.endContainer('note');
    } else if (tag.uri === TABLE) {
      if (tag.local === 'table') this.tables.end();
      else if (tag.local === 'table-cell') this.endContainer('cell');
    }
  }

  text(text: string): void {
    // ODF collapses white space in text like HTML; explicit spaces come as text:s.
    this.emit(text.replace(/[ \t\r\n]+/g, ' '));
  }

  private emit(s: string): void {
    if (this.skip > 0) return;
    const floor = last(this.containers)?.floor ?? 0;
    if (this.paras.length > floor) last(this.paras)!.buf.push(s);
  }

  private endParagraph(): void {
    const para = this.paras.pop();
    if (para) endParagraph(this.sink, this.containers, para, this.place);
  }

  private endContainer(type: 'note' | 'cell'): void {
    const top = last(this.containers);
    if (top?.type !== type) return;
    this.containers.pop();
    if (top.type === 'note') this.notes.push(top);
    else if (top.type === 'cell') addCell(this.sink, top);
  }

  /** Adds the footnotes and endnotes after the body. */
  finish(): void {
    for (const kind of ['footnote', 'endnote'] as const) {
      for (const note of this.notes.filter((n) => n.kind === kind)) addNote(this.sink, note, note.headingPath);
    }
  }

  /** An annotation (comment) is not text; a `jamkrav-disable` one anchors to its paragraph. */
  private endAnnotation(): void {
    const top = last(this.containers);
    if (top?.type !== 'comment') return;
    this.containers.pop();
    const found = parseSuppression(top.texts.join('\n'));
    const para = last(this.paras);
    if (para) para.anchors.push(...found);
    else this.sink.suppress(found);
  }
}
