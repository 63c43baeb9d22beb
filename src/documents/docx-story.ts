// One pass over a WordprocessingML story (document body, footnotes, endnotes, comments):
// which text a reader of the printed document sees, grouped into paragraphs, cells and notes.
import type { Block, InlineSuppression } from '../types.js';
import { BlockSink, normalizeInline, TextBuf } from './blocks.js';
import { fail, type ReadContext } from './context.js';
import { isW, MC_NS, onOff, Styles } from './docx-package.js';
import { attr, type XmlHandlers, type XmlTag } from './xml.js';

/** What a story pass shares with the rest of the document. */
export interface StoryShared {
  styles: Styles;
  /** Comment id → the suppressions its text declares (filled by the comments pass). */
  suppressions: Map<string, InlineSuppression[]>;
  /** Comment id → comment text (written by the comments pass). */
  comments: Map<string, string>;
  /** `footnote:3` → heading path where the reference sits (written by the body pass). */
  noteRefs: Map<string, string[]>;
  /** Tables numbered so far: ids stay unique across body, footnotes and endnotes. */
  tables: { count: number };
  /** Called for a `w:altChunk` in the body with its relationship id. */
  altChunk(rId: string): void;
}

/** Elements whose whole content is not visible text. */
const SKIP = new Set([
  'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'rt', 'rubyPr', 'sectPr',
  'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange',
  'sdtPr', 'sdtEndPr', 'tblPr', 'tblGrid', 'fldData', 'ffData', 'customXmlPr', 'smartTagPr',
]);

/** Properties and markers `property` reads. */
const PROPERTIES = [
  'pStyle', 'numId', 'ilvl', 'outlineLvl', 'rStyle', 'vanish', 'gridSpan', 'gridBefore',
  'footnoteReference', 'endnoteReference', 'commentRangeStart', 'commentReference',
];

// What the walker does with an element, worked out once per tag (the scanner hands the same tag
// for every element of a name in a scope) and kept on it: most elements of a document are ones
// the walker never reads (`w:lang`, `w:b`, `w:tcW`, …), and neither they nor the others then
// cost a string comparison.
/** Not read: not WordprocessingML, or an element the walker does nothing with. */
const R_NONE = 0;
/** Markup compatibility (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`, …). */
const R_MC = 1;
/** One of SKIP: content not visible. */
const R_SKIP = 2;
/** One of PROPERTIES. */
const R_PROPERTY = 3;
// Elements `open` and `close` handle in their switches.
const R_P = 4;
const R_PPR = 5;
const R_RPR = 6;
const R_R = 7;
const R_T = 8;
const R_BLANK = 9;
const R_NOBREAKHYPHEN = 10;
const R_FLDCHAR = 11;
const R_TBL = 12;
const R_TR = 13;
const R_TC = 14;
const R_TXBXCONTENT = 15;
const R_FOOTNOTE = 16;
const R_ENDNOTE = 17;
const R_COMMENT = 18;
const R_ALTCHUNK = 19;

const ROLES = new Map<string, number>([
  ['p', R_P], ['pPr', R_PPR], ['rPr', R_RPR], ['r', R_R], ['t', R_T],
  ['tab', R_BLANK], ['ptab', R_BLANK], ['br', R_BLANK], ['cr', R_BLANK], ['noBreakHyphen', R_NOBREAKHYPHEN],
  ['fldChar', R_FLDCHAR], ['tbl', R_TBL], ['tr', R_TR], ['tc', R_TC], ['txbxContent', R_TXBXCONTENT],
  ['footnote', R_FOOTNOTE], ['endnote', R_ENDNOTE], ['comment', R_COMMENT], ['altChunk', R_ALTCHUNK],
  ...PROPERTIES.map((local): [string, number] => [local, R_PROPERTY]),
]);

function roleOf(tag: XmlTag): number {
  if (tag.uri === MC_NS) return R_MC;
  if (!isW(tag)) return R_NONE;
  if (SKIP.has(tag.local)) return R_SKIP;
  return ROLES.get(tag.local) ?? R_NONE;
}

/**
 * The last element of `a`. Not `a[a.length - 1]`: on an empty array that reads index -1, which
 * the engine looks up as a property name along the prototype chain, slowly.
 */
function last<T>(a: readonly T[]): T | undefined {
  const n = a.length;
  return n > 0 ? a[n - 1] : undefined;
}

/** Pseudo-notes Word keeps for the separator lines above the notes area. */
const NOTE_PSEUDO = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

interface Para {
  buf: TextBuf;
  style?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  hiddenStyle?: boolean;
  anchors: InlineSuppression[];
}

type Container =
  | { type: 'cell'; texts: string[]; anchors: InlineSuppression[]; table: NonNullable<Block['table']>; span: number }
  | { type: 'note'; texts: string[]; anchors: InlineSuppression[]; kind: 'footnote' | 'endnote'; id: string }
  | { type: 'comment'; texts: string[]; id: string }
  | { type: 'textbox' };

interface Run {
  vanish?: boolean;
  styleHidden?: boolean;
}

