// Reads a filled answer form back: every field by its stable key, whichever editor saved it.
// Word keeps the content controls' tags; LibreOffice 7.4 drops tags but keeps the bookmarks
// around the controls; and should both be lost, a row still names its rule as `[rule.id]`, so
// its tick box and text fields are taken in column order. Each value says which of the three
// found it. Used by the round-trip test and, later, by `evaluate`.
import { UserError } from '../errors.js';
import { scanXml, XmlDoctypeError, XmlSyntaxError } from '../xml/index.js';
import type { XmlTag } from '../xml/index.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { PLACEHOLDERS } from './answer-form.js';
import { FORM_PROPERTIES, parseBookmark, parseTag } from './form-keys.js';
import type { FormField, KeyRef, TendererField } from './form-keys.js';
import { openDocx } from './package.js';

/** How a field was found: by its content control's tag, its bookmark, or its place in the row. */
export type FoundBy = 'tag' | 'bookmark' | 'row';

/** One requirement's answers. */
export interface FormAnswer {
  ruleId: string;
  /** Ticked, not ticked, or null when the tick box was not found. */
  accepted: boolean | null;
  answer: string;
  attachment: string;
  foundBy: Partial<Record<FormField, FoundBy>>;
}

/** A whole form as read. */
export interface FormReading {
  /** Document properties: the form version, language, level, packs (`id@version`), rule ids. */
  version: string | undefined;
  lang: string | undefined;
  level: string | undefined;
  packs: string[];
  rules: string[];
  reference: string | undefined;
  tenderer: Record<TendererField, string>;
  /** In requirement-number order (the order of `rules`), then any others found. */
  answers: FormAnswer[];
  /** Every value by its key (`jamkrav:diskrl3.pay:answer`, `jamkrav:tenderer:name`). */
  values: Map<string, string | boolean>;
}

const MSG = {
  notForm: {
    sv: 'är inget svarsformulär från jamkrav (inga fält med nycklar jamkrav:…)',
    en: 'is no jamkrav answer form (no fields with jamkrav:… keys)',
  },
  xml: { sv: 'dokumentdelen går inte att läsa ({detail})', en: 'the document part cannot be read ({detail})' },
} as const satisfies Record<string, Text>;

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
interface Leaf {
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

function customProperties(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:\w+>([^<]*)<\/vt:\w+>/g)) {
    out.set(decode(m[1]!), decode(m[2]!));
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e]!;
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Walks the main part and returns its leaf controls (those holding no other control). */
function leavesOf(xml: string, file: string, lang: Lang): Leaf[] {
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
      throw new UserError(file, fmt(lang, MSG.xml, { detail: e.message }));
    throw e;
  }
  return leaves;
}

/** The value of a control: a tick box's state, or its text without placeholder. */
function leafValue(leaf: Leaf): string | boolean {
  if (leaf.checkbox !== undefined) return leaf.checkbox ?? CHECKED_CHARS.test(leaf.text);
  const text = leaf.text.replace(/[ \t]+\n/g, '\n').trim();
  if (leaf.placeholder || PLACEHOLDERS.has(text) || /^\[[^\]]*\]$/.test(text)) return '';
  return text;
}

/**
 * Reads an answer form. Throws UserError for a file that is no DOCX, or no jamkrav answer form.
 * `lang` is the language of those messages.
 */
export function readAnswerForm(data: Uint8Array, file: string, lang: Lang): FormReading {
  const pkg = openDocx(data, file, lang);
  const props = customProperties(pkg.text('docProps/custom.xml'));
  const list = (name: string) => (props.get(name) ?? '').split(/\s+/).filter(Boolean);
  const rules = list(FORM_PROPERTIES.rules);
  const leaves = leavesOf(pkg.text(pkg.mainPart()!)!, file, lang);

  const values = new Map<string, string | boolean>();
  const foundBy = new Map<string, FoundBy>();
  const keyOf = (ref: KeyRef): string | undefined => {
    if (ref.kind === 'tenderer') return `jamkrav:tenderer:${ref.field}`;
    const ruleId = ref.kind === 'rule' ? ref.ruleId : rules[ref.number - 1];
    return ruleId === undefined ? undefined : `jamkrav:${ruleId}:${ref.field}`;
  };
  const put = (key: string, leaf: Leaf, by: FoundBy) => {
    if (values.has(key)) return;
    values.set(key, leafValue(leaf));
    foundBy.set(key, by);
  };

  const unkeyed: Leaf[] = [];
  for (const leaf of leaves) {
    const tagRef = leaf.tag !== undefined ? parseTag(leaf.tag) : undefined;
    const tagKey = tagRef && keyOf(tagRef);
    if (tagKey) {
      put(tagKey, leaf, 'tag');
      continue;
    }
    const bmKey = leaf.bookmarks
      .map(parseBookmark)
      .map((r) => r && keyOf(r))
      .find((k) => k !== undefined);
    if (bmKey) put(bmKey, leaf, 'bookmark');
    else unkeyed.push(leaf);
  }
  // Last resort: a row that names its rule as [rule.id] gives its tick box and text fields in order.
  const known = new Set([...rules, ...[...values.keys()].map((k) => k.split(':')[1]!)]);
  for (const leaf of unkeyed) {
    const r = leaf.row;
    if (!r) continue;
    const ruleId = [...r.text.matchAll(/\[([a-z0-9]+\.[a-z0-9-]+)\]/g)].map((m) => m[1]!).find((id) => known.has(id));
    if (!ruleId) continue;
    const texts = r.leaves.filter((l) => l.checkbox === undefined);
    const field: FormField | undefined =
      leaf.checkbox !== undefined
        ? 'accepted'
        : texts.indexOf(leaf) === 0
          ? 'answer'
          : texts.indexOf(leaf) === 1
            ? 'attachment'
            : undefined;
    if (field) put(`jamkrav:${ruleId}:${field}`, leaf, 'row');
  }
  if (values.size === 0) throw new UserError(file, fmt(lang, MSG.notForm));

  const ids = [...rules];
  for (const key of values.keys()) {
    const id = key.split(':')[1]!;
    if (id !== 'tenderer' && !ids.includes(id)) ids.push(id);
  }
  const text = (key: string) => {
    const v = values.get(key);
    return typeof v === 'string' ? v : '';
  };
  const answers = ids.map((ruleId): FormAnswer => {
    const accepted = values.get(`jamkrav:${ruleId}:accepted`);
    const by: Partial<Record<FormField, FoundBy>> = {};
    for (const f of ['accepted', 'answer', 'attachment'] as const) {
      const b = foundBy.get(`jamkrav:${ruleId}:${f}`);
      if (b) by[f] = b;
    }
    return {
      ruleId,
      accepted: typeof accepted === 'boolean' ? accepted : null,
      answer: text(`jamkrav:${ruleId}:answer`),
      attachment: text(`jamkrav:${ruleId}:attachment`),
      foundBy: by,
    };
  });
  return {
    version: props.get(FORM_PROPERTIES.form),
    lang: props.get(FORM_PROPERTIES.lang),
    level: props.get(FORM_PROPERTIES.level),
    packs: list(FORM_PROPERTIES.packs),
    rules,
    reference: props.get(FORM_PROPERTIES.reference),
    tenderer: { name: text('jamkrav:tenderer:name'), 'org-number': text('jamkrav:tenderer:org-number') },
    answers,
    values,
  };
}
