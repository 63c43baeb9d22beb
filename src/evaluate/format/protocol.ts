// The evaluation record as DOCX, on the built-in template (its styles, page and header): the
// summary matrix, every reservation, the computed result, and one section per tenderer with each
// requirement's status, the quoted sentence and where it stands; award criteria with the answer
// beside the scoring guide. Landscape, so the matrix has room for the tenderers.
import { basename } from 'node:path';
import { LABELS } from '../../generate/labels.js';
import { fmt, QUOTED } from '../../i18n.js';
import { MetaValues } from '../../generate/meta.js';
import { para, run, table, textCell, type Cell as TableCell, type StyleIds } from '../../generate/ooxml.js';
import { LANDSCAPE_WIDTH, renderOwnDocument } from '../../generate/own-document.js';
import { EVALUATE_LABELS, placeText, type EvaluateLabels } from '../labels.js';
import { plain, points, sek } from '../numbers.js';
import { exitCodeOf, summaryOf } from '../summary.js';
import type { EvaluationResult, Requirement, TendererResult } from '../types.js';

const h1 = (t: string) => para(run(t), 'Heading1', true);
const h2 = (t: string) => para(run(t), 'Heading2', true);
const h3 = (t: string) => para(run(t), 'Heading3', true);
const p = (t: string) => para(run(t));
const labelled = (label: string, text: string) => para(run(`${label}: `, { bold: true }) + run(text));

function quoted(text: string, lang: 'sv' | 'en'): string {
  return fmt(lang, QUOTED, { text });
}

function summaryTable(r: EvaluationResult, l: EvaluateLabels, s: StyleIds): string {
  const header = [l.requirement, ...r.tenderers.map((t) => t.name)];
  const rows = r.tender.requirements.map((req, i) => [
    textCell(`${req.label} [${req.ruleId}] ${req.title}`),
    ...r.tenderers.map((t) =>
      textCell(t.cells ? l.statuses[t.cells[i]!.status] : '–', t.cells?.[i]?.status === 'reservation'),
    ),
  ]);
  return table(s.table, header, rows, { width: LANDSCAPE_WIDTH });
}

function reservations(r: EvaluationResult, l: EvaluateLabels): string {
  let out = h1(l.reservations) + p(l.reservationsLead);
  let any = false;
  for (const t of r.tenderers) {
    t.cells?.forEach((c, i) => {
      if (c.status !== 'reservation') return;
      any = true;
      const req = r.tender.requirements[i]!;
      out += para(run(`${t.name}: ${req.label} [${req.ruleId}] ${req.title}`, { bold: true }), undefined, true);
      out += labelled(l.reservationKinds[c.reservation!.kind], c.reservation!.words);
      if (c.quote)
        out +=
          labelled(l.quote, quoted(c.quote.text, r.lang)) +
          labelled(l.where, placeText(c.quote.place, r.lang, basename));
    });
    for (const lr of t.looseReservations) {
      any = true;
      out +=
        para(run(`${t.name}: ${l.looseReservations}`, { bold: true }), undefined, true) +
        labelled(l.quote, quoted(lr.text, r.lang)) +
        labelled(l.where, placeText(lr.place, r.lang, basename));
    }
  }
  if (!any) out += p(l.noReservations);
  return out;
}

function result(r: EvaluationResult, l: EvaluateLabels, s: StyleIds): string {
  if (!r.scores) return h1(l.result) + p(l.noScores);
  const sc = r.scores;
  const name = (id: string) => r.tenderers.find((t) => t.id === id)?.name ?? id;
  const header = [l.tenderer, l.qualityPoints, l.deductions, l.comparisonPrice, l.total, l.rank];
  const rows = sc.tenderers.map((t) => [
    textCell(name(t.id)),
    textCell(points(t.qualityPoints, r.lang)),
    textCell(sek(t.deductions, r.lang)),
    textCell(t.comparisonPrice !== null ? sek(t.comparisonPrice, r.lang) : '–'),
    textCell(t.total !== null ? points(t.total, r.lang) : '–'),
    textCell(t.rank !== null ? String(t.rank) : `${l.missingScores} ${t.missing.join(', ')}`),
  ]);
  let out =
    h1(l.result) +
    p(
      `${l.resultLead} (${l.rankBy[sc.rankBy]}` +
        `${sc.priceWeight !== null ? `; ${l.weight.toLowerCase()} ${plain(sc.priceWeight, r.lang)} %` : ''})`,
    );
  out += `${table(s.table, header, rows, { width: LANDSCAPE_WIDTH })}<w:p/>`;
  for (const t of sc.tenderers) {
    out +=
      para(run(name(t.id), { bold: true }), undefined, true) +
      t.arithmetic.map((a) => para(run(`\u2022 ${a}`))).join('');
  }
  return out;
}

