// The annex for the authority: what the officer needs to defend the tender and never sends to
// tenderers. For each clause its legal basis, rationale and why its requirement kind is lawful
// where it stands; the authority's own checklist (rules of scope `authority`); the eForms fields
// the notice must set; and instructions to evaluators. DOCX and Markdown.
import { KIND_LABELS, STAGE_LABELS } from '../labels.js';
import type { Evaluation, Text } from '../types.js';
import { eformsFields } from './eforms.js';
import type { EformsFields } from './eforms.js';
import type { MetaValues } from './meta.js';
import type { Appendix, ChecklistEntry } from './model.js';
import { cell, table as mdTable } from './markdown.js';
import { para, run, table, textCell } from './ooxml.js';
import type { StyleIds } from './ooxml.js';
import { renderOwnDocument } from './own-document.js';
import { fillText } from './placeholders.js';
import type { Selection } from './select.js';

export interface AnnexClause {
  label: string;
  ruleId: string;
  title: string;
  kind: string;
  stage: string;
  basis: string[];
  rationale: string;
  lawful: string;
}

export interface AnnexCriterion {
  label: string;
  ruleId: string;
  title: string;
  weight: string;
  guide: string;
  /** The pack's own instructions to evaluators, where it gives them. */
  instructions?: string;
}

/** The annex as data. */
export interface Annex {
  clauses: AnnexClause[];
  checklist: ChecklistEntry[];
  eforms: EformsFields | null;
  criteria: AnnexCriterion[];
}

/**
 * Hook for a field the pack schema may gain: `evaluation.instructions` (text for evaluators,
 * kept out of the supplier's appendix). Read defensively until the schema has it.
 */
function instructionsOf(e: Evaluation | undefined): Text | undefined {
  const raw: unknown = e ? (e as Evaluation & { instructions?: unknown }).instructions : undefined;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const t = raw as Record<string, unknown>;
  return typeof t.sv === 'string' && typeof t.en === 'string' ? { sv: t.sv, en: t.en } : undefined;
}

/** Builds the annex from the appendix model and the selection it was made from. */
export function buildAnnex(a: Appendix, selection: Selection, values: MetaValues): Annex {
  const lang = a.lang;
  const l = a.labels;
  const fill = (s: string) => fillText(s, values).trim();
  const byId = new Map(selection.supplier.map((c) => [c.rule.id, c]));
  const clauses = a.groups.flatMap((g) =>
    g.clauses.map(
      (c): AnnexClause => ({
        label: c.label,
        ruleId: c.ruleId,
        title: c.title,
        kind: KIND_LABELS[c.kind][lang],
        stage: STAGE_LABELS[c.stage][lang],
        basis: c.basis,
        rationale: fill(byId.get(c.ruleId)!.rule.rationale[lang]),
        lawful: l.annex.lawfulness[c.kind],
      }),
    ),
  );
  const criteria = a.evaluation.map((r): AnnexCriterion => {
    const clause = a.groups.flatMap((g) => g.clauses).find((c) => c.ruleId === r.ruleId)!;
    const instructions = instructionsOf(byId.get(r.ruleId)!.clause.evaluation);
    return {
      label: clause.label,
      ruleId: r.ruleId,
      title: clause.title,
      weight: r.weight,
      guide: r.guide,
      ...(instructions ? { instructions: fill(instructions[lang]) } : {}),
    };
  });
  return { clauses, checklist: a.checklist, eforms: eformsFields(a), criteria };
}

function eformsRows(a: Appendix, e: EformsFields): string[][] {
  const n = a.labels.annex.eformsNames;
  return [
    ['BT-06', n['BT-06'], e['BT-06']],
    ['BT-775', n['BT-775'], e['BT-775']],
    ['BT-777', n['BT-777'], e['BT-777']],
  ];
}

