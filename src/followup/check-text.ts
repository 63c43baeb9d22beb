// `followup check` for a terminal or a CI log: per contract, each period's report and what it
// gives, the targets and last period, what the contract says happens now; a summary line last.
import type { Lang } from '../types.js';
import { CHECK_LABELS } from './check-labels.js';
import type { CheckResult, PeriodResult } from './check.js';
import { addDays, daysBetween } from './dates.js';
import { fill } from './labels.js';
import { showTarget, showValue } from './show.js';
import type { DueStep } from './consequences.js';

/** Counts for the summary line. */
export function tallyCheck(r: CheckResult): Record<string, number> {
  const periods = r.contracts.flatMap((c) => c.periods);
  const dueOnes = periods.filter((p) => p.status === 'in' || p.status === 'late' || p.status === 'overdue');
  return {
    contracts: r.contracts.length,
    conditions: r.contracts.filter((c) => c.contract.entry.conditions).length,
    due: dueOnes.length,
    in: periods.filter((p) => p.status === 'in').length,
    late: periods.filter((p) => p.status === 'late').length,
    overdue: periods.filter((p) => p.status === 'overdue').length,
    missing: periods.filter((p) => p.failures.includes('missing')).length,
    missed: periods.reduce((n, p) => n + p.indicators.filter((i) => i.targetStatus === 'missed').length, 0),
  };
}

/** How each language groups thousands: 20 000 kr; SEK 20,000. */
const THOUSANDS: Readonly<Record<Lang, string>> = { sv: ' ', en: ',' };

/** One consequence step in words, with its deadline counted from a notice sent on the check's date. */
export function showStep(s: DueStep, date: string, lang: Lang): string {
  const l = CHECK_LABELS[lang];
  // Thousands grouped by hand: Intl's formatter costs more than the rest of a check line.
  const amount =
    s.step.amount !== undefined ? String(s.step.amount).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[lang]) : '';
  return fill(l.step[s.step.kind], {
    days: s.step.days ?? 0,
    deadline: addDays(date, s.step.days ?? 0),
    date,
    amount,
    per: l.per[s.step.per ?? 'occasion'],
    cap: s.step.capPercent !== undefined ? fill(l.cap, { cap: s.step.capPercent }) : '',
    rule: s.rule,
  });
}

function periodLines(p: PeriodResult, date: string, lang: Lang): string[] {
  const l = CHECK_LABELS[lang];
  const detail = fill(l.statusDetail[p.status], {
    due: p.period.due,
    submitted: p.report?.submitted ?? '',
    days: p.status === 'upcoming' || p.status === 'running' ? daysBetween(date, p.period.due) : (p.daysLate ?? 0),
  });
  const source = p.report
    ? ` · ${p.report.file} (${l.how[p.report.how]})${p.report.submittedFrom === 'file-time' ? l.fromFileTime : ''}`
    : '';
  const out = [
    `  ${fill(l.period, { label: p.period.label, start: p.period.start, end: p.period.end })}: ${l.status[p.status]}` +
      `: ${detail}${source}`,
  ];
  if (p.status === 'in' || p.status === 'late') {
    for (const i of p.indicators) {
      const title = i.asked.def.title[lang];
      let text: string;
      if (i.status === 'missing') text = l.missing.toUpperCase();
      else if (i.status === 'unreadable') text = fill(l.unreadable, { raw: Object.values(i.raw).join(' / ') });
      else text = showValue(i.value!, i.asked.def, lang);
      const target = i.target
        ? `; ${l.target} ${showTarget(i.target, lang, i.allOfTitle)}: ` +
          `${i.targetStatus ? l.targetStatus[i.targetStatus] : l.targetStatus.open}`
        : '';
      const prev =
        i.previous && i.status === 'reported' ? `; ${l.lastYear}: ${showValue(i.previous, i.asked.def, lang)}` : '';
      out.push(`    - ${title}: ${text}${target}${prev}`);
    }
  }
  if (p.failures.length > 0) {
    out.push(`    ${l.consequences}:`);
    if (p.consequences.length === 0) out.push(`    * ${l.noConsequence}`);
    for (const s of p.consequences) out.push(`    * ${showStep(s, date, lang)}`);
  }
  return out;
}

export function renderCheckText(r: CheckResult, lang: Lang): string {
  const l = CHECK_LABELS[lang];
  const out = [`${l.heading}`, fill(l.asOf, { date: r.date }), ''];
  for (const c of r.contracts) {
    const e = c.contract.entry;
    const who = `${l.followUpBy} ${e.followUpBy ?? l.notAssigned}`;
    out.push(
      `${e.id}${e.title ? ` ${e.title}` : ''} · ${e.supplier} · ${e.start}–${e.end} · ` +
        `${e.conditions ? who : l.noConditions}`,
    );
    for (const p of c.periods) out.push(...periodLines(p, r.date, lang));
    out.push('');
  }
  for (const u of r.unplaced)
    out.push(`${u.file}: ${fill(l.unplaced[u.reason], { other: u.detail ?? '', value: u.detail ?? '' })}`);
  if (r.unplaced.length > 0) out.push('');
  out.push(fill(l.summary, tallyCheck(r)));
  return `${out.join('\n')}\n`;
}
