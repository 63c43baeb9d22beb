// When each contract is followed up: its report periods (contract or calendar years, the last
// one cut at the contract's end) with their due dates, and the dated occasions of its follow-up
// plan (start-up meeting, half-yearly checks, yearly reviews, end of contract).
import { addDays, addMonths } from './dates.js';
import type { Contract, ContractEntry, ContractOccasion, Occasion } from './types.js';

/** One period a report covers. */
export interface Period {
  /** The year the period starts in: how forms, files and outputs name it. */
  label: string;
  start: string;
  end: string;
  /** The day the report is due. */
  due: string;
}

/** The contract's report periods, in order. */
export function periodsOf(entry: ContractEntry): Period[] {
  const out: Period[] = [];
  const { start, end } = entry;
  const due = (e: string) => addDays(e, entry.reports.dueDays);
  if (entry.reports.period === 'calendar-year') {
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      const s = y === Number(start.slice(0, 4)) ? start : `${y}-01-01`;
      const e = y === Number(end.slice(0, 4)) ? end : `${y}-12-31`;
      out.push({ label: String(y), start: s, end: e, due: due(e) });
    }
    return out;
  }
  for (let k = 0; ; k++) {
    const s = addMonths(start, 12 * k);
    if (s > end) break;
    const next = addDays(addMonths(start, 12 * (k + 1)), -1);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as such
    const e = next < end ? next : end;
    out.push({ label: s.slice(0, 4), start: s, end: e, due: due(e) });
  }
  return out;
}

/** A dated follow-up of one contract. */
export interface FollowUpEvent {
  contract: ContractEntry;
  occasion: Occasion;
  date: string;
  /** The n-th of its occasion for the contract (1-based): part of its calendar UID. */
  seq: number;
  /** For a yearly review: the report period it looks back on. */
  period?: Period;
  /** What the supplier hands in and the authority checks, per requirement. */
  items: ContractOccasion['items'];
}

/**
 * Every dated follow-up of a contract, in date order: the start-up meeting on the start date,
 * half-yearly checks six months into each contract year, each yearly review on its report's due
 * date, and the end review on the last day. `ongoing` has no date: see `ongoingOf`.
 */
export function eventsOf(contract: Contract): FollowUpEvent[] {
  const entry = contract.entry;
  const occasion = (o: Occasion) => contract.occasions.find((x) => x.occasion === o);
  const events: FollowUpEvent[] = [];
  const add = (o: Occasion, date: string, seq: number, period?: Period) => {
    const found = occasion(o);
    if (!found) return;
    events.push({ contract: entry, occasion: o, date, seq, items: found.items, ...(period ? { period } : {}) });
  };
  add('start-up', entry.start, 1);
  if (occasion('half-yearly')) {
    for (let k = 0, seq = 1; ; k++) {
      const date = addMonths(entry.start, 12 * k + 6);
      if (date >= entry.end) break;
      add('half-yearly', date, seq++);
    }
  }
  periodsOf(entry).forEach((p, i) => add('yearly', p.due, i + 1, p));
  add('end', entry.end, 1);
  const order: Record<Occasion, number> = { 'start-up': 0, 'half-yearly': 1, yearly: 2, ongoing: 3, end: 4 };
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order[a.occasion] - order[b.occasion]));
}

/** What is followed up as it happens (a new subcontractor, a shortcoming, on request). */
export function ongoingOf(contract: Contract): ContractOccasion['items'] {
  return contract.occasions.find((o) => o.occasion === 'ongoing')?.items ?? [];
}
