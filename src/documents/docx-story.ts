// One pass over a WordprocessingML story (document body, footnotes, endnotes, comments):
// which text a reader of the printed document sees, grouped into paragraphs, cells and notes.
// What a paragraph's properties make of it is in docx-paragraph.ts.
import type { InlineSuppression } from '../types.js';
import { TextBuf, type BlockExtras, type BlockSink } from './blocks.js';
import { fail, type ReadContext } from './context.js';
import { Alternatives } from './docx-alternate.js';
import { Fields } from './docx-fields.js';
import { isW, onOff, type Styles } from './docx-package.js';
import { newPara, newRun, type Para, placement, type Run, setParaProperty } from './docx-paragraph.js';
import {
  R_ALTCHUNK,
  R_BLANK,
  R_COMMENT,
  R_ENDNOTE,
  R_FLDCHAR,
  R_FOOTNOTE,
  R_MC,
  R_NOBREAKHYPHEN,
  R_NONE,
  R_P,
  R_PPR,
  R_PROPERTY,
  R_R,
  R_RPR,
  R_SKIP,
  R_T,
  R_TBL,
  R_TC,
  R_TR,
  R_TXBXCONTENT,
  role as roleOf,
} from './docx-roles.js';
import { addCell, addNote, endParagraph, last, Tables, type Container } from './story-blocks.js';
import { attr, type XmlHandlers, type XmlTag } from './xml.js';

/** What a story pass shares with the rest of the document. */
export interface StoryShared {
  styles: Styles;
  /** Comment id → the suppressions its text declares (filled by the comments pass). */
  suppressions: Map<string, InlineSuppression[]>;
  /** Comment id → comment text (written by the comments pass). */
  comments: Map<string, string>;
  /** `footnote:3` → heading path where the reference sits (written by the body pass). */
  noteRefs: Map<string, readonly string[]>;
  /** Tables numbered so far: ids stay unique across body, footnotes and endnotes. */
  tables: { count: number };
  /** Called for a `w:altChunk` in the body with its relationship id. */
  altChunk(rId: string): void;
}

/** Pseudo-notes Word keeps for the separator lines above the notes area. */
const NOTE_PSEUDO = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export type StoryKind = 'body' | 'notes' | 'comments';

/** XML handlers for one story; blocks go to `sink` as paragraphs, cells and notes close. */
export class StoryWalker implements XmlHandlers {
  private skip = 0;
  private inPPr = false;
  private inRPr = false;
  private inT = 0;
  private readonly runs: Run[] = [];
  private readonly fields = new Fields();
  private readonly alt = new Alternatives();
  private readonly paras: Para[] = [];
  private readonly containers: Container[] = [];
  private readonly tables: Tables;
  private rootSeen = false;
  private readonly anchored = new Set<string>();
  /** Where a paragraph outside any container goes: heading, list item or paragraph. */
  private readonly place = (para: Para): BlockExtras => placement(para, this.shared.styles);

  constructor(
    private readonly ctx: ReadContext,
    private readonly part: string,
    private readonly kind: StoryKind,
    private readonly shared: StoryShared,
    private readonly sink: BlockSink,
  ) {
    this.tables = new Tables(shared.tables);
  }

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
    const role = roleOf(tag);
    if (role === R_NONE) return;
    if (role === R_MC) {
      if (this.alt.enter(tag.local)) this.skip = 1;
      return;
    }
    if (role === R_SKIP) {
      this.skip = 1;
      return;
    }
    const para = last(this.paras);
    switch (role) {
      case R_R:
        this.runs.push(newRun());
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
        this.paras.push(newPara(new TextBuf(this.ctx, () => this.sink.next)));
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
        this.fields.char(attr(tag, 'fldCharType'));
        return;
      case R_TBL:
        this.tables.begin();
        return;
      case R_TR:
        this.tables.row();
        return;
      case R_TC:
        this.containers.push({ type: 'cell', texts: [], anchors: [], table: this.tables.cell(), span: 1 });
        return;
      case R_TXBXCONTENT:
        this.containers.push({ type: 'frame' });
        return;
      case R_FOOTNOTE:
      case R_ENDNOTE:
        if (this.kind !== 'notes') return;
        if (NOTE_PSEUDO.has(attr(tag, 'type') ?? '')) this.skip = 1;
        else
          this.containers.push({
            type: 'note',
            texts: [],
            anchors: [],
            kind: role === R_FOOTNOTE ? 'footnote' : 'endnote',
            id: attr(tag, 'id') ?? '',
          });
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
    if (para && this.inPPr && setParaProperty(para, local, tag)) return;
    const run = last(this.runs);
    switch (local) {
      case 'rStyle':
        if (run && this.inRPr) run.styleHidden = this.shared.styles.hidden(attr(tag, 'val'));
        return;
      case 'vanish':
        if (run && this.inRPr) run.vanish = onOff(tag);
        return;
      case 'strike':
      case 'dstrike':
        if (run && this.inRPr) run.struck = onOff(tag);
        return;
      case 'gridSpan': {
        const cell = last(this.containers);
        if (cell?.type === 'cell') cell.span = Math.max(1, Number(attr(tag, 'val')) || 1);
        return;
      }
      case 'gridBefore':
        this.tables.advance(Number(attr(tag, 'val')) || 0, true);
        return;
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

  close(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (roleOf(tag)) {
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
        this.alt.leave(tag.local);
        return;
      case R_TBL:
        this.tables.end();
        return;
      case R_TXBXCONTENT:
        if (last(this.containers)?.type === 'frame') this.containers.pop();
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
    if (this.skip > 0 || this.fields.inCode > 0 || this.runs.length === 0) return;
    const para = last(this.paras);
    if (!para) return;
    const run = last(this.runs)!;
    if (run.vanish ?? run.styleHidden ?? para.hiddenStyle ?? false) return;
    if (run.struck === true) return;
    para.buf.push(s);
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
    if (this.paras.length === 0) this.fields.paragraphEnded();
    endParagraph(this.sink, this.containers, para, this.place);
  }

  private endCell(): void {
    const cell = this.containers.pop();
    if (cell?.type !== 'cell') {
      if (cell) this.containers.push(cell);
      return;
    }
    this.tables.advance(cell.span);
    addCell(this.sink, cell);
  }

  private endNoteOrComment(): void {
    const top = last(this.containers);
    if (top?.type === 'comment') {
      this.containers.pop();
      this.shared.comments.set(top.id, top.texts.join('\n'));
    } else if (top?.type === 'note') {
      this.containers.pop();
      addNote(this.sink, top, this.shared.noteRefs.get(`${top.kind}:${top.id}`));
    }
  }
}
