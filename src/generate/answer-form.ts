// The supplier answer form: one table row per requirement (its number and rule id, what it asks
// for, an "accepted" tick box, the answer, the attachment), as content controls a supplier fills
// in Word or LibreOffice. Every field carries its stable key twice (form-keys.ts), and the
// document properties say which packs, level and rules the form was made from, so that
// form-read.ts (and `evaluate`) can read a filled form back without guessing.
import { LABELS } from './labels.js';
import type { MetaValues } from './meta.js';
import type { Appendix, ClauseEntry } from './model.js';
import { escapeAttr, escapeXml, para, run, table } from './ooxml.js';
import type { Cell, StyleIds } from './ooxml.js';
import { fillText } from './placeholders.js';
import { LANDSCAPE_WIDTH, renderOwnDocument } from './own-document.js';
import { FORM_PROPERTIES, FORM_VERSION, fieldBookmark, fieldKey, tendererBookmark, tendererKey } from './form-keys.js';
import type { FormField, TendererField } from './form-keys.js';

/** What the form needs besides the appendix model. */
export interface FormInput {
  appendix: Appendix;
  values: MetaValues;
  date: string | undefined;
  /** The packs the rules come from, for the document properties. */
  packs: Array<{ id: string; version: string }>;
}

/** Placeholder texts in every language: a control still showing one holds no answer. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(
  Object.values(LABELS).flatMap((l) => [l.form.answerPlaceholder, l.form.attachmentPlaceholder]),
);

/** Content-control ids must be unique integers; derived from position, so output is reproducible. */
function controlId(row: number, field: number): number {
  return 100000 + row * 10 + field;
}

/** Bookmarks are numbered from 1, in the order they are written. */
interface Counter {
  next: number;
}

/** A bookmark around a control, so the key survives an editor that drops the control's tag. */
function bookmarked(name: string, inner: string, c: Counter): string {
  const id = c.next++;
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
}

/**
 * A text content control showing grey placeholder text: rich text for answers (LibreOffice 7.4
 * moves a line break out of a plain-text control and runs the lines together; a rich-text one
 * keeps it, and lets a Word user write paragraphs), plain text for one-line fields.
 */
function textControl(key: string, alias: string, placeholder: string, id: number, rich = false): string {
  const grey = '<w:rPr><w:color w:val="808080"/></w:rPr>';
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttr(alias)}"/><w:tag w:val="${escapeAttr(key)}"/><w:id w:val="${id}"/>` +
    `<w:showingPlcHdr/>${rich ? '' : '<w:text/>'}</w:sdtPr>` +
    `<w:sdtContent><w:r>${grey}<w:t xml:space="preserve">${escapeXml(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>`
  );
}

/** A Word 2010 check box content control (w14:checkbox), unticked. */
function checkboxControl(key: string, alias: string, id: number): string {
  const font =
    '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>';
  return (
    `<w:sdt><w:sdtPr>${font}<w:alias w:val="${escapeAttr(alias)}"/><w:tag w:val="${escapeAttr(key)}"/>` +
    `<w:id w:val="${id}"/>` +
    `<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>` +
    `<w:sdtContent><w:r>${font}<w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>`
  );
}

/**
 * Floors in twips for the columns a supplier writes in: a tick box with its "Ja"/"Yes"; room to
 * write an answer (7 cm) and an attachment's name (3.5 cm) rather than what the placeholder needs.
 */
const FIELD_WIDTHS = [0, 0, 900, 4000, 2000];

function row(c: ClauseEntry, a: Appendix, counter: Counter): Cell[] {
  const f = a.labels.form;
  const alias = (header: string) => `${header}, ${c.label}`;
  const field = (name: FormField, inner: string) => bookmarked(fieldBookmark(c.number, name), inner, counter);
  const asked = `${f.asked}: ${c.verification}`;
  return [
    { paragraphs: [c.label, `[${c.ruleId}]`], xml: para(run(c.label, { bold: true })) + para(run(`[${c.ruleId}]`)) },
    {
      paragraphs: [c.title, asked],
      xml: para(run(c.title, { bold: true })) + para(run(`${f.asked}: `, { italic: true }) + run(c.verification)),
    },
    {
      paragraphs: [f.yes],
      xml: para(
        field(
          'accepted',
          checkboxControl(fieldKey(c.ruleId, 'accepted'), alias(f.headers[2]), controlId(c.number, 1)),
        ) + run(` ${f.yes}`),
      ),
    },
    {
      paragraphs: [f.answerPlaceholder],
      xml: para(
        field(
          'answer',
          textControl(
            fieldKey(c.ruleId, 'answer'),
            alias(f.headers[3]),
            f.answerPlaceholder,
            controlId(c.number, 2),
            true,
          ),
        ),
      ),
    },
    {
      paragraphs: [f.attachmentPlaceholder],
      xml: para(
        field(
          'attachment',
          textControl(
            fieldKey(c.ruleId, 'attachment'),
            alias(f.headers[4]),
            f.attachmentPlaceholder,
            controlId(c.number, 3),
          ),
        ),
      ),
    },
  ];
}

/** The form's body: title, who it is for, how to fill it, who answers, and the table. */
function body(a: Appendix, values: MetaValues, s: StyleIds, counter: Counter): string {
  const l = a.labels;
  const f = l.form;
  const fill = (t: string) => fillText(t, values);
  const meta = l.metaLines
    .map(([key, label]) => para(run(`${label}: `, { bold: true }) + run(fill(`{{${key}}}`))))
    .join('');
  const tenderer = (field: TendererField, label: string, id: number) =>
    para(
      run(`${label}: `, { bold: true }) +
        bookmarked(tendererBookmark(field), textControl(tendererKey(field), label, `[${label}]`, id), counter),
    );
  const clauses = a.groups.flatMap((g) => g.clauses);
  const rows = clauses.map((c) => row(c, a, counter));
  return (
    para(run(fill('{{tender.title}}')), 'Title') +
    para(run(f.title), 'Subtitle') +
    meta +
    f.intro.map((p) => para(run(fill(p)))).join('') +
    para(run(f.tendererHeading), s.heading2) +
    tenderer('name', f.tenderer, 1) +
    tenderer('org-number', f.orgNumber, 2) +
    para(run(l.sections.requirements), s.heading2) +
    (rows.length === 0
      ? para(run(l.noRequirements))
      : `${table(s.table, f.headers, rows, { width: LANDSCAPE_WIDTH, minWidths: FIELD_WIDTHS })}<w:p/>`)
  );
}

/** The answer form as DOCX bytes: reproducible, dated like the appendix. */
export async function renderAnswerForm(input: FormInput): Promise<Uint8Array> {
  const a = input.appendix;
  const counter: Counter = { next: 1 };
  const ids = a.groups.flatMap((g) => g.clauses.map((c) => c.ruleId));
  const reference = input.values.peek('tender.reference');
  return renderOwnDocument({
    lang: a.lang,
    values: input.values,
    date: input.date,
    landscape: true,
    body: (s) => body(a, input.values, s, counter),
    properties: [
      [FORM_PROPERTIES.form, FORM_VERSION],
      [FORM_PROPERTIES.lang, a.lang],
      [FORM_PROPERTIES.level, a.level],
      [FORM_PROPERTIES.packs, input.packs.map((p) => `${p.id}@${p.version}`).join(' ')],
      [FORM_PROPERTIES.rules, ids.join(' ')],
      ...(reference ? [[FORM_PROPERTIES.reference, reference] as [string, string]] : []),
    ],
  });
}
