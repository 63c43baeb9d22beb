// The follow-up plan as DOCX: the built-in template's page and styles (a document of our own, as
// the answer form is), the whole authority's dates as one table, then each contract's dates with
// what is handed in and checked.
import { MetaValues } from '../generate/meta.js';
import { para, run, table, textCell } from '../generate/ooxml.js';
import type { StyleIds } from '../generate/ooxml.js';
import { LANDSCAPE_WIDTH, renderOwnDocument } from '../generate/own-document.js';
import { fill, LABELS } from './labels.js';
import type { PlanModel } from './plan-model.js';

function body(plan: PlanModel, s: StyleIds): string {
  const l = LABELS[plan.lang].plan;
  const parts = [
    para(run(l.title), 'Title'),
    para(run(fill(l.asOf, { date: plan.date }) + (plan.authority ? ` · ${plan.authority}` : '')), 'Subtitle'),
    para(run(l.lead)),
    para(run(l.whole), s.heading2),
    plan.rows.length === 0
      ? para(run(l.nothing))
      : `${table(
          s.table,
          l.headers,
          plan.rows.map((r) => [
            textCell(r.date),
            textCell(r.contract.id),
            textCell(r.contract.supplier),
            textCell(r.what),
            textCell(r.who),
          ]),
          { width: LANDSCAPE_WIDTH },
        )}<w:p/>`,
    para(run(l.perContract), s.heading2),
  ];
  for (const c of plan.contracts) {
    const e = c.entry;
    parts.push(para(run(`${e.id}${e.title ? `: ${e.title}` : ''}`), s.requirement));
    parts.push(
      para(
        run(
          `${l.supplier}: ${e.supplier}. ${l.period}: ${e.start}–${e.end}. ${l.followUpBy}: ` +
            `${e.followUpBy ?? l.notAssigned}.`,
        ),
      ),
    );
    if (!e.conditions) {
      parts.push(para(run(l.noConditions)));
      continue;
    }
    for (const r of c.rows) {
      parts.push(para(run(`${r.date}: ${r.what}`, { bold: true }), undefined, true));
      if (r.event.items.length === 0) parts.push(para(run(l.nothing)));
      for (const i of r.event.items)
        parts.push(
          para(
            run(`${i.label} [${i.id}]: `, { bold: true }) + run(`${i.report} `) + run(`(${i.check})`, { italic: true }),
          ),
        );
    }
    if (c.ongoing.length > 0) {
      parts.push(para(run(l.ongoing, { bold: true }), undefined, true));
      for (const i of c.ongoing) parts.push(para(run(`${i.label} [${i.id}]: `, { bold: true }) + run(i.report)));
    }
  }
  return parts.join('');
}

/** The plan as DOCX bytes, dated and packed reproducibly by `plan.date`. */
export async function renderPlanDocx(plan: PlanModel): Promise<Uint8Array> {
  const l = LABELS[plan.lang].plan;
  const values = new MetaValues(
    {
      tender: { title: l.title, reference: l.calendarName },
      ...(plan.authority ? { authority: { name: plan.authority } } : {}),
    },
    plan.lang,
    plan.date,
  );
  return renderOwnDocument({ lang: plan.lang, values, date: plan.date, landscape: true, body: (s) => body(plan, s) });
}
