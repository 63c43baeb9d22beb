// The details under the matrix: one section per document, one entry per cell the matrix links to.
import type { FileResult } from '../../lint/types.js';
import type { Finding, Lang } from '../../types.js';
import { SEVERITY_LABELS } from '../../labels.js';
import { describeLocation } from '../location.js';
import type { Clauses } from './clauses.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { fileLink } from './links.js';
import { cellId, docId, qualityId, ruleId, rowId, type Cell, type Column, type Matrix, type Row } from './model.js';
import { qualityAnchor } from './quality.js';
import { statusLabel, SYMBOLS } from './status.js';

/** What every part of a document's details needs besides the document. */
export interface DetailsView {
  lang: Lang;
  w: HtmlLabels;
  /** From the report's folder to the working directory, for links to the files. */
  base: string;
  clauses: Clauses;
}

/** Kinds of findings about how the tender is written rather than what it asks for. */
const QUALITY = new Set<Finding['kind']>(['language', 'weak']);

/** The location, linked to its place in the file; empty for a missing rule or a config suppression. */
function place(loc: Finding['location'], file: FileResult, v: DetailsView): string {
  const text = describeLocation(loc, v.lang);
  return text === '' ? '' : fileLink(text, file, v.base, loc);
}

function where(loc: Finding['location'], file: FileResult, v: DetailsView): string {
  const link = place(loc, file, v);
  return link === '' ? '' : `<dt>${esc(v.w.location)}</dt><dd>${link}</dd>`;
}

function noteList(notes: readonly Finding[], file: FileResult, v: DetailsView, withRule: boolean, id?: string): string {
  const items = notes.map((n) => {
    const loc = place(n.location, file, v);
    // A writing-quality finding's suggestion is the better word or wording: worth showing.
    const instead =
      QUALITY.has(n.kind) && n.suggestion
        ? `<br><span class="muted">${esc(v.w.instead)}:</span> ${esc(n.suggestion)}`
        : '';
    const code = `<code>${esc(n.ruleId)}</code>`;
    const rule = QUALITY.has(n.kind) ? `<a href="#${qualityAnchor(n.ruleId)}">${code}</a> ` : `${code} `;
    return (
      `<li><span class="badge s-${n.severity}">${esc(SEVERITY_LABELS[n.severity][v.lang])}</span> ` +
      (withRule ? rule : '') +
      `${esc(n.message)}${loc ? ` <span class="loc">(${loc})</span>` : ''}${instead}</li>`
    );
  });
  return `<ul class="notes"${id === undefined ? '' : ` id="${id}"`}>${items.join('')}</ul>`;
}

function entry(cell: Cell, col: Column, doc: number, file: FileResult, v: DetailsView): string {
  const { lang, w } = v;
  const parts: string[] = [];
  let see = '';
  if (cell.finding) {
    const f = cell.finding;
    // On screen in full; in print once, under "clauses", and referred to from here.
    const k = v.clauses.of(col, f);
    const shared = k ? ' class="shared"' : '';
    if (k) see = ` <a class="see" href="#${k.id}">→ ${esc(w.seeClause)}</a>`;
    parts.push(`<dt${shared}>${esc(w.message)}</dt><dd${shared}>${esc(f.message)}</dd>`, where(f.location, file, v));
    if (f.suggestion)
      parts.push(
        `<dt${shared}>${esc(w.suggestion)}</dt><dd${shared}><blockquote>${esc(f.suggestion)}</blockquote></dd>`,
      );
  } else if (cell.coverage) {
    const c = cell.coverage;
    if (c.reason !== undefined) parts.push(`<dt>${esc(w.reason)}</dt><dd>${esc(c.reason)}</dd>`);
    parts.push(where(c.location, file, v));
  }
  if (cell.notes.length > 0) parts.push(`<dt>${esc(w.notes)}</dt><dd>${noteList(cell.notes, file, v, false)}</dd>`);
  return (
    `<li id="${cellId(doc, col)}" class="entry" data-s="${cell.status}">` +
    `<span class="badge s-${cell.status}">${SYMBOLS[cell.status]} ${esc(statusLabel(cell.status, lang, w))}</span> ` +
    `<a class="rid" href="#${ruleId(col)}">${esc(col.rule.id)}</a> <b>${esc(col.rule.title[lang])}</b>${see}` +
    `<dl>${parts.join('')}</dl></li>`
  );
}

