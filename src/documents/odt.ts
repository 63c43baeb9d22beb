// ODT: content.xml body text into blocks (headings, paragraphs, list items, table cells,
// notes); tracked deletions and annotations are not text, except `jamkrav-disable` ones.
import type { Block, Document, InlineSuppression } from '../types.js';
import { decodePart } from '../xml/index.js';
import { BlockSink, normalizeInline, parseSuppression, TextBuf } from './blocks.js';
import { fail, type ReadContext } from './context.js';
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

interface Para {
  buf: TextBuf;
  heading?: number;
  anchors: InlineSuppression[];
}

type Container =
  | { type: 'cell'; texts: string[]; anchors: InlineSuppression[]; table: NonNullable<Block['table']> }
  | { type: 'note'; texts: string[]; anchors: InlineSuppression[]; kind: 'footnote' | 'endnote'; headingPath: string[] }
  | { type: 'annotation'; texts: string[] }
  | { type: 'frame' };

/** Text directly inside a note, annotation or frame (author, date, citation) belongs to no paragraph. */
type Floored = Container & { floor: number };

/**
 * The last element of `a`. Not `a[a.length - 1]`: on an empty array that reads index -1, which
 * the engine looks up as a property name along the prototype chain, slowly.
 */
function last<T>(a: readonly T[]): T | undefined {
  const n = a.length;
  return n > 0 ? a[n - 1] : undefined;
}

/** Elements whose content is not body text (deleted text, note numbers, alt text, index templates). */
function skipped(tag: XmlTag): boolean {
  if (tag.uri === TEXT) {
    return tag.local === 'tracked-changes' || tag.local === 'note-citation' || tag.local.endsWith('-source') ||
      tag.local === 'sequence-decls' || tag.local === 'variable-decls' || tag.local === 'user-field-decls';
  }
  if (tag.uri === SVG) return tag.local === 'title' || tag.local === 'desc';
  return tag.uri === OFFICE && (tag.local === 'forms' || tag.local === 'annotation-end');
}

class OdtWalker implements XmlHandlers {
  private skip = 0;
  private readonly paras: Para[] = [];
  private readonly containers: Floored[] = [];
  private readonly tables: { id: number; row: number; col: number }[] = [];
  private tableCount = 0;
  private listDepth = 0;
  private inBody = false;
  /** Notes wait for the end, so they follow the body as they do in a DOCX. */
  private readonly notes: Extract<Container, { type: 'note' }>[] = [];

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
      if (tag.local === 'annotation') this.containers.push({ type: 'annotation', texts: [], floor: this.paras.length });
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
        this.paras.push({ buf: new TextBuf(this.ctx, () => this.sink.next), heading: tag.local === 'h' ? level : undefined, anchors: [] });
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
        this.containers.push({ type: 'note', texts: [], anchors: [], kind, headingPath: this.sink.headingPath(), floor: this.paras.length });
        return;
      }
    }
  }

  private openTable(tag: XmlTag): void {
    const t = last(this.tables);
    switch (tag.local) {
      case 'table':
        this.tables.push({ id: ++this.tableCount, row: 0, col: 0 });
        return;
      case 'table-row':
        if (t) {
          t.row++;
          t.col = 0;
        }
        return;
      case 'table-cell':
        if (!t) return;
        this.containers.push({ type: 'cell', texts: [], anchors: [], table: { id: t.id, row: t.row, col: t.col + 1 }, floor: this.paras.length });
        t.col += Math.max(1, Number(attr(tag, 'number-columns-repeated') ?? '1') || 1);
        return;
      case 'covered-table-cell':
        if (t) t.col += Math.max(1, Number(attr(tag, 'number-columns-repeated') ?? '1') || 1);
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
      if (tag.local === 'table') this.tables.pop();
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
    if (!para) return;
    const text = normalizeInline(para.buf.toString());
    const top = last(this.containers);
    if (top && top.type !== 'frame') {
      if (text) top.texts.push(text);
      if (top.type !== 'annotation') top.anchors.push(...para.anchors);
      return;
    }
    const block = para.heading
      ? this.sink.add('heading', text, { level: para.heading })
      : this.listDepth > 0
        ? this.sink.add('list-item', text, { listLevel: this.listDepth })
        : this.sink.add('paragraph', text);
    this.sink.suppress(para.anchors, block?.loc);
  }

  private endContainer(type: 'note' | 'cell'): void {
    const top = last(this.containers);
    if (top?.type !== type) return;
    this.containers.pop();
    if (top.type === 'note') {
      this.notes.push(top);
      return;
    }
    const block = this.sink.add('table-cell', top.texts.join('\n'), { table: top.table });
    this.sink.suppress(top.anchors, block?.loc);
  }

  /** Adds the footnotes and endnotes after the body. */
  finish(): void {
    for (const kind of ['footnote', 'endnote'] as const) {
      for (const note of this.notes.filter((n) => n.kind === kind)) {
        const block = this.sink.add(note.kind, note.texts.join('\n'), { headingPath: note.headingPath });
        this.sink.suppress(note.anchors, block?.loc);
      }
    }
  }

  /** An annotation (comment) is not text; a `jamkrav-disable` one anchors to its paragraph. */
  private endAnnotation(): void {
    const top = last(this.containers);
    if (top?.type !== 'annotation') return;
    this.containers.pop();
    const found = parseSuppression(top.texts.join('\n'));
    const para = last(this.paras);
    if (para) para.anchors.push(...found);
    else this.sink.suppress(found);
  }
}
