// The details under the matrix: one section per document, one entry per cell the matrix links to.
import type { Finding, Lang } from '../../types.js';
import { SEVERITY_LABELS } from '../../labels.js';
import { describeLocation } from '../location.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { cellId, docId, ruleId, rowId, type Cell, type Column, type Matrix, type Row } from './model.js';
import { statusLabel, SYMBOLS } from './status.js';

/** Kinds of findings about how the tender is written rather than what it asks for. */
const QUALITY = new Set<Finding['kind']>(['language', 'weak']);

/** The location row, or nothing: a missing rule, or a suppression from the config, has no place. */
function where(loc: Finding['location'], lang: Lang, w: HtmlLabels): string {
  const text = describeLocation(loc, lang);
  return text === '' ? '' : `<dt>${esc(w.location)}</dt><dd>${esc(text)}</dd>`;
}

function noteList(notes: readonly Finding[], lang: Lang, w: HtmlLabels, withRule: boolean): string {
  const items = notes.map((n) => {
    const loc = describeLocation(n.location, lang);
    // A writing-quality finding's suggestion is the better word or wording: worth showing.
    const instead = QUALITY.has(n.kind) && n.suggestion ? `<br><span class="muted">${esc(w.instead)}:</span> ${esc(n.suggestion)}` : '';
    return (
      `<li><span class="badge s-${n.severity}">${esc(SEVERITY_LABELS[n.severity][lang])}</span> ` +
      (withRule ? `<code>${esc(n.ruleId)}</code> ` : '') +
      `${esc(n.message)}${loc ? ` <span class="loc">(${esc(loc)})</span>` : ''}${instead}</li>`
    );
  });
  return `<ul class="notes">${items.join('')}</ul>`;
}

function entry(cell: Cell, col: Column, doc: number, lang: Lang, w: HtmlLabels): string {
  const parts: string[] = [];
  if (cell.finding) {
    const f = cell.finding;
    parts.push(`<dt>${esc(w.message)}</dt><dd>${esc(f.message)}</dd>`, where(f.location, lang, w));
    if (f.suggestion) parts.push(`<dt>${esc(w.suggestion)}</dt><dd><blockquote>${esc(f.suggestion)}</blockquote></dd>`);
  } else if (cell.coverage) {
    const c = cell.coverage;
    if (c.reason !== undefined) parts.push(`<dt>${esc(w.reason)}</dt><dd>${esc(c.reason)}</dd>`);
    parts.push(where(c.location, lang, w));
  }
  if (cell.notes.length > 0) parts.push(`<dt>${esc(w.notes)}</dt><dd>${noteList(cell.notes, lang, w, false)}</dd>`);
  return (
    `<li id="${cellId(doc, col)}" class="entry">` +
    `<span class="badge s-${cell.status}">${SYMBOLS[cell.status]} ${esc(statusLabel(cell.status, lang, w))}</span> ` +
    `<a class="rid" href="#${ruleId(col)}">${esc(col.rule.id)}</a> <b>${esc(col.rule.title[lang])}</b>` +
    `<dl>${parts.join('')}</dl></li>`
  );
}

function section(m: Matrix, r: Row, i: number, lang: Lang, w: HtmlLabels): string {
  const f = r.file;
  const back = `<a class="back" href="#${rowId(i)}">↑ ${esc(w.backToMatrix)}</a>`;
  const head = `<section class="doc" id="${docId(i)}"><h3>${esc(f.path)}</h3>`;
  if (r.cells === null) {
    const extra = r.extra.length > 0 ? noteList(r.extra, lang, w, true) : '';
    return (
      `${head}<p class="meta"><span class="badge s-unreadable">${SYMBOLS.unreadable} ${esc(w.unreadable)}</span> ` +
      `${esc(f.error ?? '')} ${back}</p>${extra}</section>`
    );
  }
  const c = r.counts;
  const meta =
    `${esc(w.docMeta(f.format ?? w.formatUnknown, f.lang ?? '?'))} · ${SYMBOLS.covered} ${c.covered} ${esc(w.covered.toLowerCase())}, ` +
    `${SYMBOLS.error} ${c.missing} ${esc(w.missing.toLowerCase())}, ${SYMBOLS.suppressed} ${c.suppressed} ${esc(w.suppressed.toLowerCase())}`;
  const entries = r.cells
    .map((cell, j) => (cell.status === 'off' ? '' : entry(cell, m.columns[j] as Column, i, lang, w)))
    .join('');
  const quality = r.extra.filter((f) => QUALITY.has(f.kind));
  const other = r.extra.filter((f) => !QUALITY.has(f.kind));
  const extra =
    (quality.length > 0 ? `<h4>${esc(w.qualityNotes)}</h4>${noteList(quality, lang, w, true)}` : '') +
    (other.length > 0 ? `<h4>${esc(w.otherNotes)}</h4>${noteList(other, lang, w, true)}` : '');
  return `${head}<p class="meta">${meta} ${back}</p><ol class="entries">${entries}</ol>${extra}</section>`;
}

/** Every document's details, in matrix order. */
export function detailsSections(m: Matrix, lang: Lang, w: HtmlLabels): string {
  return m.rows.map((r, i) => section(m, r, i, lang, w)).join('\n');
}
