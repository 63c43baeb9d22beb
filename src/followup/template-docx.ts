// The supplier's yearly report form for one contract and period: one field per indicator the
// contract's clauses ask for (counts of women and men, dates, yes or no), as content controls
// with stable keys (report-keys.ts), and the contract and period in the document properties, so
// that `followup check` reads a returned form by key whichever editor saved it.
import { MetaValues } from '../generate/meta.js';
import { escapeAttr, escapeXml, para, run, table } from '../generate/ooxml.js';
import type { Cell, StyleIds } from '../generate/ooxml.js';
import { LANDSCAPE_WIDTH, renderOwnDocument } from '../generate/own-document.js';
import type { Lang } from '../types.js';
import type { AskedIndicator } from './indicators.js';
import { LABELS } from './labels.js';
import {
  fieldsOf,
  REPORT_FORM_VERSION,
  REPORT_PROPERTIES,
  reportBookmark,
  reportKey,
  SUBMITTED_KEY,
} from './report-keys.js';
import type { Period } from './schedule.js';
import type { ContractEntry } from './types.js';

export interface TemplateInput {
  entry: ContractEntry;
  period: Period;
  asked: AskedIndicator[];
  lang: Lang;
  /** The document date (zip entries, properties): the period's start, so a form is the same whenever made. */
  date: string;
  /** The authority's name, for the page header. */
  authority?: string;
}

interface Counter {
  next: number;
}

/** A plain-text content control with grey placeholder text, inside a bookmark carrying its key. */
function field(key: string, alias: string, placeholder: string, c: Counter): string {
  const id = c.next++;
  const grey = '<w:rPr><w:color w:val="808080"/></w:rPr>';
  const sdt =
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttr(alias)}"/><w:tag w:val="${escapeAttr(key)}"/>` +
    `<w:id w:val="${200000 + id}"/><w:showingPlcHdr/><w:text/></w:sdtPr>` +
    `<w:sdtContent><w:r>${grey}<w:t xml:space="preserve">${escapeXml(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>`;
  return `<w:bookmarkStart w:id="${id}" w:name="${reportBookmark(key)}"/>${sdt}<w:bookmarkEnd w:id="${id}"/>`;
}

/** Every field key of the form in order: what `jamkrav.keys` lists. */
export function formKeys(asked: readonly AskedIndicator[]): string[] {
  return asked.flatMap((a) => fieldsOf(a.def.kind).map((f) => reportKey(a.def.id, f)));
}

function body(input: TemplateInput, s: StyleIds, c: Counter): string {
  const l = LABELS[input.lang];
  const f = l.form;
  const e = input.entry;
  const line = (label: string, value: string) => para(run(`${label}: `, { bold: true }) + run(value));
  const rows: Cell[][] = [];
  for (const a of input.asked) {
    const title = a.def.title[input.lang];
    const help = a.def.help[input.lang];
    const asked = `${f.asked}: ${a.rules.join(', ')}`;
    fieldsOf(a.def.kind).forEach((name, i) => {
      const key = reportKey(a.def.id, name);
      const label =
        a.def.kind === 'by-sex' ? f.fields[name] : f.kindValue[a.def.kind as Exclude<typeof a.def.kind, 'by-sex'>];
      const first = i === 0;
      rows.push([
        {
          paragraphs: first ? [title, help, asked] : [title],
          xml: para(run(title, { bold: true })) + (first ? para(run(help)) + para(run(asked, { italic: true })) : ''),
        },
        {
          paragraphs: [label, `[${key.slice('jamkrav:'.length)}]`],
          xml: para(run(label)) + para(run(`[${key.slice('jamkrav:'.length)}]`, { italic: true })),
        },
        {
          paragraphs: [f.placeholder[a.def.kind]],
          xml: para(field(key, `${title}, ${label}`, f.placeholder[a.def.kind], c)),
        },
      ]);
    });
  }
  return (
    para(run(f.title), 'Title') +
    para(run(`${e.id}${e.title ? `: ${e.title}` : ''}`), 'Subtitle') +
    line(f.contract, e.id) +
    line(f.supplier, e.supplier) +
    line(f.period, `${input.period.label} (${input.period.start}–${input.period.end})`) +
    line(f.due, input.period.due) +
    para(
      run(`${f.submitted}: `, { bold: true }) + field(SUBMITTED_KEY, f.submitted, f.placeholder['date-submitted'], c),
    ) +
    f.intro.map((p) => para(run(p))).join('') +
    (rows.length === 0
      ? para(run(l.plan.nothing))
      : `${table(s.table, f.headers, rows, { width: LANDSCAPE_WIDTH, minWidths: [0, 0, 2200] })}<w:p/>`)
  );
}

/** The report form as DOCX bytes: reproducible, dated by the period. */
export async function renderReportForm(input: TemplateInput): Promise<Uint8Array> {
  const values = new MetaValues(
    {
      tender: { title: LABELS[input.lang].form.title, reference: input.entry.id },
      ...(input.authority ? { authority: { name: input.authority } } : {}),
    },
    input.lang,
    input.date,
  );
  const counter: Counter = { next: 1 };
  return renderOwnDocument({
    lang: input.lang,
    values,
    date: input.date,
    landscape: true,
    body: (s) => body(input, s, counter),
    properties: [
      [REPORT_PROPERTIES.form, REPORT_FORM_VERSION],
      [REPORT_PROPERTIES.contract, input.entry.id],
      [REPORT_PROPERTIES.period, input.period.label],
      [REPORT_PROPERTIES.lang, input.lang],
      [REPORT_PROPERTIES.keys, formKeys(input.asked).join(' ')],
    ],
  });
}
