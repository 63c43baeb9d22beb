// The coverage matrix: documents × rules, one linked, symbolled cell each, summaries at the edges.
import { KIND_LABELS, SEVERITY_LABELS } from '../../labels.js';
import type { Lang } from '../../types.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { cellId, docId, qualityId, ruleId, rowId, type Column, type Matrix, type Row } from './model.js';
import { statusLabel, SYMBOLS } from './status.js';

/** Readable documents, the denominator of "asked for in n of m". */
export const readableCount = (m: Matrix): number => m.rows.filter((r) => r.cells !== null).length;

function ruleHeader(col: Column, j: number, lang: Lang, w: HtmlLabels): string {
  const r = col.rule;
  const tip = [
    `${r.id}: ${r.title[lang]}`,
    `${w.pack}: ${r.pack}`,
    `${w.kind}: ${KIND_LABELS[col.kind][lang]}`,
    `${w.severity}: ${SEVERITY_LABELS[r.severity][lang]}`,
    w.askedFor(col.covered, col.checked),
  ].join('\n');
  return (
    `<th scope="col" class="rule sev-${r.severity}" data-col="${j}" data-pack="${esc(r.pack)}" data-kind="` +
    `${col.kind}" title="${esc(tip)}">` +
    `<a href="#${ruleId(col)}"><span class="rt">${esc(r.title[lang])}</span><span class="rid">${esc(r.id)}</span>` +
    `</a></th>`
  );
}

function row(m: Matrix, r: Row, i: number, lang: Lang, w: HtmlLabels): string {
  const f = r.file;
  const meta = f.error === null ? `<small>${esc(f.format ?? w.formatUnknown)} · ${esc(f.lang ?? '?')}</small>` : '';
  const head = `<th scope="row" class="doc"><a href="#${docId(i)}">${esc(f.path)}</a>${meta}</th>`;
  if (r.cells === null) {
    const label = statusLabel('unreadable', lang, w);
    return (
      `<tr id="${rowId(i)}" class="unreadable" data-s="unreadable">${head}` +
      `<td class="span s-unreadable" colspan="${Math.max(m.columns.length, 1)}"><a href="#${docId(i)}">` +
      `<b>${SYMBOLS.unreadable} ${esc(label)}:</b> ${esc(f.error ?? '')}</a></td>` +
      `<td class="n">–</td><td class="n">–</td><td class="n">–</td>` +
      `<td class="n q">–</td><td class="n q">–</td></tr>`
    );
  }
  const cells = r.cells.map((cell, j) => {
    const col = m.columns[j] as Column;
    const label = esc(`${statusLabel(cell.status, lang, w)}: ${col.rule.id}`);
    const note = cell.notes.length > 0 ? '<sup>*</sup>' : '';
    if (cell.status === 'off') return `<td class="c s-off" data-s="off" title="${label}">${SYMBOLS.off}</td>`;
    return (
      `<td class="c s-${cell.status}" data-s="${cell.status}">` +
      `<a href="#${cellId(i, col)}" title="${label}" aria-label="${label}">${SYMBOLS[cell.status]}${note}</a></td>`
    );
  });
  const c = r.counts;
  return (
    `<tr id="${rowId(i)}" data-language="${c.language}" data-weak="${c.weak}">${head}${cells.join('')}` +
    `<td class="n n-covered">${c.covered}</td><td class="n n-missing">${c.missing}</td>` +
    `<td class="n n-suppressed">${c.suppressed}</td>` +
    qualityCell('language', c.language, i, w) +
    qualityCell('weak', c.weak, i, w) +
    `</tr>`
  );
}

/** A writing-quality count, linked to the document's list of those findings when there are any. */
function qualityCell(kind: 'language' | 'weak', n: number, doc: number, w: HtmlLabels): string {
  const label = esc(`${w[kind]}: ${n}`);
  const body = n === 0 ? '0' : `<a href="#${qualityId(doc)}" title="${label}" aria-label="${label}">${n}</a>`;
  return `<td class="n q n-${kind}" data-q="${kind}">${body}</td>`;
}

function footer(m: Matrix, w: HtmlLabels): string {
  const cells = m.columns.map((col, j) => {
    const pct = col.checked === 0 ? 0 : Math.round((100 * col.covered) / col.checked);
    const sup = col.suppressed > 0 ? `\n${w.suppressedCount(col.suppressed)}` : '';
    return (
      `<td class="per-rule q${Math.round(pct / 25)}" data-col="${j}" title="` +
      `${esc(w.askedFor(col.covered, col.checked) + sup)}">` +
      `<b>${col.covered}</b><span>/${col.checked}</span></td>`
    );
  });
  const total = (kind: 'language' | 'weak') => m.rows.reduce((n, r) => n + r.counts[kind], 0);
  return (
    `<tfoot><tr><th scope="row" class="doc">${esc(w.perRule)}</th>${cells.join('')}<td class="n" colspan="3"></td>` +
    `<td class="n q n-language">${total('language')}</td><td class="n q n-weak">${total('weak')}</td></tr></tfoot>`
  );
}

/** The heading of a writing-quality count: written out and turned like a rule's, for it is read like one. */
const qualityHeader = (kind: 'language' | 'weak', w: HtmlLabels): string =>
  `<th scope="col" class="rule q n-${kind}" data-q="${kind}"><a href="#h-quality">` +
  `<span class="rt">${SYMBOLS[kind]} ${esc(w[kind])}</span></a></th>`;

/** The matrix table, wrapped in a scroll container. */
export function matrixTable(m: Matrix, lang: Lang, w: HtmlLabels): string {
  const heads = m.columns.map((col, j) => ruleHeader(col, j, lang, w)).join('');
  const counts =
    `<th scope="col" class="n n-covered" title="${esc(w.covered)}">${SYMBOLS.covered}` +
    `<span class="vh"> ${esc(w.covered)}</span></th>` +
    `<th scope="col" class="n n-missing" title="${esc(w.missing)}">${SYMBOLS.error}` +
    `<span class="vh"> ${esc(w.missing)}</span></th>` +
    `<th scope="col" class="n n-suppressed" title="${esc(w.suppressed)}">${SYMBOLS.suppressed}` +
    `<span class="vh"> ${esc(w.suppressed)}</span></th>` +
    qualityHeader('language', w) +
    qualityHeader('weak', w);
  const body = m.rows.map((r, i) => row(m, r, i, lang, w)).join('\n');
  return (
    `<div class="scroll"><table id="matrix" class="matrix">` +
    `<caption>${esc(w.matrixCaption)}</caption>` +
    `<thead><tr><th scope="col" class="doc corner">${esc(w.document)}</th>${heads}${counts}</tr></thead>\n` +
    `<tbody>\n${body}\n</tbody>${footer(m, w)}</table></div>` +
    `<p id="no-columns" class="empty" hidden>${esc(w.noColumns)}</p>`
  );
}
