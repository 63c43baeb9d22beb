// The appendix as Markdown, for tender repositories kept in Markdown.
import type { MetaValues } from './meta.js';
import type { Appendix } from './model.js';
import { fillText } from './placeholders.js';

/** Escapes the characters that would turn table cell text into table syntax. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function table(header: readonly string[], rows: string[][]): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Renders the appendix; the same sections and order as the built-in DOCX template. */
export function renderMarkdown(a: Appendix, values: MetaValues): string {
  const l = a.labels;
  const v = (key: string) => fillText(`{{${key}}}`, values);
  const out: string[] = [`# ${v('tender.title')}`, '', `*${l.appendixTitle}*`, ''];
  for (const [key, label] of l.metaLines) out.push(`- ${label}: ${v(key)}`);
  out.push('', `## ${l.sections.introduction}`, '');
  for (const p of a.introduction) out.push(p, '');

  out.push(`## ${l.sections.requirements}`, '');
  if (a.groups.length === 0) out.push(l.noRequirements, '');
  for (const g of a.groups) {
    out.push(`### ${g.heading}`, '', g.lead, '');
    for (const c of g.clauses) {
      out.push(`#### ${c.label}: ${c.title} [${c.ruleId}]`, '');
      for (const p of c.paragraphs) out.push(p, '');
      out.push(`**${l.verification}:** ${c.verification}`, '');
    }
  }

  out.push(`## ${l.sections.evaluation}`, '');
  if (a.evaluation.length === 0) out.push(l.noEvaluation);
  else
    out.push(
      ...table(
        l.evaluationHeaders,
        a.evaluation.map((r) => [`${r.criterion} [${r.ruleId}]`, r.assessed, r.weight, r.guide]),
      ),
    );
  out.push('', `## ${l.sections.followup}`, '');
  out.push(...planMarkdown(a));
  // The authority's checklist is in the annex (annex.ts), never in the supplier's appendix.
  out.push('');
  return out.join('\n');
}

/** The follow-up plan: a lead paragraph and one table row per occasion (cells joined by `<br>`). */
export function planMarkdown(a: Appendix): string[] {
  const l = a.labels;
  if (a.plan.occasions.length === 0) return [l.noRequirements];
  const rows = a.plan.occasions.map((o) => [
    [
      `**${o.title}**`,
      o.timing,
      `*${l.plan.responsible[0]}:* ${o.responsible.supplier}`,
      `*${l.plan.responsible[1]}:* ${o.responsible.authority}`,
    ].join('<br>'),
    [
      ...(o.supplierTask ? [o.supplierTask] : []),
      ...o.items.map((i) => `${i.label} [${i.ruleId}]: ${i.report}`),
      ...(!o.supplierTask && o.items.length === 0 ? [l.plan.nothing] : []),
    ].join('<br>'),
    [...(o.authorityTask ? [o.authorityTask] : []), ...o.items.map((i) => `${i.label}: ${i.check}`)].join('<br>'),
  ]);
  return [l.plan.lead, '', ...table(l.plan.headers, rows)];
}
