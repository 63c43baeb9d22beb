// The rules table: what each column means, its legal basis, and how many tenders ask for it.
import { KIND_LABELS, SEVERITY_LABELS } from '../../labels.js';
import type { Lang } from '../../types.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { ruleId, type Column, type Matrix } from './model.js';

/** A horizontal bar as inline SVG: the page's CSP allows no style attributes. */
export function bar(part: number, whole: number): string {
  const width = whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
  return (
    `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">` +
    `<rect class="bg" width="100" height="8"/><rect class="fg" width="${width}" height="8"/></svg>`
  );
}

function ruleRow(col: Column, lang: Lang, w: HtmlLabels): string {
  const r = col.rule;
  const sup = col.suppressed > 0 ? ` <span class="muted">(${esc(w.suppressedCount(col.suppressed))})</span>` : '';
  return (
    `<tr id="${ruleId(col)}" data-pack="${esc(r.pack)}" data-kind="${col.kind}">` +
    `<td><code>${esc(r.id)}</code></td><td>${esc(r.title[lang])}</td><td>${esc(r.pack)}</td>` +
    `<td>${esc(KIND_LABELS[col.kind][lang])}</td>` +
    `<td><span class="badge s-${r.severity}">${esc(SEVERITY_LABELS[r.severity][lang])}</span></td>` +
    `<td class="basis">${r.basis.map((b) => esc(b)).join('<br>')}</td>` +
    `<td class="asked">${bar(col.covered, col.checked)}<span>${esc(w.askedFor(col.covered, col.checked))}` +
    `</span>${sup}</td></tr>`
  );
}

/** The table of rules, one row per matrix column, in the same order. */
export function rulesTable(m: Matrix, lang: Lang, w: HtmlLabels): string {
  const head = [w.ruleId, w.ruleTitle, w.pack, w.kind, w.severity, w.basis, w.askedForHeading]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  return (
    `<div class="scroll"><table class="rules"><thead><tr>${head}</tr></thead><tbody>` +
    m.columns.map((c) => ruleRow(c, lang, w)).join('') +
    `</tbody></table></div>`
  );
}
