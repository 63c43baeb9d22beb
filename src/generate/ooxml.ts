// WordprocessingML for the block placeholders: paragraphs and tables that refer to styles only,
// so the officer restyles the appendix by editing styles, not paragraphs.
import { escapeAttribute as escapeAttr, escapeText as escapeXml } from '../xml/index.js';
import type { Appendix } from './model.js';
import type { BlockName } from './placeholders.js';
import { fitColumns } from './table-fit.js';

/** The style ids the blocks use, as resolved in the template being filled. */
export interface StyleIds {
  heading2: string;
  requirement: string;
  table: string;
}

/** Text width of A4 with 2.5 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 9070;

// Escaping is the XML package's: one definition for every writer.
export { escapeAttr, escapeXml };

export interface RunOpts {
  bold?: boolean;
  italic?: boolean;
}

export function run(text: string, o: RunOpts = {}): string {
  const props = (o.bold ? '<w:b/>' : '') + (o.italic ? '<w:i/>' : '');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function para(runs: string, style?: string, keepNext = false): string {
  const props = (style ? `<w:pStyle w:val="${style}"/>` : '') + (keepNext ? '<w:keepNext/>' : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/**
 * One table cell: its paragraphs (what is measured to fit the columns, and what is shown unless
 * `xml` gives the cell's own content, such as a form field), set in bold or not.
 */
export interface Cell {
  paragraphs: string[];
  bold?: boolean;
  xml?: string;
  /** Spans every column of the table: the row's only cell, e.g. a group heading. */
  full?: boolean;
}

/** A cell of plain paragraphs. */
export function textCell(content: string | string[], bold = false): Cell {
  return { paragraphs: Array.isArray(content) ? content : [content], bold };
}

export interface TableOpts {
  /** The width the table fills, in twips (default: the A4 text width). */
  width?: number;
  /** Floors in twips per column, for content that is not text (a tick box). */
  minWidths?: number[];
  /** Keep each row on one page (default); off for tables whose rows are merged into groups. */
  cantSplit?: boolean;
}

/**
 * A table whose columns are fitted to their content (no word broken across lines), with a header
 * row that repeats on every page and rows that do not split across pages. The layout is fixed, so
 * Word and LibreOffice both keep the computed widths.
 */
export function table(styleId: string, header: readonly string[], rows: Cell[][], opts: TableOpts = {}): string {
  const total = opts.width ?? TEXT_WIDTH;
  const head = header.map((h) => textCell(h, true));
  // A cell spanning the table wraps across its whole width, so only ordinary rows size columns.
  const ordinary = rows.filter((r) => !r[0]?.full);
  const columns = header.map((_, i) => ({
    cells: [head[i]!, ...ordinary.map((r) => r[i]!)],
    ...(opts.minWidths?.[i] ? { minTwips: opts.minWidths[i] } : {}),
  }));
  const twips = fitColumns(columns, total);
  const cell = (c: Cell, i: number) => {
    const inner =
      c.xml ??
      (c.paragraphs.length === 0
        ? '<w:p/>'
        : c.paragraphs.map((t) => para(run(t, { bold: c.bold ?? false }))).join(''));
    const width = c.full
      ? `<w:tcW w:w="${total}" w:type="dxa"/><w:gridSpan w:val="${header.length}"/>`
      : `<w:tcW w:w="${twips[i]}" w:type="dxa"/>`;
    return `<w:tc><w:tcPr>${width}</w:tcPr>${inner}</w:tc>`;
  };
  const headRow = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head.map(cell).join('')}</w:tr>`;
  const trPr = opts.cantSplit === false ? '' : '<w:trPr><w:cantSplit/></w:trPr>';
  const body = rows.map((r) => `<w:tr>${trPr}${r.map(cell).join('')}</w:tr>`);
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${styleId}"/><w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" ` +
    `w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${headRow}${body.join('')}</w:tbl>`
  );
}

/**
 * The follow-up plan as a schedule: each occasion is a row across the table (when it falls, who
 * answers for it on each side), followed by a row for the standing tasks of both sides and one
 * row per requirement. Small rows, so a page break falls between them and never splits what one
 * requirement asks. (A cell merged down an occasion's rows made LibreOffice move the whole group
 * to the next page.)
 */
export function renderPlan(a: Appendix, s: StyleIds): string {
  const l = a.labels;
  if (a.plan.occasions.length === 0) return para(run(l.noRequirements));
  const rows: Cell[][] = [];
  for (const o of a.plan.occasions) {
    const who =
      `${l.plan.responsible[0]}: ${o.responsible.supplier}. ${l.plan.responsible[1]}: ` + `${o.responsible.authority}.`;
    rows.push([
      {
        full: true,
        paragraphs: [`${o.title}. ${o.timing}`, who],
        xml:
          para(run(`${o.title}. `, { bold: true }) + run(o.timing), undefined, true) +
          para(run(who, { italic: true }), undefined, true),
      },
    ]);
    const body: Array<[string[], string[]]> = [];
    if (o.supplierTask || o.authorityTask)
      body.push([o.supplierTask ? [o.supplierTask] : [], o.authorityTask ? [o.authorityTask] : []]);
    for (const i of o.items) body.push([[`${i.label}: ${i.report}`], [i.check]]);
    if (o.items.length === 0) {
      if (body[0] && body[0][0].length === 0) body[0][0] = [l.plan.nothing];
      else if (!body[0]) body.push([[l.plan.nothing], []]);
    }
    for (const [supplier, authority] of body) rows.push([textCell(supplier), textCell(authority)]);
  }
  return para(run(l.plan.lead)) + table(s.table, [l.plan.headers[1], l.plan.headers[2]], rows);
}

/** The XML of each block placeholder for an appendix. */
export function renderBlocks(a: Appendix, s: StyleIds): Record<BlockName, string> {
  const l = a.labels;
  const introduction = a.introduction.map((p) => para(run(p))).join('');

  const requirements =
    a.groups.length === 0
      ? para(run(l.noRequirements))
      : a.groups
          .map(
            (g) =>
              para(run(g.heading), s.heading2) +
              para(run(g.lead)) +
              g.clauses
                .map(
                  (c) =>
                    para(run(`${c.title} [${c.ruleId}]`), s.requirement) +
                    c.paragraphs.map((p) => para(run(p))).join('') +
                    para(run(`${l.verification}: `, { bold: true }) + run(c.verification)),
                )
                .join(''),
          )
          .join('');

  const evaluation =
    a.evaluation.length === 0
      ? para(run(l.noEvaluation))
      : table(
          s.table,
          l.evaluationHeaders,
          a.evaluation.map((r) => [
            textCell([r.criterion, `[${r.ruleId}]`]),
            textCell(r.assessed),
            textCell(r.weight),
            textCell(r.guide),
          ]),
        );

  // The authority's checklist is not the supplier's business: it lives in the annex (annex.ts). An
  // old template's placeholder becomes an empty paragraph, valid wherever the placeholder stood.
  return { introduction, requirements, evaluation, followup: renderPlan(a, s), checklist: '<w:p/>' };
}
