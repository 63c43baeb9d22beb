// WordprocessingML for the block placeholders: paragraphs and tables that refer to styles only,
// so the officer restyles the appendix by editing styles, not paragraphs.
import type { Appendix } from './model.js';
import type { BlockName } from './placeholders.js';

/** The style ids the blocks use, as resolved in the template being filled. */
export interface StyleIds {
  heading2: string;
  requirement: string;
  table: string;
}

/** Text width of A4 with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9070;

/** Escapes text for an XML text node; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

interface RunOpts {
  bold?: boolean;
}

function run(text: string, o: RunOpts = {}): string {
  const rPr = o.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function para(runs: string, style?: string, keepNext = false): string {
  const props = (style ? `<w:pStyle w:val="${style}"/>` : '') + (keepNext ? '<w:keepNext/>' : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

type Cell = string | string[];

function table(styleId: string, widths: number[], header: string[], rows: Cell[][]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const cell = (content: Cell, i: number, bold = false) => {
    const paras = (Array.isArray(content) ? content : [content]).map((t) => para(run(t, { bold })));
    return `<w:tc><w:tcPr><w:tcW w:w="${twips[i]}" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`;
  };
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h, i, true)).join('')}</w:tr>`;
  const body = rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, i)).join('')}</w:tr>`);
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${styleId}"/><w:tblW w:w="5000" w:type="pct"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${head}${body.join('')}</w:tbl>`
  );
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
          [22, 34, 16, 28],
          l.evaluationHeaders,
          a.evaluation.map((r) => [[r.criterion, `[${r.ruleId}]`], r.assessed, r.weight, r.guide]),
        );

  const followup =
    a.followUp.length === 0
      ? para(run(l.noRequirements))
      : table(
          s.table,
          [10, 28, 20, 21, 21],
          l.followUpHeaders,
          // The rule id stays with the requirement's heading: ids are too long for a narrow column.
          a.followUp.map((r) => [r.label, r.check, r.when, r.proof, r.who]),
        );

  // Paragraphs, not a table: checklist texts are long, and read (and copy) better as prose.
  const checklist =
    a.checklist.length === 0
      ? para(run(l.noChecklist))
      : a.checklist
          .map(
            (c) =>
              para(run(`\u2610 ${c.title} [${c.ruleId}]`, { bold: true }), undefined, true) +
              c.paragraphs.map((p) => para(run(p))).join('') +
              para(run(`${l.evidence}: `, { bold: true }) + run(c.verification)),
          )
          .join('');

  return { introduction, requirements, evaluation, followup, checklist };
}