export type StoryKind = 'body' | 'notes' | 'comments';

/** XML handlers for one story; blocks go to `sink` as paragraphs, cells and notes close. */
export class StoryWalker implements XmlHandlers {
  private skip = 0;
  private inPPr = false;
  private inRPr = false;
  private inT = 0;
  private readonly runs: Run[] = [];
  /** Open complex fields: true once past `separate` (showing the result). */
  private readonly fields: boolean[] = [];
  private instrOpen = 0;
  /** Open `mc:AlternateContent`: whether a Choice was taken. */
  private readonly alt: boolean[] = [];
  private readonly paras: Para[] = [];
  private readonly containers: Container[] = [];
  private readonly tables: { id: number; row: number; gridCol: number }[] = [];
  private rootSeen = false;
  private readonly anchored = new Set<string>();

  constructor(
    private readonly ctx: ReadContext,
    private readonly part: string,
    private readonly kind: StoryKind,
    private readonly shared: StoryShared,
    private readonly sink: BlockSink,
  ) {}

  open(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (this.kind === 'body' && !(isW(tag) && tag.local === 'document')) {
        fail(this.ctx, 'notWordDocument', { part: this.part, root: tag.name });
      }
    }
    let role = tag.role;
    if (role < 0) role = tag.role = roleOf(tag);
    if (role === R_NONE) return;
    if (role === R_MC) {
      this.openMc(tag.local);
      return;
    }
    if (role === R_SKIP) {
      this.skip = 1;
      return;
    }
    const para = last(this.paras);
    switch (role) {
      case R_R:
        this.runs.push({});
        if (para && para.hiddenStyle === undefined) para.hiddenStyle = this.shared.styles.hidden(para.style);
        return;
      case R_RPR:
        // The paragraph mark's own run properties say nothing about the text.
        if (this.inPPr) this.skip = 1;
        else this.inRPr = true;
        return;
      case R_T:
        this.inT++;
        return;
      case R_P:
        this.paras.push({ buf: new TextBuf(this.ctx, () => this.sink.next), anchors: [] });
        return;
      case R_PPR:
        this.inPPr = true;
        return;
      case R_BLANK:
        this.emit(' ');
        return;
      case R_NOBREAKHYPHEN:
        this.emit('-');
        return;
      case R_FLDCHAR:
        this.fieldChar(attr(tag, 'fldCharType'));
        return;
      case R_TBL:
        this.tables.push({ id: ++this.shared.tables.count, row: 0, gridCol: 0 });
        return;
      case R_TR: {
        const t = last(this.tables);
        if (t) {
          t.row++;
          t.gridCol = 0;
        }
        return;
      }
      case R_TC: {
        const t = last(this.tables) ?? { id: ++this.shared.tables.count, row: 1, gridCol: 0 };
        this.containers.push({ type: 'cell', texts: [], anchors: [], table: { id: t.id, row: t.row, col: t.gridCol + 1 }, span: 1 });
        return;
      }
      case R_TXBXCONTENT:
        this.containers.push({ type: 'textbox' });
        return;
      case R_FOOTNOTE:
      case R_ENDNOTE:
        if (this.kind !== 'notes') return;
        if (NOTE_PSEUDO.has(attr(tag, 'type') ?? '')) this.skip = 1;
        else this.containers.push({ type: 'note', texts: [], anchors: [], kind: role === R_FOOTNOTE ? 'footnote' : 'endnote', id: attr(tag, 'id') ?? '' });
        return;
      case R_COMMENT:
        if (this.kind === 'comments') this.containers.push({ type: 'comment', texts: [], id: attr(tag, 'id') ?? '' });
        return;
      case R_ALTCHUNK:
        if (this.kind === 'body') this.shared.altChunk(attr(tag, 'id') ?? '');
        return;
      case R_PROPERTY:
        this.property(tag.local, tag, para);
        return;
    }
  }

  /** Properties and markers: paragraph style, numbering, hidden text, anchors, table grid. */
  private property(local: string, tag: XmlTag, para: Para | undefined): void {
    const run = last(this.runs);
    switch (local) {
      case 'pStyle':
        if (para && this.inPPr) para.style = attr(tag, 'val');
        return;
      case 'numId':
        if (para && this.inPPr) para.numId = attr(tag, 'val');
        return;
      case 'ilvl':
        if (para && this.inPPr) para.ilvl = Number(attr(tag, 'val')) || 0;
        return;
      case 'outlineLvl':
        if (para && this.inPPr) para.outline = Number(attr(tag, 'val'));
        return;
      case 'rStyle':
        if (run && this.inRPr) run.styleHidden = this.shared.styles.hidden(attr(tag, 'val'));
        return;
      case 'vanish':
        if (run && this.inRPr) run.vanish = onOff(tag);
        return;
      case 'gridSpan': {
        const cell = last(this.containers);
        if (cell?.type === 'cell') cell.span = Math.max(1, Number(attr(tag, 'val')) || 1);
        return;
      }
      case 'gridBefore': {
        const t = last(this.tables);
        if (t) t.gridCol = Number(attr(tag, 'val')) || 0;
        return;
      }
      case 'footnoteReference':
      case 'endnoteReference':
        this.shared.noteRefs.set(`${local.slice(0, -9)}:${attr(tag, 'id')}`, this.sink.headingPath());
        return;
      case 'commentRangeStart':
      case 'commentReference':
        this.anchor(attr(tag, 'id') ?? '', para);
        return;
    }
  }

  private openMc(local: string): void {
    if (local === 'AlternateContent') {
      this.alt.push(false);
    } else if (local === 'Choice') {
      // Read the first Choice (the modern markup) and skip every alternative to it, so a text
      // box's VML fallback copy never doubles its text.
      if (this.alt.length > 0 && !last(this.alt)) this.alt[this.alt.length - 1] = true;
      else this.skip = 1;
    } else if (local === 'Fallback') {
      this.skip = 1;
    }
  }

  close(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    let role = tag.role;
    if (role < 0) role = tag.role = roleOf(tag);
    switch (role) {
      case R_NONE:
        return;
      case R_T:
        this.inT--;
        return;
      case R_R:
        this.runs.pop();
        return;
      case R_RPR:
        this.inRPr = false;
        return;
      case R_P:
        this.endParagraph();
        return;
      case R_PPR:
        this.inPPr = false;
        return;
      case R_TC:
        this.endCell();
        return;
      case R_MC:
        if (tag.local === 'AlternateContent') this.alt.pop();
        return;
      case R_TBL:
        this.tables.pop();
        return;
      case R_TXBXCONTENT:
        if (last(this.containers)?.type === 'textbox') this.containers.pop();
        return;
      case R_FOOTNOTE:
      case R_ENDNOTE:
      case R_COMMENT:
        this.endNoteOrComment();
        return;
    }
  }

  text(text: string): void {
    if (this.inT > 0 && this.skip === 0) this.emit(text);
  }

  /** Appends visible text to the innermost paragraph. */
  private emit(s: string): void {
    if (this.skip > 0 || this.instrOpen > 0 || this.runs.length === 0) return;
    const para = last(this.paras);
    if (!para) return;
    const run = last(this.runs)!;
    if (run.vanish ?? run.styleHidden ?? para.hiddenStyle ?? false) return;
    para.buf.push(s);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.instrOpen++;
    } else if (type === 'separate') {
      if (this.fields.length > 0 && !last(this.fields)) {
        this.fields[this.fields.length - 1] = true;
        this.instrOpen--;
      }
    } else if (type === 'end') {
      // A field without `separate` has no result: it ends here, code and all.
      if (this.fields.pop() === false) this.instrOpen--;
    }
  }

  private anchor(id: string, para: Para | undefined): void {
    const found = this.shared.suppressions.get(id);
    if (!found || this.anchored.has(id)) return;
    this.anchored.add(id);
    if (para) para.anchors.push(...found);
    else this.sink.suppress(found);
  }

  private endParagraph(): void {
    const para = this.paras.pop();
    if (!para) return;
    if (this.paras.length === 0) {
      // A field code cannot hold a paragraph mark: a field still in its code part when the
      // paragraph ends is damaged, and must not swallow the rest of the document.
      while (this.fields.length > 0 && !last(this.fields)) {
        this.fields.pop();
        this.instrOpen--;
      }
    }
    const text = normalizeInline(para.buf.toString());
    const top = last(this.containers);
    if (top && top.type !== 'textbox') {
      if (text) top.texts.push(text);
      if (top.type !== 'comment') top.anchors.push(...para.anchors);
      return;
    }
    const styles = this.shared.styles;
    const heading = para.outline !== undefined ? (para.outline < 9 ? para.outline + 1 : undefined) : styles.headingLevel(para.style);
    const listLevel =
      para.numId !== undefined ? (para.numId !== '0' ? (para.ilvl ?? 0) + 1 : undefined) : styles.listLevel(para.style);
    const block = heading
      ? this.sink.add('heading', text, { level: heading })
      : listLevel
        ? this.sink.add('list-item', text, { listLevel })
        : this.sink.add('paragraph', text);
    this.sink.suppress(para.anchors, block?.loc);
  }

  private endCell(): void {
    const cell = this.containers.pop();
    if (cell?.type !== 'cell') {
      if (cell) this.containers.push(cell);
      return;
    }
    const t = last(this.tables);
    if (t) t.gridCol += cell.span;
    const block = this.sink.add('table-cell', cell.texts.join('\n'), { table: cell.table });
    this.sink.suppress(cell.anchors, block?.loc);
  }

  private endNoteOrComment(): void {
    const top = last(this.containers);
    if (top?.type === 'comment') {
      this.containers.pop();
      this.shared.comments.set(top.id, top.texts.join('\n'));
    } else if (top?.type === 'note') {
      this.containers.pop();
      const headingPath = this.shared.noteRefs.get(`${top.kind}:${top.id}`);
      const block = this.sink.add(top.kind, top.texts.join('\n'), headingPath ? { headingPath } : {});
      this.sink.suppress(top.anchors, block?.loc);
    }
  }
}
