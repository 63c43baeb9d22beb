// `--format html`: a self-contained coverage report, documents × rules, for people and for print.
import { collectClauses, clausesList } from './html/clauses.js';
import { esc } from './html/escape.js';
import { detailsSections } from './html/details.js';
import { htmlLabels } from './html/labels.js';
import { matrixTable } from './html/matrix.js';
import { buildMatrix } from './html/model.js';
import { filterForm, legend, summaryCards } from './html/overview.js';
import { page } from './html/page.js';
import { provenance } from './html/provenance.js';
import { qualityTable } from './html/quality.js';
import { rulesTable } from './html/rules.js';
import type { Formatter } from './types.js';

/** Above this many documents the details are rendered lazily by the browser (see styles). */
const MANY_DOCUMENTS = 50;

const section = (id: string, heading: string, content: string): string =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>${content}</section>`;

/**
 * One HTML file with no external assets and a CSP that forbids every load: how it was made,
 * summary figures (every finding, counted as the CLI counts them), filters (pack, kind,
 * status), the coverage matrix with per-rule and per-document counts (writing-quality findings
 * too), the rules, the writing-quality rules found, each suggested clause once, and
 * per-document details that every matrix cell links to and that link on to the files. Same
 * result and context, same bytes: the time comes from the context, and nothing depends on
 * iteration order of unordered data.
 */
export const html: Formatter = (result, ctx) => {
  const { lang } = ctx;
  const w = htmlLabels(lang);
  const m = buildMatrix(result, ctx.rules);
  const clauses = collectClauses(m);
  const matrix =
    m.rows.length === 0
      ? `<p class="empty">${esc(w.noDocuments)}</p>`
      : `<div class="toolbar">${filterForm(m, lang, w)}${legend(lang, w)}</div>` +
        `<div class="matrix-wrap">${matrixTable(m, lang, w)}</div>`;
  const quality = result.qualityRules.length > 0 ? result.qualityRules : (ctx.qualityRules ?? []);
  const view = { lang, w, base: ctx.run?.linkBase ?? '', clauses };
  const body = [
    `<header class="top"><h1>${esc(w.title)}</h1><p>${esc(w.generator(ctx.version))}</p>${provenance(ctx.run, w)}` +
      `</header>`,
    m.rows.length > MANY_DOCUMENTS ? `<main class="many">` : `<main>`,
    section('h-summary', w.summaryHeading, summaryCards(m, w)),
    section('h-matrix', w.matrixHeading, matrix),
    section('h-rules', w.rulesHeading, rulesTable(m, lang, w)),
    section('h-quality', w.qualityHeading, qualityTable(m, quality, lang, w)),
    clauses.list.length > 0 ? section('h-clauses', w.clausesHeading, clausesList(clauses, lang, w)) : '',
    section('h-details', w.detailsHeading, `\n${detailsSections(m, view)}\n`),
    `</main>`,
    `<footer class="foot">${esc(w.generator(ctx.version))}</footer>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return page(lang, w.title, body);
};
