// The content controls of a filled answer form's main part: one linear walk that collects each
// leaf control (one holding no other control) with its tag, the bookmarks around it, its tick
// box state and its text, and the table row it stands in; and the value a leaf holds.
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { scanXml, XmlDoctypeError, XmlSyntaxError } from '../xml/index.js';
import type { XmlTag } from '../xml/index.js';
import { PLACEHOLDERS } from './answer-form.js';

const XML_MESSAGE: Text = {
  sv: 'dokumentdelen går inte att läsa ({detail})',
  en: 'the document part cannot be read ({detail})',
};
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const CHECKED_CHARS = /[\u2612\u2611\u2713\u2714xX]/;

/** A content control being read. */
interface Control {
  tag?: string;
  checkbox?: boolean | null;
  placeholder: boolean;
  text: string;
  bookmarks: string[];
  parent?: Control;
  hasChild: boolean;
  /** Inside w:sdtContent (text counts) rather than w:sdtPr. */
  inContent: boolean;
}

/** A finished leaf control, with where its key may come from. */
export interface Leaf {
  tag?: string;
  bookmarks: string[];
  checkbox?: boolean | null;
  text: string;
  placeholder: boolean;
  row?: Row;
}

interface Row {
  text: string;
  leaves: Leaf[];
}

/** Walks the main part and returns its leaf controls (those holding no other control). */
export function leavesOf(xml: string, file: string, lang: Lang): Leaf[] {
  const leaves: Leaf[] = [];
  let current: Control | undefined;
  let inPr = 0;
  let inText = false;
  let row: Row | undefined;
  /** Bookmarks opened outside any control: they name the next control opened before they end. */
  const pending = new Map<string, string>();
  const on = (t: XmlTag, local: string) => t.uri === W && t.local === local;
  try {
    scanXml(
      xml,
      {
        open(t) {
          if (on(t, 'sdt')) {
            const c: Control = {
              placeholder: false,
              text: '',
              bookmarks: [...pending.values()],
              hasChild: false,
              inContent: false,
              ...(current ? { parent: current } : {}),
            };
            if (current) current.hasChild = true;
            current = c;
          } else if (on(t, 'sdtPr')) inPr++;
          else if (on(t, 'sdtContent') && current) current.inContent = true;
          else if (inPr > 0 && current && !current.inContent) {
            if (on(t, 'tag')) current.tag = t.attr('val');
            else if (on(t, 'showingPlcHdr')) current.placeholder = true;
            else if (t.uri === W14 && t.local === 'checkbox') current.checkbox ??= null;
            else if (t.uri === W14 && t.local === 'checked')
              current.checkbox = /^(1|true|on)$/i.test(t.attr('val') ?? '1');
          } else if (on(t, 'bookmarkStart')) {
            const name = t.attr('name') ?? '';
            if (current) current.bookmarks.push(name);
            else pending.set(t.attr('id') ?? name, name);
          } else if (on(t, 'bookmarkEnd')) pending.delete(t.attr('id') ?? '');
          else if (on(t, 'tr')) row = { text: '', leaves: [] };
          else if (on(t, 't')) inText = true;
          else if ((on(t, 'br') || on(t, 'cr')) && current?.inContent)
            for (let c: Control | undefined = current; c; c = c.parent) c.text += '\n';
          else if (on(t, 'tab') && current?.inContent)
            for (let c: Control | undefined = current; c; c = c.parent) c.text += '\t';
        },
        close(t) {
          if (on(t, 'sdt') && current) {
            const c = current;
            current = c.parent;
            if (!c.hasChild) {
              // A control without key of its own takes its wrappers' (LibreOffice wraps tick boxes).
              let tag = c.tag;
              const bookmarks = [...c.bookmarks];
              for (let p = c.parent; p; p = p.parent) {
                tag ??= p.tag;
                bookmarks.push(...p.bookmarks);
              }
              const leaf: Leaf = {
                bookmarks,
                text: c.text,
                placeholder: c.placeholder,
                ...(tag !== undefined ? { tag } : {}),
                ...(c.checkbox !== undefined ? { checkbox: c.checkbox } : {}),
                ...(row ? { row } : {}),
              };
              leaves.push(leaf);
              row?.leaves.push(leaf);
            }
          } else if (on(t, 'sdtPr')) inPr--;
          else if (on(t, 't')) inText = false;
          else if (on(t, 'p') && current?.inContent)
            for (let c: Control | undefined = current; c; c = c.parent) c.text += '\n';
          else if (on(t, 'tr')) row = undefined;
        },
        text(s) {
          if (!inText) return;
          if (row) row.text += s;
          if (current?.inContent) for (let c: Control | undefined = current; c; c = c.parent) c.text += s;
        },
      },
      {
        maxDepth: 256,
        onDepth: () => {
          throw new XmlSyntaxError('too deeply nested', 0);
        },
      },
    );
  } catch (e) {
    if (e instanceof XmlSyntaxError || e instanceof XmlDoctypeError)
      throw new UserError(file, fmt(lang, XML_MESSAGE, { detail: e.message }));
    throw e;
  }
  return leaves;
}

/** The value of a control: a tick box's state, or its text without placeholder. */
export function leafValue(leaf: Leaf): string | boolean {
  if (leaf.checkbox !== undefined) return leaf.checkbox ?? CHECKED_CHARS.test(leaf.text);
  const text = leaf.text.replace(/[ \t]+\n/g, '\n').trim();
  if (leaf.placeholder || PLACEHOLDERS.has(text) || /^\[[^\]]*\]$/.test(text)) return '';
  return text;
}
