// The follow-up plan as Markdown: the whole authority's dates in one table, then each contract
// with its dates, what is handed in and checked at each, and its ongoing duties.
import { fill, LABELS } from './labels.js';
import type { PlanModel } from './plan-model.js';

/** Table cells hold no line break or pipe. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

export function renderPlanMarkdown(plan: PlanModel): string {
  const l = LABELS[plan.lang].plan;
  const out: string[] = [
    `# ${l.title}${plan.authority ? `: ${plan.authority}` : ''}`,
    '',
    `${fill(l.asOf, { date: plan.date })}. ${l.lead}`,
    '',
    `## ${l.whole}`,
    '',
  ];
  out.push(`| ${l.headers.join(' | ')} |`, `|${l.headers.map(() => '---').join('|')}|`);
  for (const r of plan.rows)
    out.push(
      `| ${r.date} | ${cell(r.contract.id)} | ${cell(r.contract.supplier)} | ${cell(r.what)} | ${cell(r.who)} |`,
    );
  out.push('', `## ${l.perContract}`);
  for (const c of plan.contracts) {
    const e = c.entry;
    out.push(
      '',
      `### ${e.id}${e.title ? `: ${e.title}` : ''}`,
      '',
      `${l.supplier}: ${e.supplier}. ${l.period}: ${e.start}–${e.end}. ${l.followUpBy}: ` +
        `${e.followUpBy ?? l.notAssigned}.`,
    );
    if (!e.conditions) {
      out.push('', l.noConditions);
      continue;
    }
    for (const r of c.rows) {
      out.push('', `**${r.date}: ${r.what}**`, '');
      if (r.event.items.length === 0) out.push(`- ${l.nothing}`);
      for (const i of r.event.items) out.push(`- ${i.label} [${i.id}]: ${cell(i.report)} (${cell(i.check)})`);
    }
    if (c.ongoing.length > 0) {
      out.push('', `**${l.ongoing}**`, '');
      for (const i of c.ongoing) out.push(`- ${i.label} [${i.id}]: ${cell(i.report)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
