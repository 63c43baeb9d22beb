// `--format html`: a self-contained coverage report, documents × rules, for people and for print.
import { esc } from './html/escape.js';
import { detailsSections } from './html/details.js';
import { htmlLabels } from './html/labels.js';
import { matrixTable } from './html/matrix.js';
import { buildMatrix } from './html/model.js';
import { filterForm, legend, summaryCards } from './html/overview.js';
import { page } from './html/page.js';
import { rulesTable } from './html/rules.js';
import type { Formatter } from './types.js';

/** Above this many documents the details are rendered lazily by the browser (see styles). */
const MANY_DOCUMENTS = 50;

/**
 * One HTML file with no external assets and a CSP that forbids every load: summary figures,
 * filters (pack, kind, status), the coverage matrix with per-rule and per-document counts,
 * the rules, and per-document details that every matrix cell links to. Same result and
 * context, same bytes: nothing depends on the clock or on iteration order of unordered data.
 */
export const html: Formatter = (result, ctx) => {
  const { lang } = ctx;
  const w = htmlLabels(lang);
  const m = buildMatrix(result, ctx.rules);
  const matrix =
    m.rows.length === 0
      ? `<p class="empty">${esc(w.noDocuments)}</p>`
      : `<div class="toolbar">${filterForm(m, lang, w)}${legend(lang, w)}</div>` +
        `<div class="matrix-wrap">${matrixTable(m, lang, w)}</div>`;
  const body = [
    `<header class="top"><h1>${esc(w.title)}</h1><p>${esc(w.generator(ctx.version))}</p></header>`,
    m.rows.length > MANY_DOCUMENTS ? `<main class="many">` : `<main>`,
    `<section aria-labelledby="h-summary"><h2 id="h-summary">${esc(w.summaryHeading)}</h2>${summaryCards(m, w)}</section>`,
    `<section aria-labelledby="h-matrix"><h2 id="h-matrix">${esc(w.matrixHeading)}</h2>${matrix}</section>`,
    `<section aria-labelledby="h-rules"><h2 id="h-rules">${esc(w.rulesHeading)}</h2>${rulesTable(m, lang, w)}</section>`,
    `<section aria-labelledby="h-details"><h2 id="h-details">${esc(w.detailsHeading)}</h2>\n${detailsSections(m, lang, w)}\n</section>`,
    `</main>`,
    `<footer class="foot">${esc(w.generator(ctx.version))}</footer>`,
  ].join('\n');
  return page(lang, w.title, body);
};