function criterionSection(
  r: EvaluationResult,
  t: TendererResult,
  req: Requirement,
  i: number,
  l: EvaluateLabels,
): string {
  const c = t.cells![i]!;
  const e = req.evaluation;
  let out = h3(`${req.label}: ${req.title} [${req.ruleId}]`) + labelled(l.status, l.statuses[c.status]);
  out += labelled(l.answer, c.answer ?? '–');
  if (c.quote) out += labelled(l.where, placeText(c.quote.place, r.lang, basename));
  if (e) {
    out += labelled(l.weight, e.weightText);
    out += labelled(l.guide, e.guide.split(/(?<=\.) (?=\d+ (?:poäng|points?):)/)[0] ?? e.guide);
    for (const st of e.steps) out += para(run(`${st.score}: ${st.text}`));
  }
  const line = r.scores?.tenderers.find((x) => x.id === t.id)?.lines.find((x) => x.ruleId === req.ruleId);
  if (line) out += labelled(l.score, line.arithmetic) + (line.reason ? labelled(l.reason, line.reason) : '');
  return out;
}

function tendererSection(r: EvaluationResult, t: TendererResult, l: EvaluateLabels, s: StyleIds): string {
  let out = h1(`${l.tenderer}: ${t.name}${t.name !== t.id ? ` (${t.id})` : ''}`);
  if (t.orgNumber) out += labelled(l.orgNumber, t.orgNumber);
  out += labelled(l.files, t.files.map((f) => `${basename(f.path)} (${l.files_roles[f.role]})`).join('; ') || '–');
  for (const pr of t.problems) out += labelled('!', `${basename(pr.file)}: ${pr.message}`);
  for (const n of t.notes) out += p(n);
  if (!t.cells) return out + p(l.unusable);
  const rows: TableCell[][] = r.tender.requirements.map((req, i) => {
    const c = t.cells![i]!;
    const status =
      `${l.statuses[c.status]}` +
      `${c.reservation ? ` (${l.reservationKinds[c.reservation.kind]}: ${c.reservation.words})` : ''}`;
    return [
      textCell(`${req.label} [${req.ruleId}]`),
      textCell(status, c.status === 'reservation'),
      textCell(c.quote ? quoted(c.quote.text, r.lang) : '–'),
      textCell(c.quote ? placeText(c.quote.place, r.lang, basename) : '–'),
      textCell([...(c.attachment ? [`${l.attachment}: ${c.attachment}`] : []), ...c.notes]),
    ];
  });
  out +=
    `${table(s.table, [l.requirement, l.status, l.quote, l.where, l.notes], rows, { width: LANDSCAPE_WIDTH })}` +
    `<w:p/>`;
  r.tender.requirements.forEach((req, i) => {
    if (req.kind === 'award-criterion') out += criterionSection(r, t, req, i, l);
  });
  for (const lr of t.looseReservations)
    out +=
      h2(l.looseReservations) +
      labelled(l.quote, quoted(lr.text, r.lang)) +
      labelled(l.where, placeText(lr.place, r.lang, basename));
  return out;
}

function body(r: EvaluationResult, s: StyleIds): string {
  const l = EVALUATE_LABELS[r.lang];
  const tn = r.tender;
  let out = para(run(l.title), 'Title') + para(run(tn.title ?? '–'), 'Subtitle');
  out +=
    labelled(l.reference, tn.reference ?? '–') +
    labelled(l.authority, tn.authority ?? '–') +
    labelled(l.source, basename(tn.source)) +
    labelled(l.level, LABELS[r.lang].levels[tn.level]);
  if (r.confidential) out += para(run(l.confidential, { bold: true }));
  if (r.masked) out += para(run(l.masked, { italic: true }));
  const sum = summaryOf(r);
  out +=
    h1(l.summary) + p(l.summaryLead) + summaryTable(r, l, s) + p(l.counts(sum.byStatus)) + p(l.exit[exitCodeOf(r)]);
  out += reservations(r, l);
  out += result(r, l, s);
  for (const t of r.tenderers) out += tendererSection(r, t, l, s);
  if (r.problems.length > 0) out += h1(l.problems) + r.problems.map((pr) => p(`${pr.file}: ${pr.message}`)).join('');
  return out;
}

/** The protocol's bytes. `date` pins the document's dates (never the clock), as for generate. */
export function evaluationProtocol(r: EvaluationResult, date: string | undefined): Promise<Uint8Array> {
  const values = new MetaValues(
    {
      tender: {
        ...(r.tender.title ? { title: r.tender.title } : {}),
        ...(r.tender.reference ? { reference: r.tender.reference } : {}),
      },
      authority: { ...(r.tender.authority ? { name: r.tender.authority } : {}) },
    },
    r.lang,
    date,
  );
  return renderOwnDocument({
    lang: r.lang,
    values,
    date,
    landscape: true,
    body: (s) => body(r, s),
    ...(r.confidential ? { headerNote: EVALUATE_LABELS[r.lang].confidential } : {}),
  });
}