/**
 * A document's section. Its heading stands in the head of a one-cell layout table, because a
 * table head is the one thing Chromium repeats atop every printed page an element spans: a
 * document's details that run over pages keep its name on each (CSS tables and running
 * headers do not repeat there). `role="presentation"` keeps it a heading and a list to a reader.
 */
function sheet(r: Row, i: number, v: DetailsView, body: string): string {
  return (
    `<section class="doc" id="${docId(i)}"><table class="sheet" role="presentation"><thead><tr><th>` +
    `<h3>${fileLink(r.file.path, r.file, v.base)}</h3></th></tr></thead><tbody><tr><td>${body}</td></tr></tbody>` +
    `</table></section>`
  );
}

function section(m: Matrix, r: Row, i: number, v: DetailsView): string {
  const { w } = v;
  const f = r.file;
  const back = `<a class="back" href="#${rowId(i)}">↑ ${esc(w.backToMatrix)}</a>`;
  if (r.cells === null) {
    const extra = r.extra.length > 0 ? noteList(r.extra, f, v, true) : '';
    return sheet(
      r,
      i,
      v,
      `<p class="meta"><span class="badge s-unreadable">${SYMBOLS.unreadable} ${esc(w.unreadable)}` +
        `</span> ${esc(f.error ?? '')} ${back}</p>${extra}`,
    );
  }
  const c = r.counts;
  const meta =
    `${esc(w.docMeta(f.format ?? w.formatUnknown, f.lang ?? '?'))} · ${SYMBOLS.covered} ${c.covered} ` +
    `${esc(w.covered.toLowerCase())}, ` +
    `${SYMBOLS.error} ${c.missing} ${esc(w.missing.toLowerCase())}, ${SYMBOLS.suppressed} ${c.suppressed} ` +
    `${esc(w.suppressed.toLowerCase())}, ` +
    `${SYMBOLS.language} ${c.language} ${esc(w.language.toLowerCase())}, ${SYMBOLS.weak} ${c.weak} ` +
    `${esc(w.weak.toLowerCase())}`;
  const entries = r.cells
    .map((cell, j) => (cell.status === 'off' ? '' : entry(cell, m.columns[j] as Column, i, f, v)))
    .join('');
  const quality = r.extra.filter((x) => QUALITY.has(x.kind));
  const other = r.extra.filter((x) => !QUALITY.has(x.kind));
  // Suppressions of rules outside the matrix (a word of a language pack, a weak check), with their reasons.
  const inMatrix = new Set(m.columns.map((col) => col.rule.id));
  const silenced = f.coverage.filter((x) => x.status === 'suppressed' && !inMatrix.has(x.ruleId));
  const extra =
    (quality.length > 0 ? `<h4>${esc(w.qualityNotes)}</h4>${noteList(quality, f, v, true, qualityId(i))}` : '') +
    (silenced.length > 0
      ? `<h4>${esc(w.suppressed)}</h4><ul class="notes">` +
        `${silenced.map((x) => `<li><code>${esc(x.ruleId)}</code> ${esc(x.reason ?? '')}</li>`).join('')}</ul>`
      : '') +
    (other.length > 0 ? `<h4>${esc(w.otherNotes)}</h4>${noteList(other, f, v, true)}` : '');
  return sheet(r, i, v, `<p class="meta">${meta} ${back}</p><ol class="entries">${entries}</ol>${extra}`);
}

/** Every document's details, in matrix order. */
export function detailsSections(m: Matrix, v: DetailsView): string {
  return m.rows.map((r, i) => section(m, r, i, v)).join('\n');
}
