// `followup check --format json`: the stable machine contract of a check (`version` changes only
// when a field changes meaning). Counts of people under five are "<5", never numbers.
import type { Lang } from '../types.js';
import type { CheckResult } from './check.js';
import { showStep, tallyCheck } from './check-text.js';
import { valueData } from './show.js';

export function checkData(r: CheckResult, lang: Lang): object {
  return {
    version: 1,
    date: r.date,
    contracts: r.contracts.map((c) => {
      const e = c.contract.entry;
      return {
        id: e.id,
        title: e.title ?? null,
        supplier: e.supplier,
        sector: e.sector ?? null,
        start: e.start,
        end: e.end,
        conditions: e.conditions,
        followUpBy: e.followUpBy ?? null,
        indicators: c.asked.map((a) => a.def.id),
        periods: c.periods.map((p) => ({
          period: p.period.label,
          start: p.period.start,
          end: p.period.end,
          due: p.period.due,
          status: p.status,
          daysLate: p.daysLate ?? null,
          report: p.report
            ? {
                file: p.report.file,
                read: p.report.how,
                submitted: p.report.submitted ?? null,
                submittedFrom: p.report.submittedFrom ?? null,
              }
            : null,
          indicators:
            p.status === 'in' || p.status === 'late'
              ? p.indicators.map((i) => ({
                  id: i.id,
                  status: i.status,
                  value: i.value ? valueData(i.value, i.asked.def) : null,
                  foundBy: i.foundBy ?? null,
                  target: i.target ?? null,
                  targetStatus: i.targetStatus ?? null,
                  previous: i.previous ? valueData(i.previous, i.asked.def) : null,
                }))
              : [],
          failures: p.failures,
          consequences: p.consequences.map((s) => ({
            rule: s.rule,
            kind: s.step.kind,
            text: showStep(s, r.date, lang),
          })),
        })),
      };
    }),
    unplaced: r.unplaced.map((u) => ({ file: u.file, reason: u.reason, detail: u.detail ?? null })),
    problems: r.problems,
    summary: tallyCheck(r),
  };
}

export function renderCheckJson(r: CheckResult, lang: Lang): string {
  return `${JSON.stringify(checkData(r, lang), null, 2)}\n`;
}