/** The annex as Markdown. */
export function renderAnnexMarkdown(a: Appendix, annex: Annex, values: MetaValues): string {
  const l = a.labels;
  const x = l.annex;
  const v = (key: string) => fillText(`{{${key}}}`, values);
  const out: string[] = [`# ${v('tender.title')}`, '', `*${x.title}*`, ''];
  for (const [key, label] of l.metaLines) out.push(`- ${label}: ${v(key)}`);
  out.push('', `> ${x.notice}`, '');

  out.push(`## ${x.sections.clauses}`, '', x.clausesLead, '');
  if (annex.clauses.length === 0) out.push(l.noRequirements, '');
  for (const c of annex.clauses) {
    out.push(`### ${c.label}: ${c.title} [${c.ruleId}]`, '');
    out.push(
      `- **${x.kind}:** ${c.kind}`,
      `- **${x.stage}:** ${c.stage}`,
      `- **${x.basis}:** ${c.basis.join('; ')}`,
      '',
    );
    out.push(`**${x.rationale}:** ${c.rationale}`, '', `**${x.lawful}:** ${c.lawful}`, '');
  }

  out.push(`## ${x.sections.checklist}`, '');
  if (annex.checklist.length === 0) out.push(l.noChecklist, '');
  for (const c of annex.checklist) {
    out.push(`- [ ] **${c.title}** [${c.ruleId}]`);
    for (const p of c.paragraphs) out.push(`  ${p}`);
    out.push(`  *${l.evidence}:* ${c.verification}`, `  *${x.basis}:* ${c.basis.join('; ')}`);
  }
  if (annex.checklist.length > 0) out.push('');

  out.push(`## ${x.sections.eforms}`, '');
  if (!annex.eforms) out.push(x.noEforms, '');
  else
    out.push(
      x.eformsLead,
      '',
      ...mdTable(
        x.eformsHeaders,
        eformsRows(a, annex.eforms).map((r) => [r[0]!, r[1]!, `\`${cell(r[2]!)}\``]),
      ),
      '',
    );

  out.push(`## ${x.sections.evaluators}`, '', x.evaluatorsLead, '');
  for (const p of x.evaluatorsGeneral) out.push(`- ${p}`);
  out.push('');
  if (annex.criteria.length === 0) out.push(l.noEvaluation, '');
  for (const c of annex.criteria) {
    out.push(
      `### ${c.label}: ${c.title} [${c.ruleId}]`,
      '',
      `- **${x.weight}:** ${c.weight}`,
      `- **${x.guide}:** ${c.guide}`,
    );
    if (c.instructions) out.push(`- **${x.instructions}:** ${c.instructions}`);
    out.push('');
  }
  return out.join('\n');
}

function annexBody(a: Appendix, annex: Annex, values: MetaValues, s: StyleIds): string {
  const l = a.labels;
  const x = l.annex;
  const fill = (t: string) => fillText(t, values);
  const h1 = (t: string) => para(run(t), 'Heading1');
  const h3 = (t: string) => para(run(t), 'Heading3');
  const labelled = (label: string, text: string) => para(run(`${label}: `, { bold: true }) + run(text));
  let body =
    para(run(fill('{{tender.title}}')), 'Title') +
    para(run(x.title), 'Subtitle') +
    l.metaLines.map(([key, label]) => labelled(label, fill(`{{${key}}}`))).join('') +
    para(run(x.notice, { italic: true }));

  body += h1(x.sections.clauses) + para(run(x.clausesLead));
  if (annex.clauses.length === 0) body += para(run(l.noRequirements));
  for (const c of annex.clauses) {
    body +=
      h3(`${c.label}: ${c.title} [${c.ruleId}]`) +
      labelled(x.kind, c.kind) +
      labelled(x.stage, c.stage) +
      labelled(x.basis, c.basis.join('; ')) +
      labelled(x.rationale, c.rationale) +
      labelled(x.lawful, c.lawful);
  }

  body += h1(x.sections.checklist);
  if (annex.checklist.length === 0) body += para(run(l.noChecklist));
  for (const c of annex.checklist) {
    body +=
      para(run(`\u2610 ${c.title} [${c.ruleId}]`, { bold: true }), undefined, true) +
      c.paragraphs.map((p) => para(run(p))).join('') +
      labelled(l.evidence, c.verification) +
      labelled(x.basis, c.basis.join('; '));
  }

  body += h1(x.sections.eforms);
  if (!annex.eforms) body += para(run(x.noEforms));
  else
    body +=
      para(run(x.eformsLead)) +
      table(
        s.table,
        x.eformsHeaders,
        eformsRows(a, annex.eforms).map((r) => r.map((t) => textCell(t))),
      ) +
      '<w:p/>';

  body +=
    h1(x.sections.evaluators) +
    para(run(x.evaluatorsLead)) +
    x.evaluatorsGeneral.map((p) => para(run(`\u2022 ${p}`))).join('');
  if (annex.criteria.length === 0) body += para(run(l.noEvaluation));
  for (const c of annex.criteria) {
    body += h3(`${c.label}: ${c.title} [${c.ruleId}]`) + labelled(x.weight, c.weight) + labelled(x.guide, c.guide);
    if (c.instructions) body += labelled(x.instructions, c.instructions);
  }
  return body;
}

/** The annex as DOCX bytes, on the built-in template of its language. */
export function renderAnnexDocx(
  a: Appendix,
  annex: Annex,
  values: MetaValues,
  date: string | undefined,
): Promise<Uint8Array> {
  return renderOwnDocument({ lang: a.lang, values, date, body: (s) => annexBody(a, annex, values, s) });
}
