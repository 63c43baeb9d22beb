// The parts above and beside the matrix: summary figures, filter controls and the legend.
import { KIND_LABELS } from '../../labels.js';
import type { Lang } from '../../types.js';
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import { FILTER_STATUSES, FINDING_KINDS, type Matrix } from './model.js';
import { readableCount } from './matrix.js';
import { bar } from './rules.js';
import { statusLabel, SYMBOLS } from './status.js';

function card(title: string, figure: string, note: string, extra = ''): string {
  return (
    `<div class="card"><h3>${esc(title)}</h3><p class="figure">${figure}</p>${extra}` +
    `<p class="note">${esc(note)}</p></div>`
  );
}

/** Every finding's kind that occurs, with its count: what the severity figures are made of. */
function byKind(m: Matrix, w: HtmlLabels): string {
  const items = FINDING_KINDS.filter((k) => m.byKind[k] > 0).map((k) => `<li>${esc(w.kindCount[k](m.byKind[k]))}</li>`);
  return items.length === 0 ? '' : `<ul class="kinds">${items.join('')}</ul>`;
}

/**
 * Five headline figures: documents, rules, coverage, complete documents, and every finding by
 * severity (the CLI's own summary, so the report and the terminal always agree) and by kind.
 */
export function summaryCards(m: Matrix, w: HtmlLabels): string {
  const readable = readableCount(m);
  const covered = m.columns.reduce((n, c) => n + c.covered, 0);
  const checked = m.columns.reduce((n, c) => n + c.checked, 0);
  const pct = checked === 0 ? 0 : Math.round((100 * covered) / checked);
  const complete = m.rows.filter((r) => r.cells !== null && r.counts.missing === 0).length;
  const s = m.summary;
  return (
    `<div class="cards">` +
    card(w.documents, String(m.rows.length), w.unreadableDocs(m.rows.length - readable)) +
    card(w.requirements, String(m.columns.length), m.packs.join(', ')) +
    card(w.coverage, `${pct}&#8239;%`, w.coverageNote(covered, checked), bar(covered, checked)) +
    card(w.complete, String(complete), w.completeNote(complete, readable)) +
    card(
      w.findingsHeading,
      String(s.errors + s.warnings + s.infos),
      w.severityNote(s.errors, s.warnings, s.infos),
      byKind(m, w),
    ) +
    `</div>`
  );
}

/**
 * Filter controls. They start `hidden` and the client script reveals them, so a reader
 * without JavaScript sees the whole matrix and no controls that would do nothing.
 */
export function filterForm(m: Matrix, lang: Lang, w: HtmlLabels): string {
  const packs = m.packs.map((p) => `<option value="${esc(p)}">${esc(p)}</option>`).join('');
  const kinds = m.kinds.map((k) => `<option value="${k}">${esc(KIND_LABELS[k][lang])}</option>`).join('');
  const boxes = FILTER_STATUSES.map(
    (s) =>
      `<label class="chk"><input type="checkbox" name="status" value="${s}" checked> ` +
      `<span class="sym s-${s}">${SYMBOLS[s]}</span> ${esc(statusLabel(s, lang, w))}</label>`,
  ).join('');
  return (
    `<form id="filters" class="filters" hidden aria-label="${esc(w.filters)}">` +
    `<label>${esc(w.pack)} <select name="pack"><option value="">${esc(w.all)}</option>${packs}</select></label>` +
    `<label>${esc(w.kind)} <select name="kind"><option value="">${esc(w.all)}</option>${kinds}</select></label>` +
    `<fieldset><legend>${esc(w.status)}</legend>${boxes}</fieldset>` +
    `<button type="reset">${esc(w.reset)}</button>` +
    `<output id="shown" data-template="${esc(w.showing)}"></output></form>`
  );
}

/** Symbol, colour and words for every status. */
export function legend(lang: Lang, w: HtmlLabels): string {
  const items = ([...FILTER_STATUSES, 'off'] as const).map(
    (s) => `<li><span class="sym s-${s}">${SYMBOLS[s]}</span> ${esc(statusLabel(s, lang, w))}</li>`,
  );
  return (
    `<div class="legend"><h3>${esc(w.legend)}</h3><ul>${items.join('')}</ul>` +
    `<p class="note">${esc(w.legendNote)}</p></div>`
  );
}
